package org.safeguard.fostering.carers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.OptimisticLockException;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.fostering.FosteringContext;
import org.safeguard.fostering.FosteringModule;
import org.safeguard.fostering.data.Refused;
import org.safeguard.fostering.model.FosterPlacement;
import org.safeguard.fostering.rules.HouseholdFacts;
import org.safeguard.fostering.web.Fields;
import org.safeguard.fostering.web.FormValues;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/**
 * Children coming to live with carers and leaving them, recorded here only while corporate
 * parenting does not record placements for the authority (then these pages are not there: 404).
 * The child must be a case the user can see; a placement is checked against the carers' places.
 */
@Component(service = RouteContribution.class)
public class PlacementPages implements RouteContribution {

    static final String START = "fostering/carers/placement";
    static final String END = "fostering/carers/placement-end";

    @Reference
    private FosteringContext context;

    public PlacementPages() {
    }

    /** For tests. */
    public PlacementPages(FosteringContext context) {
        this.context = context;
    }

    @Override
    public String moduleId() {
        return FosteringModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        String base = "/fostering/households/{householdId}/placements";
        return List.of(
                Route.get(base + "/new", FosteringModule.RECORD, this::startForm),
                Route.post(base, FosteringModule.RECORD, this::start),
                Route.get(base + "/{placementId}/end", FosteringModule.RECORD, this::endForm),
                Route.post(base + "/{placementId}/end", FosteringModule.RECORD, this::end));
    }

    private Optional<PageResult> refusal(WebRequest request, Optional<HouseholdFacts> found) {
        Optional<PageResult> refused = Households.refusal(context, request, found);
        if (refused.isPresent()) {
            return refused;
        }
        if (!context.placementsRecordedHere(found.get().household().authorityId())) {
            return Optional.of(PageResult.notFound());
        }
        return Optional.empty();
    }

    PageResult startForm(WebRequest request) {
        Optional<HouseholdFacts> found = Households.inPath(context, request);
        Optional<PageResult> refused = refusal(request, found);
        if (refused.isPresent()) {
            return refused.get();
        }
        return startPage(found.get(), new FormValues(), new FormErrors());
    }

    PageResult start(WebRequest request) {
        Optional<HouseholdFacts> found = Households.inPath(context, request);
        Optional<PageResult> refused = refusal(request, found);
        if (refused.isPresent()) {
            return refused.get();
        }
        HouseholdFacts facts = found.get();
        CurrentUser user = request.user();
        PlacementForm form = PlacementForm.start(request);
        FormErrors errors = form.validateStart(context.clock().today(), new FormErrors());
        Optional<ChildCase> child = Optional.empty();
        if (form.caseNumber().isPresent()) {
            child = context.visibleCase(user, form.caseNumber().get());
            if (child.isEmpty()) {
                errors.add(PlacementForm.CASE, "Enter the case number of a child whose case you can see");
            } else if (!child.get().open()) {
                errors.add(PlacementForm.CASE, "That child's case is closed");
            }
        }
        if (!errors.isEmpty()) {
            return startPage(facts, form.values(), errors);
        }
        try {
            FosterPlacement placement = context.placements().start(facts.household().authorityId(), facts.id(),
                    child.get().id(), form.startedOn(), FosterPlacement.Source.FOSTERING, false, user.userId(),
                    context.clock().nowUtc());
            context.audit(request, "placement.start", "case", child.get().id(),
                    "household=" + facts.id() + " placement=" + placement.id());
        } catch (Refused e) {
            errors.add(PlacementForm.CASE, e.getMessage());
            return startPage(facts, form.values(), errors);
        } catch (OptimisticLockException e) {
            errors.add(PlacementForm.CASE, "Someone else changed these carers' places at the same moment. Try again.");
            return startPage(facts, form.values(), errors);
        }
        return PageResult.redirect("/fostering/households/" + facts.id() + "?done=placed");
    }

    private PageResult startPage(HouseholdFacts facts, FormValues values, FormErrors errors) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("caseNumber", Fields.number(PlacementForm.CASE, "Child's case number", values.get(PlacementForm.CASE),
                "The number on the child's case in case records, for example 1042", errors, 10));
        fields.put("startedOn", Fields.date(PlacementForm.STARTED_ON, "When did the child come to live here?",
                "For example, 27 3 2026", values.asMap(), errors));
        return HouseholdFormPage.of(START, "Record a child who has come to live here", facts, fields, errors, Map.of());
    }

    /** The open placement named in the path, of this household. */
    private Optional<FosterPlacement> placement(HouseholdFacts facts, WebRequest request) {
        return Ids.path(request, "placementId").flatMap(id -> facts.placements().stream()
                .filter(p -> p.id() == id && p.endedOn() == null).findFirst());
    }

    PageResult endForm(WebRequest request) {
        Optional<HouseholdFacts> found = Households.inPath(context, request);
        Optional<PageResult> refused = refusal(request, found);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<FosterPlacement> placement = placement(found.get(), request);
        if (placement.isEmpty()) {
            return PageResult.notFound();
        }
        return endPage(found.get(), placement.get(), request.user(), new FormValues(), new FormErrors());
    }

    PageResult end(WebRequest request) {
        Optional<HouseholdFacts> found = Households.inPath(context, request);
        Optional<PageResult> refused = refusal(request, found);
        if (refused.isPresent()) {
            return refused.get();
        }
        HouseholdFacts facts = found.get();
        Optional<FosterPlacement> placement = placement(facts, request);
        if (placement.isEmpty()) {
            return PageResult.notFound();
        }
        PlacementForm form = PlacementForm.end(request);
        FormErrors errors = form.validateEnd(context.clock().today(), placement.get().startedOn(), new FormErrors());
        if (!errors.isEmpty()) {
            return endPage(facts, placement.get(), request.user(), form.values(), errors);
        }
        context.placements().end(facts.household().authorityId(), facts.id(), placement.get().caseId(), form.endedOn());
        context.audit(request, "placement.end", "case", placement.get().caseId(),
                "household=" + facts.id() + " placement=" + placement.get().id());
        return PageResult.redirect("/fostering/households/" + facts.id() + "?done=left");
    }

    private PageResult endPage(HouseholdFacts facts, FosterPlacement placement, CurrentUser user, FormValues values,
                               FormErrors errors) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("endedOn", Fields.date(PlacementForm.ENDED_ON, "When did the child leave?", "For example, 27 3 2026",
                values.asMap(), errors));
        Map<String, Object> extra = new HashMap<>();
        extra.put("placementId", placement.id());
        extra.put("child", context.visibleCase(user, placement.caseId()).map(ChildCase::childName)
                .orElse(HouseholdModel.HIDDEN_CHILD));
        extra.put("since", placement.startedOn());
        return HouseholdFormPage.of(END, "Record that a child has left", facts, fields, errors, extra);
    }
}
