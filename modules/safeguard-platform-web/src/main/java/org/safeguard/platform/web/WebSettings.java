package org.safeguard.platform.web;

import java.util.Map;

/**
 * Configuration of PID {@code org.safeguard.platform.web}, plus {@code enabled} from
 * {@code org.safeguard.platform.demo} for the demo phase banner.
 */
record WebSettings(String host, int port, boolean cookieSecure, boolean demo) {

    static WebSettings from(Map<String, ?> properties) {
        return new WebSettings(
                text(properties.get("http.host"), "0.0.0.0"),
                Integer.parseInt(text(properties.get("http.port"), "8080")),
                Boolean.parseBoolean(text(properties.get("cookie.secure"), "false")),
                Boolean.parseBoolean(text(properties.get("enabled"), "false")));
    }

    private static String text(Object value, String fallback) {
        return value == null || String.valueOf(value).isBlank() ? fallback : String.valueOf(value).trim();
    }
}
