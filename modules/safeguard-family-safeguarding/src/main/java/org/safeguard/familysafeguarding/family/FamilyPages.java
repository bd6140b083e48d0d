package org.safeguard.familysafeguarding.family;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.api.FamilySummary;
import org.safeguard.familysafeguarding.FamilySafeguardingModule;
import org.safeguard.familysafeguarding.access.FamilyAccess;
import org.safeguard.familysafeguarding.data.FamilySafeguardingData;
import org.safeguard.familysafeguarding.web.FamilyContext;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/**
 * The "Work with parents" tab, on the family record and on each child's case record: the same
 * adult work under the family's or the child's banner. Actions lead to the family's own pages.
 */
@Component(service = RouteContribution.class)
public class FamilyPages implements RouteContribution {

    static final String TEMPLATE = "family-safeguarding/family/overview";

    /** The success banners other pages ask for after post/redirect/get. */
    static final Map<String, String> DONE = Map.of(
            "factor", "Factor recorded",
            "factor-ended", "Factor ended. It stays in the family's history",
            "assigned", "Practitioner assigned",
            "assignment-ended", "Assignment ended. It stays in the family's history",
            "goal", "Goal set");

    @Reference
    private FamilyAccess access;

    @Reference
    private FamilySafeguardingData data;

    @Reference
    private AuditLog auditLog;

    private CouncilClock clock = CouncilClock.system();
    private FamilyContext context;
    private FamilyOverview overview;

    public FamilyPages() {
    }

    /** For tests. */
    public FamilyPages(FamilyAccess access, FamilySafeguardingData data, AuditLog auditLog, CouncilClock clock) {
        this.access = access;
        this.data = data;
        this.auditLog = auditLog;
        this.clock = clock;
        activate();
    }

    @Activate
    void activate() {
        context = new FamilyContext(access, auditLog);
        overview = new FamilyOverview(access, data);
    }

    @Override
    public String moduleId() {
        return FamilySafeguardingModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/family-safeguarding/families/{familyId}", FamilySafeguardingModule.READ, this::family),
                Route.get("/family-safeguarding/cases/{caseId}", FamilySafeguardingModule.READ, this::childCase));
    }

    PageResult family(WebRequest request) {
        Optional<FamilySummary> found = context.family(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        FamilySummary family = found.get();
        Map<String, Object> model = context.model(family, request);
        model.putAll(overview.model(family.id(), request.user(), clock.today()));
        request.query("done").map(DONE::get).ifPresent(done -> model.put("done", done));
        context.audit(request, "fs.family.view", family.id(), "tab=family");
        return PageResult.page(TEMPLATE, "Work with parents: " + family.name() + " family", model);
    }

    PageResult childCase(WebRequest request) {
        Optional<ChildCase> found = Ids.path(request, "caseId").flatMap(id -> access.childCase(request.user(), id));
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        ChildCase childCase = found.get();
        Map<String, Object> model = new HashMap<>();
        model.put("recordHeader", access.cases().caseHeader(request.user(), childCase).withCurrent(request.path()));
        model.put("familyId", childCase.familyId());
        model.put("familyName", childCase.familyName());
        model.put("base", FamilyContext.base(childCase.familyId()));
        model.put("fromCase", true);
        model.putAll(overview.model(childCase.familyId(), request.user(), clock.today()));
        context.audit(request, "fs.family.view", childCase.familyId(), "tab=case case=" + childCase.id());
        return PageResult.page(TEMPLATE, "Work with parents: " + childCase.childName(), model);
    }
}
