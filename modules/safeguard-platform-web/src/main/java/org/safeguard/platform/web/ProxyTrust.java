package org.safeguard.platform.web;

import java.util.Locale;
import java.util.Set;

/**
 * What the request says about the browser when it came through one of our reverse proxies. Only a
 * peer listed in {@code trusted.proxies} is believed: anyone else could write these headers.
 */
final class ProxyTrust {

    private final Set<String> trusted;

    ProxyTrust(Set<String> trusted) {
        this.trusted = Set.copyOf(trusted);
    }

    /**
     * The browser's address: the right-most X-Forwarded-For entry that is not one of our proxies,
     * since the entries to its left were written by the client and can be anything.
     */
    String clientAddress(String peer, String forwardedFor) {
        if (!trusted.contains(peer) || forwardedFor == null || forwardedFor.isBlank()) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        String client = peer;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (hop.isEmpty()) {
                return client;
            }
            client = hop;
            if (!trusted.contains(hop)) {
                return hop;
            }
        }
        return client;
    }

    /** Whether the browser's connection was HTTPS, so the cookies must be Secure. */
    boolean forwardedSecure(String peer, String forwardedProto) {
        return trusted.contains(peer) && forwardedProto != null
                && "https".equals(forwardedProto.split(",")[0].trim().toLowerCase(Locale.ROOT));
    }
}
