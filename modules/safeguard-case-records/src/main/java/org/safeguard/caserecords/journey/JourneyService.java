package org.safeguard.caserecords.journey;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;

import org.safeguard.caserecords.CaseSettings;
import org.safeguard.caserecords.api.CaseStage;
import org.safeguard.caserecords.model.Assessment;
import org.safeguard.caserecords.model.AuthoritySettings;
import org.safeguard.caserecords.model.CasePlan;
import org.safeguard.caserecords.model.CaseRecord;
import org.safeguard.caserecords.model.ClosureReason;
import org.safeguard.caserecords.model.Conference;
import org.safeguard.caserecords.model.StrategyDiscussion;
import org.safeguard.platform.api.persistence.Transactions;

/**
 * Reads a case's journey and makes each of its changes in one transaction: the stage on the case
 * row (its version checked against the one the user's form was built from, then forced up so two
 * people recording the same step cannot both succeed), and the assessment, strategy discussion,
 * conference and plan rows. Callers validate the input first; a step the journey does not allow
 * any more throws {@link JourneyException}, a concurrent change {@link OptimisticLockException},
 * and either way nothing is written.
 */
public class JourneyService {

    /** Kinds of case note that are visits; the child must have been seen for one to count. */
    static final List<String> VISIT_KINDS = List.of("HOME_VISIT", "OFFICE_VISIT", "SCHOOL_VISIT");

    /** Never unbounded: a case has a handful of each; these caps only guard against bad data. */
    private static final int HISTORY_LIMIT = 200;

    /** One audit entry to write once the change is committed; the detail holds ids and codes only. */
    public record Change(String action, String detail) {}

    private final EntityManagerFactory factory;
    private final CaseJourney journey;
    private final CaseSettings settings;

    public JourneyService(EntityManagerFactory factory, CaseJourney journey, CaseSettings settings) {
        this.factory = factory;
        this.journey = journey;
        this.settings = settings;
    }

    public CaseJourney journey() {
        return journey;
    }

    // ----- reading -----

    public Optional<CaseFile> load(long caseId) {
        return Transactions.read(factory, em -> {
            CaseRecord record = em.find(CaseRecord.class, caseId);
            if (record == null) {
                return Optional.empty();
            }
            List<Assessment> assessments = em.createQuery("SELECT a FROM Assessment a WHERE a.caseId = :c"
                            + " ORDER BY a.startedOn DESC, a.id DESC", Assessment.class)
                    .setParameter("c", caseId).setMaxResults(HISTORY_LIMIT).getResultList();
            List<StrategyDiscussion> strategies = em.createQuery("SELECT s FROM StrategyDiscussion s WHERE s.caseId = :c"
                            + " ORDER BY s.heldOn DESC, s.id DESC", StrategyDiscussion.class)
                    .setParameter("c", caseId).setMaxResults(HISTORY_LIMIT).getResultList();
            List<Conference> conferences = em.createQuery("SELECT f FROM Conference f WHERE f.caseId = :c"
                            + " ORDER BY f.dueOn DESC, f.id DESC", Conference.class)
                    .setParameter("c", caseId).setMaxResults(HISTORY_LIMIT).getResultList();
            List<CasePlan> plans = em.createQuery("SELECT p FROM CasePlan p WHERE p.caseId = :c"
                            + " ORDER BY p.startedOn DESC, p.id DESC", CasePlan.class)
                    .setParameter("c", caseId).setMaxResults(HISTORY_LIMIT).getResultList();
            return Optional.of(new CaseFile(record, referrals(em, caseId), assessments, strategies, conferences,
                    plans, lastVisit(em, caseId)));
        });
    }

