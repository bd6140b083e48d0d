package org.safeguard.platform.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

/** The audit log page: an authority's entries, newest first, and a button to check the chain. */
@Component(service = RouteContribution.class)
public class AuditPages implements RouteContribution {

    static final String PERMISSION = "platform.audit.view";
    static final int PAGE_SIZE = 50;

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
                Route.get("/admin/audit", PERMISSION, request -> show(request, null)),
                Route.post("/admin/audit/verify", PERMISSION, this::verify));
    }

    private PageResult verify(WebRequest request) {
        CurrentUser user = request.user();
        if (!mayView(user)) {
            return PageResult.forbidden();
        }
        AuditVerification result = auditLog.verify();
        auditLog.record(user, request.remoteAddress(), "audit.verify", "audit-log", null,
                result.intact() ? "intact: " + result.entriesChecked() + " entries"
                        : "broken at entry " + result.firstBrokenSequence());
        return show(request, result);
    }

    private PageResult show(WebRequest request, AuditVerification verification) {
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
        model.put("entries", rows(entries, everyAuthority));
        model.put("everyAuthority", everyAuthority);
        model.put("total", total);
        model.put("pagination", pagination.toModel("/admin/audit?"));
        if (verification != null) {
            model.put("verification", Map.of(
                    "intact", verification.intact(),
                    "checked", verification.entriesChecked(),
                    "brokenAt", verification.firstBrokenSequence() == null ? "" : verification.firstBrokenSequence()));
        }
        return PageResult.page("audit/log", "Audit log", model);
    }

    private static boolean mayView(CurrentUser user) {
        return user.hasRole(Role.SYSTEM_ADMINISTRATOR) || user.authorityId() != null;
    }

    private List<Map<String, Object>> rows(List<AuditEntry> entries, boolean withAuthority) {
        Map<Long, String> authorityNames = withAuthority ? authorityNames() : Map.of();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AuditEntry entry : entries) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("sequence", entry.sequence());
            row.put("at", entry.at());
            row.put("who", orDash(entry.event().actorName()));
            Long authorityId = entry.event().authorityId();
            row.put("authority", authorityId == null ? "—" : authorityNames.getOrDefault(authorityId, "Authority " + authorityId));
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
