package org.safeguard.fostering.rules;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.safeguard.fostering.model.AnnualReview;
import org.safeguard.fostering.model.Approval;
import org.safeguard.fostering.model.ApprovalTerms;
import org.safeguard.fostering.model.Deregistration;
import org.safeguard.fostering.model.FosterPlacement;
import org.safeguard.fostering.model.TrainingCourse;

/**
 * Where a household stands on a date: approved (on which terms, since when) or de-registered, its
 * annual review, the training standards, and how many of its places are taken or held by matches.
 *
 * @param terms        the approval in force; null when not approved (de-registered, or not yet)
 * @param approvedSince when the approval in force began; null when not approved
 * @param deregistration the de-registration in force; null unless de-registered
 * @param reviewDue    null when not approved
 * @param reviewState  null when not approved
 * @param trainingDue  null when not approved
 * @param occupied     children living there (placements not ended by the date)
 * @param reserved     children of pending matches, held places
 */
public record HouseholdState(LocalDate on, ApprovalTerms terms, LocalDate approvedSince, Deregistration deregistration,
                             LocalDate reviewDue, ReviewSchedule.State reviewState, boolean firstReview,
                             LocalDate trainingDue, TrainingStandards.State trainingState,
                             int occupied, int reserved) {

    public static HouseholdState of(HouseholdFacts facts, LocalDate today, int graceDays, int dueSoonDays) {
        ApprovalHistory history = new ApprovalHistory(facts.approvals(), facts.deregistrations());
        Optional<Approval> inForce = history.inForceOn(today);
        int occupied = (int) facts.placements().stream().filter(p -> p.occupiesFrom(today)).count();
        int reserved = reserved(facts, Set.of());
        if (inForce.isEmpty()) {
            return new HouseholdState(today, null, null, history.deregisteredOn(today).orElse(null),
                    null, null, false, null, null, occupied, reserved);
        }
        LocalDate since = history.approvedSince(today).orElseThrow();
        List<LocalDate> reviewDates = facts.reviews().stream().map(AnnualReview::reviewedOn).toList();
        LocalDate due = ReviewSchedule.due(since, reviewDates);
        ApprovalTerms terms = inForce.get().value();
        LocalDate trainingDue = TrainingStandards.due(since, terms.type());
        boolean trained = facts.training().stream().anyMatch(t -> t.course() == TrainingCourse.TSD_STANDARDS);
        return new HouseholdState(today, terms, since, null, due,
                ReviewSchedule.state(due, today, graceDays, dueSoonDays), ReviewSchedule.firstReview(since, reviewDates),
                trainingDue, TrainingStandards.state(trained, trainingDue, today), occupied, reserved);
    }

    /** Children of pending matches other than {@code excludingCases}: a match for the same children holds no extra place. */
    public static int reserved(HouseholdFacts facts, Set<Long> excludingCases) {
        Set<Long> held = new HashSet<>();
        for (HouseholdFacts.PendingMatch match : facts.pendingMatches()) {
            for (Long caseId : match.caseIds()) {
                if (!excludingCases.contains(caseId)) {
                    held.add(caseId);
                }
            }
        }
        // a child already living there is not also holding a place
        facts.placements().stream().filter(p -> p.endedOn() == null).map(FosterPlacement::caseId).forEach(held::remove);
        return held.size();
    }

    public boolean approved() {
        return terms != null;
    }

    public boolean deregistered() {
        return deregistration != null;
    }

    public int places() {
        return terms == null ? 0 : terms.places();
    }

    /** Places neither taken nor held by a match. */
    public int free() {
        return Math.max(0, places() - occupied - reserved);
    }

    /** Offered for matching and counted in vacancies: approved and its review not lapsed. */
    public boolean available() {
        return approved() && reviewState.matchable();
    }
}
