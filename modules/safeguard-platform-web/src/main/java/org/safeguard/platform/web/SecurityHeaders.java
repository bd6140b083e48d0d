package org.safeguard.platform.web;

import java.util.Map;

/** Headers on every response. Pages carry personal data, so they are never stored by a browser or proxy. */
final class SecurityHeaders {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'";

    static final Map<String, String> ALWAYS = Map.of(
            "Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "same-origin",
            "X-Frame-Options", "DENY",
            "Permissions-Policy", "camera=(), microphone=(), geolocation=()");

    static final String PAGE_CACHE = "no-store";
    static final String ASSET_CACHE = "public, max-age=86400";

    private SecurityHeaders() {
    }
}
