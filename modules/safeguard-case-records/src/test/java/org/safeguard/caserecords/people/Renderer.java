package org.safeguard.caserecords.people;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
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
 * Renders a page the way the web host's PageRenderer does (same value resolvers, the eq/date/dateTime
 * helpers, stand-in sg/ partials under src/test/resources), so a template typo fails the build.
 */
final class Renderer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Handlebars handlebars = new Handlebars(new ClassPathTemplateLoader("/templates", ".hbs"));

    Renderer() {
        handlebars.registerHelper("eq", (Object a, Options o) -> {
            Object b = o.param(0, null);
            return Objects.equals(a, b) || (a != null && b != null && String.valueOf(a).equals(String.valueOf(b)));
        });
        handlebars.registerHelper("date", (Object value, Options o) -> value instanceof LocalDate d ? DATE.format(d)
                : value instanceof LocalDateTime t ? DATE.format(t) : value == null ? "" : String.valueOf(value));
        handlebars.registerHelper("dateTime", (Object value, Options o) -> String.valueOf(value));
    }

    String render(PageResult result) {
        PageResult.Page page = (PageResult.Page) result;
        Map<String, Object> model = new HashMap<>(page.model());
        model.put("csrfToken", "token-123");
        try {
            return handlebars.compile(page.template()).apply(Context.newBuilder(model)
                    .resolver(MapValueResolver.INSTANCE, JavaBeanValueResolver.INSTANCE,
                            MethodValueResolver.INSTANCE, FieldValueResolver.INSTANCE)
                    .build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
