package org.safeguard.caserecords.journey;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.safeguard.caserecords.model.Assessment;
import org.safeguard.caserecords.model.CasePlan;
import org.safeguard.caserecords.model.CaseRecord;
import org.safeguard.caserecords.model.Conference;
import org.safeguard.caserecords.model.StrategyDiscussion;

/**
 * Everything the journey knows about one case, read at one moment: the case row (with the version
 * a form must send back), its referrals, assessments, strategy discussions, conferences and plans
 * (each newest first), and the last visit at which the child was seen.
 */
public record CaseFile(CaseRecord record, List<ReferralRow> referrals, List<Assessment> assessments,
                       List<StrategyDiscussion> strategyDiscussions, List<Conference> conferences,
                       List<CasePlan> plans, LocalDate lastVisitOn) {

    /** A cr_referral row (read natively: the front door slice owns its entity). */
    public record ReferralRow(long id, LocalDate referredOn, boolean reReferral, Long contactId) {}

    public long caseId() {
        return record.id();
    }

    /** The newest assessment not completed yet. */
    public Optional<Assessment> openAssessment() {
        return assessments.stream().filter(a -> !a.completed()).findFirst();
    }

    /** The newest completed assessment a manager has not signed off. */
    public Optional<Assessment> assessmentAwaitingSignOff() {
        return assessments.stream().filter(a -> a.completed() && !a.signedOff()).findFirst();
    }

    public Optional<Assessment> latestAssessment() {
        return assessments.stream().findFirst();
    }

    public Optional<StrategyDiscussion> openSection47() {
        return strategyDiscussions.stream().filter(StrategyDiscussion::section47Open).findFirst();
    }

    /** The newest strategy discussion that started a s.47 enquiry: the one an initial conference follows. */
    public Optional<StrategyDiscussion> latestSection47() {
        return strategyDiscussions.stream().filter(StrategyDiscussion::section47).findFirst();
    }

    /** The conference of this kind due soonest and not held. */
    public Optional<Conference> pending(Conference.Kind kind) {
        return conferences.stream().filter(c -> c.kind() == kind && !c.held())
                .min(Comparator.comparing(Conference::dueOn));
    }

    /** The conference of this kind held most recently. */
    public Optional<Conference> lastHeld(Conference.Kind kind) {
        return conferences.stream().filter(c -> c.kind() == kind && c.held())
                .max(Comparator.comparing(Conference::heldOn).thenComparing(Conference::id));
    }

    public Optional<CasePlan> openPlan() {
        return plans.stream().filter(CasePlan::open).findFirst();
    }

    public JourneyState state() {
        return new JourneyState(record.stage(), openAssessment().isPresent(), assessmentAwaitingSignOff().isPresent(),
                openSection47().isPresent(), pending(Conference.Kind.INITIAL).isPresent(),
                pending(Conference.Kind.REVIEW).isPresent(), openPlan().map(CasePlan::kind).orElse(null));
    }
}
