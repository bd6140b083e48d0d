package org.safeguard.fostering.rules;

import java.util.List;
import java.util.Set;

import org.safeguard.fostering.model.AnnualReview;
import org.safeguard.fostering.model.Approval;
import org.safeguard.fostering.model.Carer;
import org.safeguard.fostering.model.Deregistration;
import org.safeguard.fostering.model.FosterPlacement;
import org.safeguard.fostering.model.Household;
import org.safeguard.fostering.model.TrainingRecord;

/**
 * Everything recorded about one household, as loaded: the rules read this, never the database.
 *
 * @param pendingMatches the household's matches still awaiting placement, each as its children's case ids
 */
public record HouseholdFacts(Household household, List<Carer> carers, List<Approval> approvals,
                             List<Deregistration> deregistrations, List<AnnualReview> reviews,
                             List<TrainingRecord> training, List<FosterPlacement> placements,
                             List<PendingMatch> pendingMatches) {

    public record PendingMatch(long matchId, Set<Long> caseIds) {}

    public HouseholdFacts {
        carers = List.copyOf(carers);
        approvals = List.copyOf(approvals);
        deregistrations = List.copyOf(deregistrations);
        reviews = List.copyOf(reviews);
        training = List.copyOf(training);
        placements = List.copyOf(placements);
        pendingMatches = List.copyOf(pendingMatches);
    }

    public long id() {
        return household.id();
    }
}
