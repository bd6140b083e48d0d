package org.safeguard.caserecords.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Options;
import com.github.jknack.handlebars.context.FieldValueResolver;
import com.github.jknack.handlebars.context.JavaBeanValueResolver;
import com.github.jknack.handlebars.context.MapValueResolver;
import com.github.jknack.handlebars.context.MethodValueResolver;
import com.github.jknack.handlebars.io.ClassPathTemplateLoader;

import org.safeguard.platform.api.web.PageResult;

/**
 * Renders the real templates as the web host's PageRenderer does (same value resolvers and
 * eq/date/dateTime helpers, the sg/ partials from src/test/resources), so a template typo fails here.
 */
final class Render {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    private static final Handlebars HANDLEBARS = new Handlebars(new ClassPathTemplateLoader("/templates", ".hbs"));

    static {
        HANDLEBARS.registerHelper("eq", (Object a, Options o) ->
                Objects.equals(a, o.param(0, null)) || (a != null && String.valueOf(a).equals(String.valueOf(o.param(0, null)))));
        HANDLEBARS.registerHelper("date", (Object value, Options o) -> format(value, DATE));
        HANDLEBARS.registerHelper("dateTime", (Object value, Options o) -> format(value, DATE_TIME));
    }

    private Render() {
    }

    private static String format(Object value, DateTimeFormatter formatter) {
        TemporalAccessor temporal = null;
        if (value instanceof Instant instant) {
            temporal = instant.atZone(LONDON);
        } else if (value instanceof LocalDateTime local) {
            temporal = local;
        } else if (value instanceof LocalDate date) {
            temporal = formatter == DATE_TIME ? date.atStartOfDay() : date;
        }
        if (temporal == null) {
            return value == null ? "" : String.valueOf(value);
        }
        return formatter.format(temporal);
    }

    static String page(PageResult result) {
        PageResult.Page page = (PageResult.Page) result;
        return template(page.template(), page.model());
    }

    static String template(String template, Map<String, Object> model) {
        Map<String, Object> withLayout = new HashMap<>(model);
        withLayout.put("csrfToken", "token-123");
        Context context = Context.newBuilder(withLayout)
                .resolver(MapValueResolver.INSTANCE, JavaBeanValueResolver.INSTANCE,
                        MethodValueResolver.INSTANCE, FieldValueResolver.INSTANCE)
                .build();
        try {
            return HANDLEBARS.compile(template).apply(context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