    private static List<CaseFile.ReferralRow> referrals(EntityManager em, long caseId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, referred_on, re_referral, contact_id FROM cr_referral"
                        + " WHERE case_id = ? ORDER BY referred_on DESC, id DESC")
                .setParameter(1, caseId).setMaxResults(HISTORY_LIMIT).getResultList();
        List<CaseFile.ReferralRow> referrals = new ArrayList<>();
        for (Object[] row : rows) {
            referrals.add(new CaseFile.ReferralRow(((Number) row[0]).longValue(), localDate(row[1]),
                    bool(row[2]), row[3] == null ? null : ((Number) row[3]).longValue()));
        }
        return referrals;
    }

    /** The last home, office or school visit at which the child was seen (the notes slice owns cr_case_note). */
    static LocalDate lastVisit(EntityManager em, long caseId) {
        Object last = em.createNativeQuery("SELECT MAX(occurred_on) FROM cr_case_note WHERE case_id = ?"
                        + " AND kind IN (?, ?, ?) AND child_seen = ?")
                .setParameter(1, caseId)
                .setParameter(2, VISIT_KINDS.get(0))
                .setParameter(3, VISIT_KINDS.get(1))
                .setParameter(4, VISIT_KINDS.get(2))
                .setParameter(5, Boolean.TRUE)
                .getSingleResult();
        return localDate(last);
    }

    private static LocalDate localDate(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        if (value instanceof java.util.Date date) {
            return new Date(date.getTime()).toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }

    private static boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.intValue() != 0;
        }
        return value != null && Boolean.parseBoolean(value.toString());
    }

    // ----- changing -----

    public List<Change> completeAssessment(long caseId, int version, long assessmentId, LocalDate on,
                                           Assessment.Outcome outcome, String analysis, String byName) {
        return write(caseId, version, (em, record, changes) -> {
            Assessment assessment = em.find(Assessment.class, assessmentId);
            if (assessment == null || assessment.caseId() != caseId || assessment.completed()) {
                throw new JourneyException("There is no assessment to complete on this case.");
            }
            Move move = Move.afterAssessment(outcome);
            CaseStage to = CaseJourney.next(record.stage(), move);
            assessment.complete(on, outcome, analysis, byName);
            changes.add(new Change("assessment.complete", "assessment=" + assessmentId + ";outcome=" + outcome.name()));
            if (outcome == Assessment.Outcome.CARE_PROCEEDINGS && record.careProceedingsFrom() == null) {
                record.markCareProceedings(on);
                changes.add(new Change("case.marker", "careProceedings=" + on));
            }
            move(em, record, move, to, on, null, null, changes);
        });
    }

    public List<Change> signOffAssessment(long caseId, int version, long assessmentId, LocalDate on,
                                          long userId, String name) {
        return write(caseId, version, (em, record, changes) -> {
            Assessment assessment = em.find(Assessment.class, assessmentId);
            if (assessment == null || assessment.caseId() != caseId || !assessment.completed() || assessment.signedOff()) {
                throw new JourneyException("There is no completed assessment waiting for sign-off on this case.");
            }
            assessment.signOff(on, userId, name);
            changes.add(new Change("assessment.signoff", "assessment=" + assessmentId));
        });
    }

    public List<Change> recordStrategyDiscussion(long caseId, int version, LocalDate heldOn, String attendees,
                                                 boolean section47, String byName) {
        return write(caseId, version, (em, record, changes) -> {
            Move move = Move.afterStrategyDiscussion(section47);
            CaseStage to = CaseJourney.next(record.stage(), move);
            LocalDate conferenceDue = section47 ? journey.initialConferenceDue(heldOn) : null;
            StrategyDiscussion discussion = new StrategyDiscussion(caseId, heldOn, attendees, section47, conferenceDue, byName);
            em.persist(discussion);
            if (section47) {
                // the conference is due from now: the row lets the work tray see it coming
                em.persist(new Conference(caseId, null, Conference.Kind.INITIAL, conferenceDue));
            }
            em.flush();
            changes.add(new Change("strategy.record", "strategy=" + discussion.id() + ";section47=" + section47));
            move(em, record, move, to, heldOn, null, null, changes);
        });
    }

    public List<Change> recordSection47(long caseId, int version, long strategyId, LocalDate completedOn,
                                        StrategyDiscussion.Section47Outcome outcome) {
        return write(caseId, version, (em, record, changes) -> {
            StrategyDiscussion discussion = em.find(StrategyDiscussion.class, strategyId);
            if (discussion == null || discussion.caseId() != caseId || !discussion.section47Open()) {
                throw new JourneyException("There is no section 47 enquiry waiting for an outcome on this case.");
            }
            Move move = Move.afterSection47(outcome);
            CaseStage to = CaseJourney.next(record.stage(), move);
            discussion.concludeSection47(completedOn, outcome);
            changes.add(new Change("s47.record", "strategy=" + strategyId + ";outcome=" + outcome.name()));
            move(em, record, move, to, completedOn, null, null, changes);
        });
    }

    /** @param category required for a plan; @param next required without one */
    public List<Change> recordInitialConference(long caseId, int version, long conferenceId, LocalDate heldOn,
                                                Conference.Outcome outcome, CasePlan.Category category,
                                                NextStep next, String chairName) {
        return write(caseId, version, (em, record, changes) -> {
            Conference conference = pendingConference(em, caseId, conferenceId, Conference.Kind.INITIAL);
            Move move = Move.afterInitialConference(outcome, next);
            CaseStage to = CaseJourney.next(record.stage(), move);
            conference.hold(heldOn, outcome, chairName);
            changes.add(new Change("conference.record", "conference=" + conferenceId + ";kind=INITIAL;outcome="
                    + outcome.name() + (category == null ? "" : ";category=" + category.name())));
            CasePlan plan = move(em, record, move, to, heldOn, null, category, changes);
            if (plan != null && plan.kind() == CasePlan.Kind.CHILD_PROTECTION) {
                conference.forPlan(plan.id());
                em.persist(new Conference(caseId, plan.id(), Conference.Kind.REVIEW, plan.nextReviewDueOn()));
            }
        });
    }

    public List<Change> recordReviewConference(long caseId, int version, long conferenceId, LocalDate heldOn,
                                               Conference.Outcome outcome, NextStep next, String chairName) {
        return write(caseId, version, (em, record, changes) -> {
            Conference conference = pendingConference(em, caseId, conferenceId, Conference.Kind.REVIEW);
            Move move = Move.afterReviewConference(outcome, next);
            CaseStage to = CaseJourney.next(record.stage(), move);
            conference.hold(heldOn, outcome, chairName);
            changes.add(new Change("conference.record", "conference=" + conferenceId + ";kind=REVIEW;outcome="
                    + outcome.name()));
            if (move == Move.REVIEW_CONTINUE) {
                LocalDate nextDue = CaseJourney.nextReviewDue(heldOn);
                CasePlan plan = openPlans(em, caseId).stream()
                        .filter(p -> p.kind() == CasePlan.Kind.CHILD_PROTECTION).findFirst()
                        .orElseThrow(() -> new JourneyException("This case has no open child protection plan to review."));
                plan.reviewDue(nextDue);
                em.persist(new Conference(caseId, plan.id(), Conference.Kind.REVIEW, nextDue));
            }
            move(em, record, move, to, heldOn, null, null, changes);
        });
    }

    public List<Change> startChildInNeedPlan(long caseId, int version, LocalDate startedOn) {
        return write(caseId, version, (em, record, changes) -> {
            if (!openPlans(em, caseId).isEmpty()) {
                throw new JourneyException("This case already has an open plan.");
            }
            Move move = Move.START_CHILD_IN_NEED_PLAN;
            move(em, record, move, CaseJourney.next(record.stage(), move), startedOn, null, null, changes);
        });
    }

    /** Null clears a marker. */
    public List<Change> setProceedings(long caseId, int version, LocalDate preProceedingsFrom,
                                       LocalDate careProceedingsFrom) {
        return write(caseId, version, (em, record, changes) -> {
            if (!record.open()) {
                throw new JourneyException("This case is closed, so you cannot change its proceedings markers.");
            }
            record.markPreProceedings(preProceedingsFrom);
            record.markCareProceedings(careProceedingsFrom);
            changes.add(new Change("case.marker", "preProceedings=" + (preProceedingsFrom == null ? "none" : preProceedingsFrom)
                    + ";careProceedings=" + (careProceedingsFrom == null ? "none" : careProceedingsFrom)));
        });
    }

    public List<Change> stepDownToEarlyHelp(long caseId, int version, LocalDate on) {
        return write(caseId, version, (em, record, changes) -> {
            Move move = Move.STEP_DOWN_EARLY_HELP;
            move(em, record, move, CaseJourney.next(record.stage(), move), on, null, null, changes);
        });
    }

    public List<Change> close(long caseId, int version, LocalDate on, ClosureReason reason) {
        return write(caseId, version, (em, record, changes) -> {
            Move move = Move.CLOSE;
            move(em, record, move, CaseJourney.next(record.stage(), move), on, reason, null, changes);
        });
    }

    // ----- the effects every move shares -----

    /**
     * Ends the plans the move ends, starts the plan it starts, closes the case or moves its stage,
     * and drops conferences that can no longer happen (any not held, once the case leaves child
     * protection). Returns the plan started, if any.
     */
    private CasePlan move(EntityManager em, CaseRecord record, Move move, CaseStage to, LocalDate on,
                          ClosureReason chosen, CasePlan.Category category, List<Change> changes) {
        long caseId = record.id();
        CaseStage from = record.stage();
        ClosureReason closure = to == CaseStage.CLOSED ? CaseJourney.closureReason(move, chosen) : null;
        if (closure != null) {
            // before the plan changes it causes, so a closure's audit entries read in order
            changes.add(new Change("case.close", "reason=" + closure.name()));
        }
        boolean childInNeedPlanOpen = false;
        for (CasePlan plan : openPlans(em, caseId)) {
            CasePlan.EndReason reason = CaseJourney.planEnded(move, plan.kind(), chosen);
            if (reason == null) {
                childInNeedPlanOpen |= plan.kind() == CasePlan.Kind.CHILD_IN_NEED;
                continue;
            }
            plan.end(on, reason);
            changes.add(new Change("plan.end", "plan=" + plan.id() + ";kind=" + plan.kind().name() + ";reason=" + reason.name()));
        }
        CasePlan started = null;
        CasePlan.Kind kind = CaseJourney.planStarted(move);
        if (kind == CasePlan.Kind.CHILD_PROTECTION || (kind == CasePlan.Kind.CHILD_IN_NEED && !childInNeedPlanOpen)) {
            // the visit interval is the authority's setting today, kept with the plan
            AuthoritySettings authority = settings.forAuthority(record.authorityId());
            boolean protection = kind == CasePlan.Kind.CHILD_PROTECTION;
            started = new CasePlan(caseId, kind, protection ? category : null, on,
                    CaseJourney.visitInterval(kind, authority), protection ? CaseJourney.firstReviewDue(on) : null);
            em.persist(started);
            em.flush();
            changes.add(new Change("plan.start", "plan=" + started.id() + ";kind=" + kind.name()
                    + (protection && category != null ? ";category=" + category.name() : "")));
        }
        if (closure != null) {
            record.close(on, closure);
        } else {
            record.moveTo(to);
        }
        if (to != CaseStage.CHILD_PROTECTION_ENQUIRY && to != CaseStage.CHILD_PROTECTION) {
            // flushed first: a conference just held in this transaction is still "not held" in the database
            em.flush();
            em.createQuery("DELETE FROM Conference f WHERE f.caseId = :c AND f.heldOn IS NULL")
                    .setParameter("c", caseId).executeUpdate();
        }
        if (from != to && !changes.isEmpty()) {
            // the step's own entry (the first) says where the case went
            Change first = changes.get(0);
            changes.set(0, new Change(first.action(), first.detail() + ";stage=" + from.name() + ">" + to.name()));
        }
        return started;
    }

    private static List<CasePlan> openPlans(EntityManager em, long caseId) {
        return em.createQuery("SELECT p FROM CasePlan p WHERE p.caseId = :c AND p.endedOn IS NULL", CasePlan.class)
                .setParameter("c", caseId).getResultList();
    }

    private static Conference pendingConference(EntityManager em, long caseId, long conferenceId, Conference.Kind kind) {
        Conference conference = em.find(Conference.class, conferenceId);
        if (conference == null || conference.caseId() != caseId || conference.kind() != kind || conference.held()) {
            throw new JourneyException(kind == Conference.Kind.INITIAL
                    ? "No initial child protection conference is due on this case."
                    : "No review conference is due on this case.");
        }
        return conference;
    }

    @FunctionalInterface
    private interface Work {
        void apply(EntityManager em, CaseRecord record, List<Change> changes);
    }

    private List<Change> write(long caseId, int version, Work work) {
        return Transactions.inTransaction(factory, em -> {
            CaseRecord record = em.find(CaseRecord.class, caseId);
            if (record == null) {
                throw new JourneyException("This case no longer exists.");
            }
            if (record.version() != version) {
                throw new OptimisticLockException("case " + caseId + " is at version " + record.version()
                        + ", the form was built from " + version);
            }
            // every step changes the case's version, so a second submission of the same step is refused
            em.lock(record, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            List<Change> changes = new ArrayList<>();
            work.apply(em, record, changes);
            em.flush();
            return changes;
        });
    }
}
