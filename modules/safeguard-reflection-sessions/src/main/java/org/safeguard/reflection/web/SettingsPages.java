package org.safeguard.reflection.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;
import org.safeguard.reflection.ReflectionSessionsModule;
import org.safeguard.reflection.model.ReflectionSettings;
import org.safeguard.reflection.service.ReflectionServices;

/**
 * The authority's discussion interval, usual session length, time a family, and the drift
 * threshold on a child protection plan. Always the user's own authority: no id in the URL.
 */
@Component(service = RouteContribution.class)
public class SettingsPages implements RouteContribution {

    static final String TEMPLATE = "reflection-sessions/settings";

    @Reference
    private ReflectionServices services;

    public SettingsPages() {
    }

    /** For tests. */
    SettingsPages(ReflectionServices services) {
        this.services = services;
    }

    @Override
    public String moduleId() {
        return ReflectionSessionsModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/reflection/settings", ReflectionSessionsModule.SETTINGS, this::show),
                Route.post("/reflection/settings", ReflectionSessionsModule.SETTINGS, this::save));
    }

    PageResult show(WebRequest request) {
        CurrentUser user = request.user();
        if (user.authorityId() == null) {
            return PageResult.notFound();
        }
        ReflectionSettings current = services.settings().forAuthority(user.authorityId());
        Map<String, Object> model = model(user, current, SettingsForm.of(current), new FormErrors());
        request.query("done").filter("saved"::equals).ifPresent(d -> model.put("banner", "Settings saved"));
        return PageResult.page(TEMPLATE, "Reflection session settings", model);
    }

    PageResult save(WebRequest request) {
        CurrentUser user = request.user();
        if (user.authorityId() == null) {
            return PageResult.notFound();
        }
        ReflectionSettings current = services.settings().forAuthority(user.authorityId());
        SettingsForm form = new SettingsForm(request.form(SettingsForm.INTERVAL).orElse(""),
                request.form(SettingsForm.SESSION).orElse(""), request.form(SettingsForm.PER_FAMILY).orElse(""),
                request.form(SettingsForm.CP_MONTHS).orElse(""));
        FormErrors errors = form.validate();
        if (!errors.isEmpty()) {
            return PageResult.invalid(TEMPLATE, "Error: Reflection session settings", model(user, current, form, errors));
        }
        services.settings().save(user.authorityId(), form.intervalWeeks(), form.sessionMinutes(), form.minutesPerFamily(),
                form.driftCpMonths(), user.userId(), services.clock().instant());
        services.auditLog().record(user, request.remoteAddress(), "reflection.settings.change", "authority",
                String.valueOf(user.authorityId()), "intervalWeeks=" + current.intervalWeeks() + "->" + form.intervalWeeks()
                        + " sessionMinutes=" + current.sessionMinutes() + "->" + form.sessionMinutes()
                        + " minutesPerFamily=" + current.minutesPerFamily() + "->" + form.minutesPerFamily()
                        + " driftCpMonths=" + current.driftCpMonths() + "->" + form.driftCpMonths());
        return PageResult.redirect("/reflection/settings?done=saved");
    }

    private static Map<String, Object> model(CurrentUser user, ReflectionSettings current, SettingsForm form,
                                             FormErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("current", current);
        model.put("form", form.values());
        model.put("hints", Map.of(
                "interval", "The council papers describe weekly casework discussions in which every open family is "
                        + "discussed regularly; 4 weeks lets a team of 60 to 80 cases cover them all. Between 1 and "
                        + SettingsForm.INTERVAL_MAX + " weeks.",
                "session", "Proposed agendas are sized to the session. Between " + SettingsForm.SESSION_MIN + " and "
                        + SettingsForm.SESSION_MAX + " minutes.",
                "perFamily", "A 120-minute session at 10 minutes a family discusses 12 families. Between "
                        + SettingsForm.PER_FAMILY_MIN + " and " + SettingsForm.PER_FAMILY_MAX + " minutes.",
                "cpMonths", "Pre-proceedings is mostly considered after 9 to 12 months on a plan where the child's lived "
                        + "experience has not improved enough. Between " + SettingsForm.CP_MONTHS_MIN + " and "
                        + SettingsForm.CP_MONTHS_MAX + " months."));
        model.put("mayManageClinicians", user.hasPermission(ReflectionSessionsModule.CLINICIANS));
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
        }
        return model;
    }
}
