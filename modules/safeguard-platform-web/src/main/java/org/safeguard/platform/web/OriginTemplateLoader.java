package org.safeguard.platform.web;

import java.net.URL;

import com.github.jknack.handlebars.io.URLTemplateLoader;

/** Loads {@code templates/<name>.hbs} through a {@link TemplateOrigin} (for a bundle: {@code Bundle.getEntry}). */
final class OriginTemplateLoader extends URLTemplateLoader {

    private final TemplateOrigin origin;

    OriginTemplateLoader(TemplateOrigin origin) {
        this.origin = origin;
        setPrefix("/templates/");
        setSuffix(".hbs");
    }

    @Override
    protected URL getResource(String location) {
        String path = location.startsWith("/") ? location.substring(1) : location;
        if (path.contains("..")) {
            return null;
        }
        return origin.find(path);
    }
}
