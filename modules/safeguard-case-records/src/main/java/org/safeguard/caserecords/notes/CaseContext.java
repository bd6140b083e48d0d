package org.safeguard.caserecords.notes;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.safeguard.caserecords.CaseDirectoryService;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.web.CaseHeader;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.web.RecordTabs;
import org.safeguard.platform.api.web.WebRequest;

/**
 * What every page of this slice does first and last: find the case the user may see (or nothing,
 * which the page answers with 404), start the model with the case header, and audit.
 */
final class CaseContext {

    private final CaseDirectoryService cases;
    private final AuditLog auditLog;
    private final RecordTabs recordTabs;

    CaseContext(CaseDirectoryService cases, AuditLog auditLog, RecordTabs recordTabs) {
        this.cases = cases;
        this.auditLog = auditLog;
        this.recordTabs = recordTabs;
    }

    /** The case in the path when it exists and the user may see it; a malformed id is just "not there". */
    Optional<ChildCase> visibleCase(WebRequest request) {
        return Ids.path(request, "caseId").flatMap(id -> cases.visibleCase(request.user(), id));
    }

    Map<String, Object> model(ChildCase childCase, CaseHeader.Section section, WebRequest request) {
        Map<String, Object> model = new HashMap<>();
        model.put("recordHeader", CaseHeader.model(childCase, section, request.user(), recordTabs));
        model.put("caseId", childCase.id());
        model.put("childName", childCase.childName());
        model.put("caseOpenedOn", childCase.openedOn());
        return model;
    }

    /** Ids and codes only in {@code detail}: never note text or names. */
    void audit(WebRequest request, String action, ChildCase childCase, String detail) {
        auditLog.record(request.user(), request.remoteAddress(), action, "case", String.valueOf(childCase.id()), detail);
    }
}
