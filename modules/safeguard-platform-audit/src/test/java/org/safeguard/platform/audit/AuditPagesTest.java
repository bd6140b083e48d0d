package org.safeguard.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.audit.AuditEntry;
import org.safeguard.platform.api.audit.AuditEvent;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.Role;
import org.safeguard.platform.api.web.HttpMethod;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.WebRequest;

class AuditPagesTest {

    private static final CurrentUser CAMBS_ADMIN = new CurrentUser(5L, "cambs.admin", "Cambs Admin", 1L, "CCC",
            null, null, Set.of(), Set.of(Role.AUTHORITY_ADMINISTRATOR), Set.of(AuditPages.PERMISSION));

    /** An in-memory log that chains like the real one. */
    private static final class MemoryLog implements AuditLog {
        final List<AuditEntry> entries = new ArrayList<>();
        AuditVerification verification = new AuditVerification(true, 0, null);

        @Override
        public AuditEntry record(AuditEvent event) {
            long seq = entries.size() + 1;
            String previous = entries.isEmpty() ? AuditChain.GENESIS_HASH : entries.get(entries.size() - 1).hash();
            Instant at = AuditChain.truncate(Instant.parse("2026-11-25T14:05:00Z").plusSeconds(seq));
            AuditEntry entry = new AuditEntry(seq, at, event, previous, AuditChain.hash(seq, at, event, previous));
            entries.add(entry);
            return entry;
        }

        @Override
        public List<AuditEntry> recent(Long authorityId, int offset, int limit) {
            return entries.stream().filter(e -> authorityId == null || e.event().authorityId() == null
                            || authorityId.equals(e.event().authorityId()))
                    .sorted(Comparator.comparingLong(AuditEntry::sequence).reversed())
                    .skip(offset).limit(limit).toList();
        }

        @Override
        public long count(Long authorityId) {
            return recent(authorityId, 0, Integer.MAX_VALUE).size();
        }

        @Override
        public AuditVerification verify() {
            return verification;
        }
    }

    private final MemoryLog log = new MemoryLog();
    private final AuditPages pages = new AuditPages(log);

    private PageResult call(HttpMethod method, String path, String page) throws Exception {
        return call(method, path, page == null ? Map.of() : Map.of("page", page));
    }

    private PageResult call(HttpMethod method, String path, Map<String, String> query) throws Exception {
        Route route = pages.routes().stream().filter(r -> r.method() == method && r.path().equals(path)).findFirst().orElseThrow();
        return route.handler().handle(request(method, query));
    }

    private static WebRequest request(HttpMethod method, Map<String, String> query) {
        return new WebRequest() {
            @Override public HttpMethod method() { return method; }
            @Override public String path() { return "/admin/audit"; }
            @Override public String pathParam(String name) { return null; }
            @Override public Optional<String> query(String name) { return Optional.ofNullable(query.get(name)); }
            @Override public Optional<String> form(String name) { return Optional.empty(); }
            @Override public List<String> formValues(String name) { return List.of(); }
            @Override public CurrentUser user() { return CAMBS_ADMIN; }
            @Override public String remoteAddress() { return "10.0.0.7"; }
            @Override public String csrfToken() { return "token-123"; }
        };
    }

    @Test
    void anAuthorityAdministratorSeesTheirOwnAuthorityAndPlatformWideEntriesNewestFirstInPagesOfFifty() throws Exception {
        for (int i = 1; i <= 60; i++) {
            log.record(new AuditEvent(9L, "fenland.sw", i % 2 == 0 ? 1L : 2L, "child.read", "child", "C" + i, null, "10.0.0.1"));
        }
        log.record(new AuditEvent(1L, "sysadmin", null, "module.install", "module", "team-notices", null, "10.0.0.2"));
        String html = Templates.render(call(HttpMethod.GET, "/admin/audit", (String) null));
        assertTrue(html.contains("child C60"));
        assertFalse(html.contains("child C59"), "another authority's entries are not shown");
        assertTrue(html.indexOf("child C60") < html.indexOf("child C58"));
        assertTrue(html.contains("module team-notices"), "an install concerns every authority");
        assertTrue(html.contains(">" + AuditPages.PLATFORM_WIDE + "<"));
        assertTrue(html.contains(">CCC<"));

        AuditEntry viewed = log.entries.get(log.entries.size() - 1);
        assertEquals("audit.view", viewed.event().action());
        assertEquals(1L, viewed.event().authorityId());
    }

    @Test
    void longLogsArePaged() throws Exception {
        for (int i = 1; i <= 120; i++) {
            log.record(new AuditEvent(9L, "fenland.sw", 1L, "child.read", "child", "C" + i, null, null));
        }
        // Handlebars writes = in attributes as &#x3D;, which browsers read back as =
        String html = Templates.render(call(HttpMethod.GET, "/admin/audit", "2")).replace("&#x3D;", "=");
        assertTrue(html.contains("govuk-pagination"));
        assertTrue(html.contains("href=\"/admin/audit?page=3\" rel=\"next\""));
        assertTrue(html.contains("aria-current=\"page\">2</a>"));
    }

    @Test
    void verificationRedirectsAndThePageSaysWhereTheLogWasTamperedWith() throws Exception {
        log.verification = new AuditLog.AuditVerification(false, 41, 42L);
        PageResult posted = call(HttpMethod.POST, "/admin/audit/verify", (String) null);
        assertEquals(new PageResult.Redirect("/admin/audit?verified=broken&entries=41&at=42"), posted,
                "post/redirect/get, so refreshing does not check again");
        assertTrue(log.entries.stream().anyMatch(e -> e.event().action().equals("audit.verify")));
        String html = Templates.render(call(HttpMethod.GET, "/admin/audit",
                Map.of("verified", "broken", "entries", "41", "at", "42")));
        assertTrue(html.contains("tampered with at entry 42"));
        assertTrue(html.contains("The 41 entries before it are intact"));

        log.verification = new AuditLog.AuditVerification(true, 7, null);
        assertEquals(new PageResult.Redirect("/admin/audit?verified=intact&entries=7"),
                call(HttpMethod.POST, "/admin/audit/verify", (String) null));
        String intact = Templates.render(call(HttpMethod.GET, "/admin/audit", Map.of("verified", "intact", "entries", "7")));
        assertTrue(intact.contains("govuk-notification-banner--success"));
        assertTrue(intact.contains("All 7 entries were checked"));
    }

    @Test
    void aMalformedVerificationQueryShowsNoBanner() throws Exception {
        String html = Templates.render(call(HttpMethod.GET, "/admin/audit", Map.of("verified", "broken", "entries", "x")));
        assertFalse(html.contains("govuk-notification-banner"));
    }
}
