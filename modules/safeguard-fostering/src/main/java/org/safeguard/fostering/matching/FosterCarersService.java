package org.safeguard.fostering.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.fostering.FosteringContext;
import org.safeguard.fostering.FosteringModule;
import org.safeguard.fostering.api.CarerHousehold;
import org.safeguard.fostering.api.FosterCarers;
import org.safeguard.fostering.data.MatchRecord;
import org.safeguard.fostering.data.Refused;
import org.safeguard.fostering.model.Approval;
import org.safeguard.fostering.model.FosterPlacement;
import org.safeguard.fostering.rules.ChildToPlace;
import org.safeguard.fostering.rules.HouseholdFacts;
import org.safeguard.fostering.rules.HouseholdState;
import org.safeguard.fostering.rules.PlacementFit;
import org.safeguard.fostering.rules.PlacementRequest;
import org.safeguard.platform.api.security.CurrentUser;

/**
 * The fostering API for other modules (corporate parenting): carers whose approval fits a
 * placement, a household by id, the child's match awaiting placement, and placements starting and
 * ending so vacancies stay true. Keeps to the user's authority and to where fostering is enabled
 * for the user; every call about carers or a child is audited like a page.
 */
@Component(service = FosterCarers.class)
public class FosterCarersService implements FosterCarers {

    /** Audit entries from this API name no address: the calling module's page audits its own request. */
    private static final String VIA_API = null;

    @Reference
    private FosteringContext context;

    public FosterCarersService() {
    }

    /** For tests. */
    public FosterCarersService(FosteringContext context) {
        this.context = context;
    }

    private boolean enabledFor(CurrentUser user) {
        return user != null && user.authorityId() != null
                && context.enablement().isEnabledFor(FosteringModule.MODULE_ID, user);
    }

    @Override
    public List<CarerHousehold> candidates(CurrentUser user, List<LocalDate> childrenDatesOfBirth, LocalDate on) {
        if (!enabledFor(user) || childrenDatesOfBirth.isEmpty()) {
            return List.of();
        }
        List<ChildToPlace> children = new ArrayList<>();
        // no case ids come with the dates of birth: negative ids never clash with a real case's reservation
        for (int i = 0; i < childrenDatesOfBirth.size(); i++) {
            children.add(new ChildToPlace(-(i + 1), -1, childrenDatesOfBirth.get(i)));
        }
        List<PlacementFit.Assessment> fitting = Matcher.candidates(context, user.authorityId(),
                new PlacementRequest(null, on, children));
        context.auditLog().record(user, VIA_API, "carers.candidates", "authority", String.valueOf(user.authorityId()),
                "children=" + children.size() + " shown=" + fitting.size());
        return fitting.stream().map(a -> view(a.facts(), a.state())).toList();
    }

    @Override
    public Optional<CarerHousehold> household(CurrentUser user, long householdId) {
        if (!enabledFor(user)) {
            return Optional.empty();
        }
        Optional<CarerHousehold> found = context.households().facts(user.authorityId(), householdId)
                .map(facts -> view(facts, state(facts)));
        found.ifPresent(h -> context.auditLog().record(user, VIA_API, "household.read", "foster-household",
                String.valueOf(householdId), "api"));
        return found;
    }

    @Override
    public Optional<CarerHousehold> currentMatch(CurrentUser user, long caseId) {
        if (!enabledFor(user) || context.visibleCase(user, caseId).isEmpty()) {
            return Optional.empty();
        }
        Optional<MatchRecord> pending = context.matches().pendingForCase(caseId);
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        Optional<CarerHousehold> household = context.households()
                .facts(user.authorityId(), pending.get().match().householdId())
                .map(facts -> view(facts, state(facts)));
        household.ifPresent(h -> context.auditLog().record(user, VIA_API, "match.read", "case", String.valueOf(caseId),
                "match=" + pending.get().id() + " api"));
        return household;
    }

    @Override
    public void placementStarted(CurrentUser user, long householdId, long caseId, LocalDate from) {
        if (!enabledFor(user)) {
            throw new IllegalArgumentException("Fostering is not enabled where you work.");
        }
        if (context.visibleCase(user, caseId).isEmpty()) {
            throw new IllegalArgumentException("There is no such child's case.");
        }
        try {
            FosterPlacement placement = context.placements().start(user.authorityId(), householdId, caseId, from,
                    FosterPlacement.Source.OTHER_MODULE, true, user.userId(), context.clock().nowUtc());
            context.auditLog().record(user, VIA_API, "placement.start", "case", String.valueOf(caseId),
                    "household=" + householdId + " placement=" + placement.id() + " api");
        } catch (Refused e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public void placementEnded(CurrentUser user, long householdId, long caseId, LocalDate on) {
        if (!enabledFor(user)) {
            return;
        }
        try {
            if (context.placements().end(user.authorityId(), householdId, caseId, on)) {
                context.auditLog().record(user, VIA_API, "placement.end", "case", String.valueOf(caseId),
                        "household=" + householdId + " api");
            }
        } catch (Refused e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private HouseholdState state(HouseholdFacts facts) {
        var settings = context.settings(facts.household().authorityId());
        return HouseholdState.of(facts, context.clock().today(), settings.reviewGraceDays(), settings.reviewDueSoonDays());
    }

    /** The household as other modules see it; a de-registered one keeps its last approval's terms and no review. */
    private CarerHousehold view(HouseholdFacts facts, HouseholdState state) {
        LocalDate today = context.clock().today();
        int living = (int) facts.placements().stream().filter(p -> p.livingThereOn(today)).count();
        if (state.approved()) {
            return new CarerHousehold(facts.id(), facts.household().authorityId(), facts.household().name(),
                    state.terms().type().label(), state.terms().ageFrom(), state.terms().ageTo(), state.terms().places(),
                    living, state.reviewDue());
        }
        Approval last = facts.approvals().stream().max(Comparator.comparing(Approval::approvedOn)).orElseThrow();
        return new CarerHousehold(facts.id(), facts.household().authorityId(), facts.household().name(),
                last.type().label(), last.ageFrom(), last.ageTo(), last.places(), living, null);
    }
}
