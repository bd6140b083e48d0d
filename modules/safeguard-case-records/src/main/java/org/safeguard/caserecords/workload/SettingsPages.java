package org.safeguard.caserecords.workload;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.CaseRecordsModule;
import org.safeguard.caserecords.CaseSettings;
import org.safeguard.caserecords.model.AuthoritySettings;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/**
 * The authority's caseload guide, statutory visit frequencies and due-soon window, for its
 * administrators. Always the user's own authority: there is no authority id in the URL to tamper with.
 */
@Component(service = RouteContribution.class)
public class SettingsPages implements RouteContribution {

    static final String TEMPLATE = "case-records/workload/settings";

    @Reference
    private AuditLog auditLog;

    @Reference
    private CaseSettings settings;

    public SettingsPages() {
    }

    /** For tests. */
    SettingsPages(AuditLog auditLog, CaseSettings settings) {
        this.auditLog = auditLog;
        this.settings = settings;
    }

    @Override
    public String moduleId() {
        return CaseRecordsModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/cases/settings", CaseRecordsModule.SETTINGS, this::show),
                Route.post("/cases/settings", CaseRecordsModule.SETTINGS, this::save));
    }

    PageResult show(WebRequest request) {
        CurrentUser user = request.user();
        if (user.authorityId() == null) {
            return PageResult.notFound();
        }
        AuthoritySettings current = settings.forAuthority(user.authorityId());
        Map<String, Object> model = model(current, SettingsForm.of(current), new FormErrors());
        model.put("done", request.query("done").filter("saved"::equals).isPresent());
        return PageResult.page(TEMPLATE, "Case records settings", model);
    }

    PageResult save(WebRequest request) {
        CurrentUser user = request.user();
        if (user.authorityId() == null) {
            return PageResult.notFound();
        }
        AuthoritySettings current = settings.forAuthority(user.authorityId());
        SettingsForm form = new SettingsForm(field(request, SettingsForm.CASES_PER_FTE),
                field(request, SettingsForm.CP_VISIT_DAYS), field(request, SettingsForm.CIN_VISIT_DAYS),
                field(request, SettingsForm.DUE_SOON_DAYS));
        FormErrors errors = form.validate();
        if (!errors.isEmpty()) {
            return PageResult.invalid(TEMPLATE, "Error: Case records settings", model(current, form, errors));
        }
        String detail = "casesPerFte=" + current.casesPerFte() + "->" + form.casesPerFte()
                + " cpVisitIntervalDays=" + current.cpVisitIntervalDays() + "->" + form.cpVisitDays()
                + " cinVisitIntervalDays=" + current.cinVisitIntervalDays() + "->" + form.cinVisitDays()
                + " dueSoonWorkingDays=" + current.dueSoonWorkingDays() + "->" + form.dueSoonDays();
        settings.save(user.authorityId(), form.casesPerFte(), form.cpVisitDays(), form.cinVisitDays(), form.dueSoonDays());
        auditLog.record(user, request.remoteAddress(), "settings.change", "authority",
                String.valueOf(user.authorityId()), detail);
        return PageResult.redirect("/cases/settings?done=saved");
    }

    private static Map<String, Object> model(AuthoritySettings current, SettingsForm form, FormErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("current", current);
        model.put("form", form.values());
        model.put("casesPerFteMax", SettingsForm.CASES_PER_FTE_MAX);
        model.put("cpVisitDaysMax", SettingsForm.CP_VISIT_DAYS_MAX);
        model.put("cinVisitDaysMax", SettingsForm.CIN_VISIT_DAYS_MAX);
        model.put("dueSoonDaysMax", SettingsForm.DUE_SOON_DAYS_MAX);
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
        }
        return model;
    }

    private static String field(WebRequest request, String name) {
        return request.form(name).orElse("");
    }
}
