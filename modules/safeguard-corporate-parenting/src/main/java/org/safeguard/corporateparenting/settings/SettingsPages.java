package org.safeguard.corporateparenting.settings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.corporateparenting.CorporateParentingModule;
import org.safeguard.corporateparenting.model.CareSettings;
import org.safeguard.corporateparenting.web.CareLinks;
import org.safeguard.corporateparenting.web.FormValues;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/** The authority's timescales for children in care, for its administrators. Always the user's own authority. */
@Component(service = RouteContribution.class)
public class SettingsPages implements RouteContribution {

    static final String TEMPLATE = "corporate-parenting/settings";

    @Reference
    private AuditLog auditLog;
    @Reference
    private CareSettingsService settings;

    public SettingsPages() {
    }

    /** For tests. */
    public SettingsPages(AuditLog auditLog, CareSettingsService settings) {
        this.auditLog = auditLog;
        this.settings = settings;
    }

    @Override
    public String moduleId() {
        return CorporateParentingModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.get(CareLinks.SETTINGS, CorporateParentingModule.SETTINGS, this::show),
                Route.post(CareLinks.SETTINGS, CorporateParentingModule.SETTINGS, this::save));
    }

    PageResult show(WebRequest request) {
        CurrentUser user = request.user();
        if (user.authorityId() == null) {
            return PageResult.notFound();
        }
        Map<String, Object> model = model(SettingsForm.of(settings.forAuthority(user.authorityId())), new FormErrors());
        model.put("done", request.query("done").filter("saved"::equals).isPresent());
        return PageResult.page(TEMPLATE, "Corporate parenting settings", model);
    }

    PageResult save(WebRequest request) {
        CurrentUser user = request.user();
        if (user.authorityId() == null) {
            return PageResult.notFound();
        }
        FormValues form = FormValues.of(request, SettingsForm.names());
        FormErrors errors = new FormErrors();
        Optional<CareSettings> wanted = SettingsForm.validate(user.authorityId(), form, errors);
        if (wanted.isEmpty()) {
            return PageResult.invalid(TEMPLATE, "Error: Corporate parenting settings", model(form, errors));
        }
        CareSettings before = settings.forAuthority(user.authorityId());
        settings.save(wanted.get());
        auditLog.record(user, request.remoteAddress(), "corporate-parenting.settings.change", "authority",
                String.valueOf(user.authorityId()), SettingsForm.changes(before, wanted.get()));
        return PageResult.redirect(CareLinks.SETTINGS + "?done=saved");
    }

    private static Map<String, Object> model(FormValues form, FormErrors errors) {
        List<Map<String, Object>> fields = new ArrayList<>();
        for (SettingsForm.Setting s : SettingsForm.SETTINGS) {
            Map<String, Object> f = new HashMap<>();
            f.put("name", s.name());
            f.put("label", s.label());
            f.put("hint", s.hint() + " Between " + s.min() + " and " + s.max() + ".");
            f.put("unit", s.unit());
            f.put("value", form.get(s.name()));
            f.put("error", errors.byField().getOrDefault(s.name(), ""));
            fields.add(f);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("fields", fields);
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
        }
        return model;
    }
}
