package org.safeguard.fostering.matching;

import java.util.ArrayList;
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
import org.safeguard.fostering.data.MatchRecord;
import org.safeguard.fostering.data.Refused;
import org.safeguard.fostering.model.Household;
import org.safeguard.fostering.model.MatchOutcome;
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
 * What came of a match. Placed: the children start living with the carers (recorded here while
 * corporate parenting does not record placements; otherwise recording the placement there marks
 * the match placed, so only "fell through" is offered). Fell through: the places it held are free.
 */
@Component(service = RouteContribution.class)
public class OutcomePages implements RouteContribution {

    static final String TEMPLATE = "fostering/matching/outcome";

    @Reference
    private FosteringContext context;

    public OutcomePages() {
    }

    /** For tests. */
    public OutcomePages(FosteringContext context) {
        this.context = context;
    }

    @Override
    public String moduleId() {
        return FosteringModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/fostering/matches/{matchId}/outcome", FosteringModule.MATCH, this::form),
                Route.post("/fostering/matches/{matchId}/outcome", FosteringModule.MATCH, this::record));
    }

    /** A pending match of the user's authority, reached through the register. */
    private Optional<MatchRecord> match(WebRequest request) {
        CurrentUser user = request.user();
        if (user.authorityId() == null || !context.access(user).seesRegister()) {
            return Optional.empty();
        }
        return Ids.path(request, "matchId").flatMap(id -> context.matches().find(user.authorityId(), id));
    }

    PageResult form(WebRequest request) {
        Optional<MatchRecord> match = match(request);
        if (match.isEmpty()) {
            return PageResult.notFound();
        }
        if (!match.get().match().pending()) {
            return PageResult.redirect(back(request, match.get()));
        }
        for (Long caseId : match.get().caseIds()) {
            context.audit(request, "match.view", "case", caseId, "match=" + match.get().id());
        }
        return page(request, match.get(), new FormValues(), new FormErrors());
    }

    PageResult record(WebRequest request) {
        Optional<MatchRecord> found = match(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        MatchRecord match = found.get();
        CurrentUser user = request.user();
        boolean here = context.placementsRecordedHere(match.match().authorityId());
        OutcomeForm form = OutcomeForm.from(request);
        FormErrors errors = form.validate(context.clock().today(), match.match().matchedAt().toLocalDate(), here,
                new FormErrors());
        if (errors.isEmpty()) {
            try {
                context.placements().conclude(match.match().authorityId(), match.id(), form.outcome(), form.on(),
                        form.reason(), here, user.userId(), context.clock().nowUtc());
                for (Long caseId : match.caseIds()) {
                    context.audit(request, "match.outcome", "case", caseId,
                            "match=" + match.id() + " outcome=" + form.outcome().name());
                }
                return PageResult.redirect(back(request, match) + "?done=outcome");
            } catch (Refused e) {
                errors.add(OutcomeForm.OUTCOME, e.getMessage());
            } catch (OptimisticLockException e) {
                errors.add(OutcomeForm.OUTCOME, "Someone else changed this match or the carers' places at the same moment. Try again.");
            }
        }
        return page(request, match, form.values(), errors);
    }

    /** The matching page of the first child of the match the user can see, or the carers' page. */
    private String back(WebRequest request, MatchRecord match) {
        java.util.Set<Long> visible = context.cases().visibleCases(request.user(), match.caseIds()).stream()
                .map(ChildCase::id).collect(java.util.stream.Collectors.toSet());
        return match.caseIds().stream().filter(visible::contains).findFirst()
                .map(id -> "/fostering/matching/" + id)
                .orElse("/fostering/households/" + match.match().householdId());
    }

    private PageResult page(WebRequest request, MatchRecord match, FormValues values, FormErrors errors) {
        CurrentUser user = request.user();
        boolean here = context.placementsRecordedHere(match.match().authorityId());
        List<Fields.Option> outcomes = new ArrayList<>();
        if (here) {
            outcomes.add(new Fields.Option(MatchOutcome.PLACED.name(), "The children moved in",
                    "They are recorded as living with the carers from the date below"));
        }
        outcomes.add(new Fields.Option(MatchOutcome.FELL_THROUGH.name(), "The match fell through",
                "The places it held are free again"));
        Map<String, Object> fields = new HashMap<>();
        fields.put("outcome", Fields.radios(OutcomeForm.OUTCOME, "What came of the match?", null, outcomes,
                values.get(OutcomeForm.OUTCOME), errors));
        fields.put("on", Fields.date(OutcomeForm.ON, "Date", "The day the children moved in, or the match fell through",
                values.asMap(), errors));
        fields.put("reason", Fields.textarea(OutcomeForm.REASON, "Why did it fall through?", values.get(OutcomeForm.REASON),
                "Only if it fell through", OutcomeForm.REASON_MAX, errors));
        Map<String, Object> model = new HashMap<>();
        model.put("fields", fields);
        model.put("matchId", match.id());
        model.put("placementsHere", here);
        Household household = context.households().households(match.match().authorityId(),
                java.util.Set.of(match.match().householdId())).get(match.match().householdId());
        model.put("householdName", household == null ? "" : household.name());
        model.put("householdId", match.match().householdId());
        model.put("children", context.cases().visibleCases(user, match.caseIds()).stream().map(ChildCase::childName).toList());
        model.put("proposedStart", match.match().proposedStart());
        model.put("back", back(request, match));
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
            return PageResult.invalid(TEMPLATE, "Error: What came of the match", model);
        }
        return PageResult.page(TEMPLATE, "What came of the match", model);
    }
}
