package org.safeguard.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Static files under {@code /assets/}: the platform's own ({@code static/}) and GOV.UK Frontend's
 * {@code dist/govuk/} from the embedded webjar. Its CSS asks for {@code /assets/fonts/...}, which
 * lives in {@code dist/govuk/assets/}, so that folder is a root too. Only plain file names under
 * those roots resolve: no {@code ..}, no empty or dot segments, only known file types.
 */
final class Assets {

    record Asset(URL url, String contentType) {}

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("map", "application/json"),
            Map.entry("json", "application/json"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("png", "image/png"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("ico", "image/x-icon"));

    private final ClassLoader loader;
    private final List<String> roots;

    Assets(ClassLoader loader) {
        this.loader = loader;
        String webjar = "META-INF/resources/webjars/govuk-frontend/" + govukFrontendVersion(loader) + "/dist/govuk/";
        this.roots = List.of("static/", webjar, webjar + "assets/");
    }

    /** @param relative the part of the path after {@code /assets/} */
    Optional<Asset> find(String relative) {
        if (relative == null || relative.isEmpty()) {
            return Optional.empty();
        }
        String[] segments = relative.split("/", -1);
        for (String segment : segments) {
            if (!SEGMENT.matcher(segment).matches() || segment.contains("..")) {
                return Optional.empty();
            }
        }
        String name = segments[segments.length - 1];
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1));
        if (type == null) {
            return Optional.empty();
        }
        for (String root : roots) {
            URL url = loader.getResource(root + relative);
            if (url != null) {
                return Optional.of(new Asset(url, type));
            }
        }
        return Optional.empty();
    }

    static String govukFrontendVersion(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream("safeguard-web.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("govuk-frontend.version", "");
        } catch (IOException e) {
            return "";
        }
    }
}
