package org.safeguard.fostering.matching;

import java.util.ArrayList;
import java.util.List;

import org.safeguard.fostering.FosteringContext;
import org.safeguard.fostering.model.ApprovalTerm;
import org.safeguard.fostering.model.ApprovalTerms;
import org.safeguard.fostering.model.Household;
import org.safeguard.fostering.rules.PlacementFit;
import org.safeguard.fostering.rules.ReviewSchedule;

/** One line about a fitting household, shown under its name in the search results. */
final class CandidateText {

    private CandidateText() {
    }

    static String of(FosteringContext context, PlacementFit.Assessment a, int children) {
        Household household = a.facts().household();
        ApprovalTerms terms = a.state().terms();
        List<String> parts = new ArrayList<>();
        parts.add(terms.type().label() + ", ages " + terms.ages());
        parts.add(a.free() + " of " + terms.places() + " places free, " + a.leftOver(children) + " left after this match");
        for (ApprovalTerm term : terms.terms()) {
            parts.add(term.label());
        }
        parts.add(household.town() + (household.districtId() == null ? ""
                : ", " + context.organisation().district(household.districtId()).map(d -> d.name()).orElse("")));
        parts.add("Supervised by " + context.organisation().staffMember(household.supervisingWorkerId())
                .map(s -> s.displayName()).orElse("not known"));
        if (a.state().reviewState() == ReviewSchedule.State.OVERDUE) {
            parts.add("Annual review overdue since " + org.safeguard.fostering.data.Dates.shown(a.state().reviewDue()));
        }
        return String.join(" · ", parts);
    }
}
