package org.safeguard.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where to go after signing in: only a path on this site, so a crafted link cannot send the user elsewhere. */
final class NextUrl {

    static final String HOME = "/";

    private NextUrl() {
    }

    static String sanitise(String next) {
        if (next == null || next.isBlank()) {
            return HOME;
        }
        String candidate = next.trim();
        boolean local = candidate.startsWith("/")
                && !candidate.startsWith("//")
                && !candidate.startsWith("/\\")
                && candidate.chars().noneMatch(c -> c < 0x20 || c == 0x7f || c == '\\');
        if (!local || candidate.startsWith("/login") || candidate.startsWith("/logout")) {
            return HOME;
        }
        return candidate;
    }

    static String loginRedirect(String pathAndQuery) {
        return "/login?next=" + URLEncoder.encode(sanitise(pathAndQuery), StandardCharsets.UTF_8);
    }
}
