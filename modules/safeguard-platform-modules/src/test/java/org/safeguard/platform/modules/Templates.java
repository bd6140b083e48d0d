package org.safeguard.platform.modules;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.context.JavaBeanValueResolver;
import com.github.jknack.handlebars.context.MapValueResolver;
import com.github.jknack.handlebars.context.MethodValueResolver;
import com.github.jknack.handlebars.io.ClassPathTemplateLoader;
import org.safeguard.platform.api.web.PageResult;

/** Renders a page's template the way the web host does, with stand-in partials and helpers. */
final class Templates {

    private static final Handlebars HANDLEBARS = new Handlebars(new ClassPathTemplateLoader("/templates", ".hbs"));

    static {
        HANDLEBARS.registerHelper("eq", (Object a, com.github.jknack.handlebars.Options options) -> {
            Object b = options.param(0, null);
            return Objects.equals(a, b) || (a != null && b != null && String.valueOf(a).equals(String.valueOf(b)));
        });
        HANDLEBARS.registerHelper("dateTime", (Object value, com.github.jknack.handlebars.Options options) -> String.valueOf(value));
    }

    private Templates() {
    }

    static String render(PageResult result) throws IOException {
        PageResult.Page page = (PageResult.Page) result;
        Map<String, Object> model = new HashMap<>(page.model());
        model.put("csrfToken", "token-123");
        Context context = Context.newBuilder(model)
                .resolver(MapValueResolver.INSTANCE, JavaBeanValueResolver.INSTANCE, MethodValueResolver.INSTANCE)
                .build();
        // Handlebars writes = as &#x3D;, which a browser reads back as =
        return HANDLEBARS.compile(page.template()).apply(context).replace("&#x3D;", "=");
    }
}
