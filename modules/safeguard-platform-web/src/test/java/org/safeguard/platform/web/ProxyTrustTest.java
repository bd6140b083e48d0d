package org.safeguard.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ProxyTrustTest {

    private static final String NGINX = "10.0.0.5";
    private final ProxyTrust proxies = new ProxyTrust(Set.of(NGINX, "10.0.0.6"));

    @Test
    void behindTrustedProxyTheClientIsTheRightMostUntrustedHop() {
        assertEquals("81.2.69.160", proxies.clientAddress(NGINX, "81.2.69.160"));
        assertEquals("81.2.69.160", proxies.clientAddress(NGINX, "1.1.1.1, 81.2.69.160"), "left entries are the client's own");
        assertEquals("81.2.69.160", proxies.clientAddress(NGINX, "81.2.69.160, 10.0.0.6"), "our proxies are skipped");
    }

    @Test
    void headersFromAnyoneElseAreIgnored() {
        assertEquals("203.0.113.9", proxies.clientAddress("203.0.113.9", "127.0.0.1"));
        assertFalse(proxies.forwardedSecure("203.0.113.9", "https"));
        assertFalse(new ProxyTrust(Set.of()).forwardedSecure(NGINX, "https"), "nobody is trusted by default");
    }

    @Test
    void missingHeaderLeavesThePeer() {
        assertEquals(NGINX, proxies.clientAddress(NGINX, null));
        assertEquals(NGINX, proxies.clientAddress(NGINX, " "));
    }

    @Test
    void httpsForwardedByTrustedProxyMeansSecureCookies() {
        assertTrue(proxies.forwardedSecure(NGINX, "https"));
        assertTrue(proxies.forwardedSecure(NGINX, "HTTPS"));
        assertFalse(proxies.forwardedSecure(NGINX, "http"));
        assertFalse(proxies.forwardedSecure(NGINX, null));
    }

    @Test
    void configurationListsTheProxiesCommaSeparatedAndDefaultsToNone() {
        assertEquals(Set.of(NGINX, "10.0.0.6"),
                WebSettings.from(Map.of("trusted.proxies", " 10.0.0.5 ,10.0.0.6,")).trustedProxies());
        assertEquals(Set.of(), WebSettings.from(Map.of()).trustedProxies());
    }
}
