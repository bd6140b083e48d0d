package org.safeguard.familysafeguarding.settings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.familysafeguarding.FamilySafeguardingModule;
import org.safeguard.familysafeguarding.data.FamilySafeguardingData;
import org.safeguard.familysafeguarding.model.FamilySafeguardingSettings;
import org.safeguard.familysafeguarding.web.Fields;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/**
 * The authority's adult practitioner settings, for its administrators: capacity guides per
 * discipline, which families adult practitioners see, and how long a family may wait for one.
 * Always the user's own authority: there is no authority id in the URL to tamper with.
 */
@Component(service = RouteContribution.class)
public class SettingsPages implements RouteContribution {

    static final String TEMPLATE = "family-safeguarding/settings/settings";

    @Reference
    private FamilySafeguardingData data;

    @Reference
    private AuditLog auditLog;

    public SettingsPages() {
    }

    /** For tests. */
    public SettingsPages(FamilySafeguardingData data, AuditLog auditLog) {
        this.data = data;
        this.auditLog = auditLog;
    }

    @Override
    public String moduleId() {
        return FamilySafeguardingModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/family-safeguarding/settings", FamilySafeguardingModule.SETTINGS, this::show),
                Route.post("/family-safeguarding/settings", FamilySafeguardingModule.SETTINGS, this::save));
    }

    PageResult show(WebRequest request) {
        CurrentUser user = request.user();
        if (user.authorityId() == null) {
            return PageResult.notFound();
        }
        FamilySafeguardingSettings current = data.settings().forAuthority(user.authorityId());
        Map<String, Object> model = model(SettingsForm.of(current), new FormErrors());
        request.query("done").filter("saved"::equals).ifPresent(done -> model.put("done", "Settings saved"));
        return PageResult.page(TEMPLATE, "Family Safeguarding settings", model);
    }

    PageResult save(WebRequest request) {
        CurrentUser user = request.user();
        if (user.authorityId() == null) {
            return PageResult.notFound();
        }
        SettingsForm form = new SettingsForm(field(request, SettingsForm.SUBSTANCE), field(request, SettingsForm.MENTAL_HEALTH),
                field(request, SettingsForm.DOMESTIC_ABUSE), field(request, SettingsForm.SCOPE),
                field(request, SettingsForm.ASSIGN_WITHIN));
        FormErrors errors = form.validate();
        if (!errors.isEmpty()) {
            return PageResult.invalid(TEMPLATE, "Error: Family Safeguarding settings", model(form, errors));
        }
        FamilySafeguardingSettings current = data.settings().forAuthority(user.authorityId());
        String detail = "substanceMisusePerFte=" + current.substanceMisusePerFte() + "->" + form.substance()
                + " mentalHealthPerFte=" + current.mentalHealthPerFte() + "->" + form.mentalHealth()
                + " domesticAbusePerFte=" + current.domesticAbusePerFte() + "->" + form.domesticAbuse()
                + " practitionerScope=" + current.scope().name() + "->" + form.scope().name()
                + " assignWithinWorkingDays=" + current.assignWithinWorkingDays() + "->" + form.assignWithin();
        data.settings().save(user.authorityId(), form.substance(), form.mentalHealth(), form.domesticAbuse(),
                form.scope(), form.assignWithin());
        auditLog.record(user, request.remoteAddress(), "fs.settings.change", "authority",
                String.valueOf(user.authorityId()), detail);
        return PageResult.redirect("/family-safeguarding/settings?done=saved");
    }

    private static Map<String, Object> model(SettingsForm form, FormErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form.values());
        model.put("familiesMax", SettingsForm.FAMILIES_PER_FTE_MAX);
        model.put("assignWithinMax", SettingsForm.ASSIGN_WITHIN_MAX);
        model.put("scope", Fields.radios(SettingsForm.SCOPE, "Which families do adult practitioners see?",
                "Children's workers always see the adult work of every family their team holds.", form.scopeOptions(),
                errors));
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
        }
        return model;
    }

    private static String field(WebRequest request, String name) {
        return request.form(name).orElse("");
    }
}
