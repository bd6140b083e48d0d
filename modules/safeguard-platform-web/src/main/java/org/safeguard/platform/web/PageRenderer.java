package org.safeguard.platform.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.cache.ConcurrentMapTemplateCache;
import com.github.jknack.handlebars.context.FieldValueResolver;
import com.github.jknack.handlebars.context.JavaBeanValueResolver;
import com.github.jknack.handlebars.context.MapValueResolver;
import com.github.jknack.handlebars.context.MethodValueResolver;
import com.github.jknack.handlebars.io.CompositeTemplateLoader;

/**
 * Renders a page's template from the bundle that contributed it, then wraps it in the platform
 * layout. Compiled templates are cached per origin and version, so a reinstalled bundle gets its
 * new templates while unchanged ones are not parsed again. An origin's entry is dropped when its
 * contribution goes away ({@link #forget}): a reinstall gets a new bundle id, and the old entry
 * would otherwise hold the old bundle for good.
 */
final class PageRenderer {

    static final String SERVICE_NAME = "Safeguard";
    private static final Pattern TEMPLATE_NAME = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_.-]+)*");

    private record Compiled(long version, Handlebars handlebars) {}

    private final TemplateOrigin platform;
    private final Handlebars platformHandlebars;
    private final Map<String, Compiled> byOrigin = new ConcurrentHashMap<>();

    PageRenderer(TemplateOrigin platform) {
        this.platform = platform;
        this.platformHandlebars = newHandlebars(new OriginTemplateLoader(platform));
    }

    /** The page's main content inside the layout. */
    String page(TemplateOrigin origin, String template, String title, Map<String, Object> model, LayoutContext layout)
            throws IOException {
        if (template == null || !TEMPLATE_NAME.matcher(template).matches() || template.contains("..")) {
            throw new IOException("not a template name: " + template);
        }
        Map<String, Object> pageModel = new HashMap<>();
        if (model != null) {
            pageModel.putAll(model);
        }
        pageModel.put("csrfToken", layout.csrfToken());
        pageModel.put("user", layout.user());
        pageModel.put("currentPath", layout.currentPath());
        pageModel.putIfAbsent("title", title);
        String content = handlebarsFor(origin).compile(template).apply(context(pageModel));
        return layout(title, content, layout);
    }

    /** A platform page (sign-in, home, errors): its template comes from this bundle. */
    String platformPage(String template, String title, Map<String, Object> model, LayoutContext layout) throws IOException {
        return page(platform, template, title, model, layout);
    }

    private String layout(String title, String content, LayoutContext layout) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        model.put("serviceName", SERVICE_NAME);
        model.put("content", content);
        model.put("user", layout.user());
        model.put("signedIn", layout.user().isAuthenticated());
        model.put("csrfToken", layout.csrfToken());
        model.put("currentPath", layout.currentPath());
        model.put("navigation", layout.navigation());
        model.put("demo", layout.demo());
        return platformHandlebars.compile("layout").apply(context(model));
    }

    /** Drops the compiled templates of an origin whose pages are gone. */
    void forget(TemplateOrigin origin) {
        byOrigin.remove(origin.key());
    }

    int cachedOrigins() {
        return byOrigin.size();
    }

    private Handlebars handlebarsFor(TemplateOrigin origin) {
        if (origin.key().equals(platform.key())) {
            return platformHandlebars;
        }
        long version = origin.version();
        Compiled compiled = byOrigin.compute(origin.key(), (key, existing) ->
                existing != null && existing.version() == version ? existing
                        : new Compiled(version, newHandlebars(new CompositeTemplateLoader(
                                new OriginTemplateLoader(origin), new OriginTemplateLoader(platform)))));
        return compiled.handlebars();
    }

    private static Handlebars newHandlebars(com.github.jknack.handlebars.io.TemplateLoader loader) {
        Handlebars handlebars = new Handlebars(loader).with(new ConcurrentMapTemplateCache());
        return TemplateHelpers.register(handlebars);
    }

    private static Context context(Map<String, Object> model) {
        return Context.newBuilder(model)
                .resolver(MapValueResolver.INSTANCE, JavaBeanValueResolver.INSTANCE,
                        MethodValueResolver.INSTANCE, FieldValueResolver.INSTANCE)
                .build();
    }
}
