package org.safeguard.corporateparenting.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.safeguard.caserecords.api.CaseDirectory;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.corporateparenting.CorporateParentingModule;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.WebRequest;

/**
 * What every page about one child's case needs: the case the user may see (case records' access
 * rule, and this module enabled for the case's district — the host only checked the user's own),
 * the case's banner and tabs, and the audit entry. Anything else is "not found".
 */
public final class CareContext {

    private final CaseDirectory directory;
    private final AuditLog auditLog;
    private final ModuleEnablement enablement;

    public CareContext(CaseDirectory directory, AuditLog auditLog, ModuleEnablement enablement) {
        this.directory = directory;
        this.auditLog = auditLog;
        this.enablement = enablement;
    }

    public Optional<ChildCase> visibleCase(WebRequest request) {
        return Ids.path(request, "caseId").flatMap(id -> visibleCase(request, id));
    }

    public Optional<ChildCase> visibleCase(WebRequest request, long caseId) {
        return directory.visibleCase(request.user(), caseId).filter(this::enabledFor);
    }

    public boolean enabledFor(ChildCase childCase) {
        return enablement.isEnabled(CorporateParentingModule.MODULE_ID, childCase.authorityId(), childCase.districtId());
    }

    /** The case's banner and tabs with this module's tab marked, ready for a page's model. */
    public Map<String, Object> model(ChildCase childCase, WebRequest request) {
        Map<String, Object> model = new HashMap<>();
        model.put("recordHeader", directory.caseHeader(request.user(), childCase)
                .withCurrent(CareLinks.tab(childCase.id())));
        model.put("tabHref", CareLinks.tab(childCase.id()));
        return model;
    }

    /** Ids and codes only in {@code detail}: never names or free text. */
    public void audit(WebRequest request, String action, ChildCase childCase, String detail) {
        auditLog.record(request.user(), request.remoteAddress(), action, "case", String.valueOf(childCase.id()),
                "child=" + childCase.childId() + (detail == null || detail.isEmpty() ? "" : " " + detail));
    }

    public CaseDirectory directory() {
        return directory;
    }

    public AuditLog auditLog() {
        return auditLog;
    }

    public ModuleEnablement enablement() {
        return enablement;
    }
}
