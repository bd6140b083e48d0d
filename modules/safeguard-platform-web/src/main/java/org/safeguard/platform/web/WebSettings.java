package org.safeguard.platform.web;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Configuration of PID {@code org.safeguard.platform.web}, plus {@code enabled} from
 * {@code org.safeguard.platform.demo} for the demo phase banner.
 *
 * @param trustedProxies the addresses of our reverse proxies, whose X-Forwarded-For and
 *                       X-Forwarded-Proto headers are believed ({@code trusted.proxies}, comma-separated)
 */
record WebSettings(String host, int port, boolean cookieSecure, boolean demo, Set<String> trustedProxies) {

    WebSettings {
        trustedProxies = Set.copyOf(trustedProxies);
    }

    WebSettings(String host, int port, boolean cookieSecure, boolean demo) {
        this(host, port, cookieSecure, demo, Set.of());
    }

    static WebSettings from(Map<String, ?> properties) {
        return new WebSettings(
                text(properties.get("http.host"), "0.0.0.0"),
                Integer.parseInt(text(properties.get("http.port"), "8080")),
                Boolean.parseBoolean(text(properties.get("cookie.secure"), "false")),
                Boolean.parseBoolean(text(properties.get("enabled"), "false")),
                Arrays.stream(text(properties.get("trusted.proxies"), "").split(","))
                        .map(String::trim).filter(address -> !address.isEmpty()).collect(Collectors.toSet()));
    }

    private static String text(Object value, String fallback) {
        return value == null || String.valueOf(value).isBlank() ? fallback : String.valueOf(value).trim();
    }
}
