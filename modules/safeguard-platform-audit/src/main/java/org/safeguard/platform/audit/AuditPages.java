package org.safeguard.platform.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.safeguard.platform.api.audit.AuditEntry;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.audit.AuditLog.AuditVerification;
import org.safeguard.platform.api.organisation.Authority;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.Role;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/**
 * The audit log page, newest first, and a button to check the chain. An authority administrator
 * sees their authority's entries and the platform-wide ones; a system administrator sees all.
 */
@Component(service = RouteContribution.class)
public class AuditPages implements RouteContribution {

    static final String PERMISSION = "platform.audit.view";
    static final int PAGE_SIZE = 50;
    /** Entries with no authority, such as module installs, concern every authority. */
    static final String PLATFORM_WIDE = "Every authority";

    private final AuditLog auditLog;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile OrganisationDirectory directory;

    @Activate
    public AuditPages(@Reference AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Override
    public String moduleId() {
        return "platform";
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/admin/audit", PERMISSION, this::show),
                Route.post("/admin/audit/verify", PERMISSION, this::verify));
    }

    /**
     * Post/redirect/get: the outcome travels in the redirect's query, so refreshing the page shows
     * it again without checking again. The numbers are not secret and anyone may rerun the check.
     */
    private PageResult verify(WebRequest request) {
        CurrentUser user = request.user();
        if (!mayView(user)) {
            return PageResult.forbidden();
        }
        AuditVerification result = auditLog.verify();
        auditLog.record(user, request.remoteAddress(), "audit.verify", "audit-log", null,
                result.intact() ? "intact: " + result.entriesChecked() + " entries"
                        : "broken at entry " + result.firstBrokenSequence());
        return PageResult.redirect(result.intact()
                ? "/admin/audit?verified=intact&entries=" + result.entriesChecked()
                : "/admin/audit?verified=broken&entries=" + result.entriesChecked() + "&at=" + result.firstBrokenSequence());
    }

    private PageResult show(WebRequest request) {
        CurrentUser user = request.user();
        if (!mayView(user)) {
            return PageResult.forbidden();
        }
        boolean everyAuthority = user.hasRole(Role.SYSTEM_ADMINISTRATOR);
        Long scope = everyAuthority ? null : user.authorityId();
        long total = auditLog.count(scope);
        Pagination pagination = Pagination.of(request.query("page").orElse(null), total, PAGE_SIZE);
        List<AuditEntry> entries = auditLog.recent(scope, pagination.offset(PAGE_SIZE), PAGE_SIZE);
        auditLog.record(user, request.remoteAddress(), "audit.view", "audit-log", null,
                "page " + pagination.page() + (everyAuthority ? " of every authority" : ""));

        Map<String, Object> model = new HashMap<>();
        model.put("entries", rows(entries, user));
        model.put("everyAuthority", everyAuthority);
        model.put("total", total);
        model.put("pagination", pagination.toModel("/admin/audit?"));
        verification(request).ifPresent(v -> model.put("verification", v));
        return PageResult.page("audit/log", "Audit log", model);
    }

    /** The outcome of a check just made, read back from the redirect's query; anything malformed shows nothing. */
    static Optional<Map<String, Object>> verification(WebRequest request) {
        Optional<String> verified = request.query("verified");
        Long checked = request.query("entries").map(AuditPages::count).orElse(null);
        if (verified.isEmpty() || checked == null) {
            return Optional.empty();
        }
        if (verified.get().equals("intact")) {
            return Optional.of(Map.of("intact", true, "checked", checked, "brokenAt", ""));
        }
        Long brokenAt = request.query("at").map(AuditPages::count).orElse(null);
        if (verified.get().equals("broken") && brokenAt != null) {
            return Optional.of(Map.of("intact", false, "checked", checked, "brokenAt", brokenAt));
        }
        return Optional.empty();
    }

    private static Long count(String value) {
        try {
            long parsed = Long.parseLong(value.trim());
            return parsed < 0 ? null : parsed;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean mayView(CurrentUser user) {
        return user.hasRole(Role.SYSTEM_ADMINISTRATOR) || user.authorityId() != null;
    }

    private List<Map<String, Object>> rows(List<AuditEntry> entries, CurrentUser user) {
        Map<Long, String> authorityNames = authorityNames();
        if (user.authorityId() != null && user.authorityName() != null) {
            authorityNames.putIfAbsent(user.authorityId(), user.authorityName());
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AuditEntry entry : entries) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("sequence", entry.sequence());
            row.put("at", entry.at());
            row.put("who", orDash(entry.event().actorName()));
            Long authorityId = entry.event().authorityId();
            row.put("authority", authorityId == null ? PLATFORM_WIDE : authorityNames.getOrDefault(authorityId, "Authority " + authorityId));
            row.put("action", entry.event().action());
            row.put("record", entry.event().subjectId() == null
                    ? entry.event().subjectType()
                    : entry.event().subjectType() + " " + entry.event().subjectId());
            row.put("detail", orDash(entry.event().detail()));
            row.put("from", orDash(entry.event().remoteAddress()));
            rows.add(row);
        }
        return rows;
    }

    private Map<Long, String> authorityNames() {
        OrganisationDirectory current = directory;
        Map<Long, String> names = new HashMap<>();
        if (current != null) {
            for (Authority authority : current.authorities()) {
                names.put(authority.id(), authority.name());
            }
        }
        return names;
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
