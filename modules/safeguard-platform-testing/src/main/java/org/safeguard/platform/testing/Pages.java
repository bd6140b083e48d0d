package org.safeguard.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.context.FieldValueResolver;
import com.github.jknack.handlebars.context.JavaBeanValueResolver;
import com.github.jknack.handlebars.context.MapValueResolver;
import com.github.jknack.handlebars.context.MethodValueResolver;
import com.github.jknack.handlebars.io.ClassPathTemplateLoader;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.web.TemplateHelpers;

/**
 * Renders a module's real templates as the web host does: the same value resolvers and helpers
 * ({@code eq}, {@code date}, {@code dateTime}), the host's own {@code sg/} partials, and
 * {@code csrfToken}, {@code user} and {@code currentPath} in the model. Templates are read from
 * the test class path ({@code templates/<name>.hbs}: the module's own and the web host's), so a
 * template typo or a missing model key fails a unit test, not the distribution. The layout
 * (header, navigation) is not rendered: only the page's content.
 */
public final class Pages {

    private static final Handlebars HANDLEBARS =
            TemplateHelpers.register(new Handlebars(new ClassPathTemplateLoader("/templates", ".hbs")));

    private Pages() {
    }

    /** The content of a {@link PageResult.Page}; fails the test for any other result. */
    public static String render(PageResult result) {
        return render(result, null, "/");
    }

    public static String render(PageResult result, CurrentUser user, String currentPath) {
        if (!(result instanceof PageResult.Page page)) {
            throw new AssertionError("expected a page, got " + result);
        }
        return template(page.template(), page.model(), user, currentPath);
    }

    public static String template(String template, Map<String, Object> model) {
        return template(template, model, null, "/");
    }

    public static String template(String template, Map<String, Object> model, CurrentUser user, String currentPath) {
        Map<String, Object> pageModel = new HashMap<>(model);
        pageModel.put("csrfToken", FakeRequest.CSRF_TOKEN);
        pageModel.put("user", user == null ? CurrentUser.ANONYMOUS : user);
        pageModel.put("currentPath", currentPath);
        Context context = Context.newBuilder(pageModel)
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
