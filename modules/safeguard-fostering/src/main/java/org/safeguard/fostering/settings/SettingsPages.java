package org.safeguard.fostering.settings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.fostering.FosteringContext;
import org.safeguard.fostering.FosteringModule;
import org.safeguard.fostering.model.FosteringSettings;
import org.safeguard.fostering.web.Fields;
import org.safeguard.fostering.web.FormValues;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/**
 * The authority's fostering settings: how long an annual review may be overdue before the carers
 * are left out of matching, and how far ahead reviews show as due soon. Audited.
 */
@Component(service = RouteContribution.class)
public class SettingsPages implements RouteContribution {

    static final String TEMPLATE = "fostering/settings/settings";
    static final String GRACE = "reviewGraceDays";
    static final String DUE_SOON = "reviewDueSoonDays";
    static final int GRACE_MAX = 180;
    static final int DUE_SOON_MIN = 7;
    static final int DUE_SOON_MAX = 180;

    @Reference
    private FosteringContext context;

    public SettingsPages() {
    }

    /** For tests. */
    public SettingsPages(FosteringContext context) {
        this.context = context;
    }

    @Override
    public String moduleId() {
        return FosteringModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/fostering/settings", FosteringModule.SETTINGS, this::show),
                Route.post("/fostering/settings", FosteringModule.SETTINGS, this::save));
    }

    PageResult show(WebRequest request) {
        CurrentUser user = request.user();
        if (user.authorityId() == null) {
            return PageResult.notFound();
        }
        FosteringSettings settings = context.settings(user.authorityId());
        FormValues values = new FormValues()
                .put(GRACE, String.valueOf(settings.reviewGraceDays()))
                .put(DUE_SOON, String.valueOf(settings.reviewDueSoonDays()));
        Map<String, Object> model = model(values, new FormErrors());
        request.query("done").filter("saved"::equals).ifPresent(d -> model.put("done", "Settings saved"));
        return PageResult.page(TEMPLATE, "Fostering settings", model);
    }

    PageResult save(WebRequest request) {
        CurrentUser user = request.user();
        if (user.authorityId() == null) {
            return PageResult.notFound();
        }
        FormValues values = FormValues.read(request, List.of(GRACE, DUE_SOON), List.of());
        FormErrors errors = new FormErrors();
        Optional<Integer> grace = values.wholeNumber(GRACE, 0, GRACE_MAX, "Enter the number of days", "The grace period",
                errors);
        Optional<Integer> soon = values.wholeNumber(DUE_SOON, DUE_SOON_MIN, DUE_SOON_MAX, "Enter the number of days",
                "The due-soon window", errors);
        if (!errors.isEmpty()) {
            Map<String, Object> model = model(values, errors);
            model.put("errors", errors.toModel());
            return PageResult.invalid(TEMPLATE, "Error: Fostering settings", model);
        }
        context.settingsRepository().save(user.authorityId(), grace.get(), soon.get(), user.userId(),
                context.clock().nowUtc());
        context.audit(request, "fostering.settings", "authority", user.authorityId(),
                "grace=" + grace.get() + " dueSoon=" + soon.get());
        return PageResult.redirect("/fostering/settings?done=saved");
    }

    private static Map<String, Object> model(FormValues values, FormErrors errors) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("grace", Fields.number(GRACE, "Days an annual review may be overdue before the carers are left out of matching",
                values.get(GRACE), "0 to " + GRACE_MAX + ". Until then overdue carers are still offered, flagged. "
                        + "Default " + FosteringSettings.DEFAULT_REVIEW_GRACE_DAYS + ".", errors, 4));
        fields.put("soon", Fields.number(DUE_SOON, "Days ahead a review shows as due soon", values.get(DUE_SOON),
                DUE_SOON_MIN + " to " + DUE_SOON_MAX + ". Default " + FosteringSettings.DEFAULT_DUE_SOON_DAYS + ".",
                errors, 4));
        Map<String, Object> model = new HashMap<>();
        model.put("fields", fields);
        return model;
    }
}
