package org.safeguard.familysafeguarding.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.safeguard.caserecords.api.FamilySummary;
import org.safeguard.familysafeguarding.access.FamilyAccess;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.WebRequest;

/**
 * What every page about one family does first and last: find the family the user may see (or
 * nothing: the page answers 404), start the model with the family's banner and tabs (this
 * module's tab marked), and audit with ids and codes only.
 */
public final class FamilyContext {

    private final FamilyAccess access;
    private final AuditLog auditLog;

    public FamilyContext(FamilyAccess access, AuditLog auditLog) {
        this.access = access;
        this.auditLog = auditLog;
    }

    /** The family in the path when it exists and the user may see its adult work; a malformed id is "not there". */
    public Optional<FamilySummary> family(WebRequest request) {
        return Ids.path(request, "familyId").flatMap(id -> access.family(request.user(), id));
    }

    public Map<String, Object> model(FamilySummary family, WebRequest request) {
        Map<String, Object> model = new HashMap<>();
        model.put("recordHeader", access.cases().familyHeader(request.user(), family).withCurrent(request.path()));
        model.put("familyId", family.id());
        model.put("familyName", family.name());
        model.put("base", base(family.id()));
        return model;
    }

    public static String base(long familyId) {
        return "/family-safeguarding/families/" + familyId;
    }

    /** Ids and codes only in {@code detail}: never names or what was written. */
    public void audit(WebRequest request, String action, long familyId, String detail) {
        auditLog.record(request.user(), request.remoteAddress(), action, "family", String.valueOf(familyId), detail);
    }

    public FamilyAccess access() {
        return access;
    }
}
