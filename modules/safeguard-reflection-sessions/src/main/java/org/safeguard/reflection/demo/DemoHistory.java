package org.safeguard.reflection.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.safeguard.reflection.model.RiskRating;
import org.safeguard.reflection.rules.AgendaProposal;

/**
 * A team's recent months of reflection sessions, planned in memory so the rules that shape it can
 * be tested without a database: weekly sessions on Wednesday mornings for {@value #WEEKS} weeks, one
 * cancelled (the clinician on leave), each agenda proposed by the module's own rule and not always
 * finished, ratings that improve for most families and stay put on some long child protection
 * plans, actions mostly done except where the family is stuck; and next week's session scheduled.
 * Coverage and drift then show what they are for: some families overdue, some drifting.
 */
final class DemoHistory {

    static final int WEEKS = 16;
    static final int CANCELLED_WEEK = 6;
    static final LocalTime STARTS = LocalTime.of(10, 0);
    static final int MINUTES = 120;
    static final int CAPACITY = 12;
    static final int DRIFT_MONTHS = 9;

    /** A family as the demo sees it. @param leadWorkerId the lead worker of one of its open cases, if any */
    record Family(long id, String name, LocalDate openSince, LocalDate cpPlanSince, Long leadWorkerId) {}

    record PlannedAction(String description, long ownerId, LocalDate dueOn, LocalDate doneOn) {}

    record PlannedDiscussion(long familyId, RiskRating rating, String hypotheses, String risks, String protective,
                             String lived, String decisions, List<PlannedAction> actions) {}

    /** @param status CLOSED, CANCELLED or SCHEDULED */
    record PlannedSession(LocalDate on, String status, List<Long> agenda, List<PlannedDiscussion> discussions) {}

    private DemoHistory() {
    }

    /**
     * @param owners who may own actions (the team's practitioners); a family's lead worker is preferred when among them
     */
    static List<PlannedSession> plan(List<Family> families, List<Long> owners, LocalDate today, Random rnd) {
        Map<Long, DemoDiscussions.Trajectory> trajectory = new HashMap<>();
        Map<Long, RiskRating> start = new HashMap<>();
        for (Family family : families) {
            boolean longPlan = family.cpPlanSince() != null && !family.cpPlanSince().plusMonths(DRIFT_MONTHS).isAfter(today);
            if (longPlan) {
                trajectory.put(family.id(), rnd.nextInt(10) < 6 ? DemoDiscussions.Trajectory.STUCK
                        : DemoDiscussions.Trajectory.IMPROVING);
                start.put(family.id(), rnd.nextInt(10) < 3 ? RiskRating.VERY_HIGH : RiskRating.HIGH);
            } else if (family.cpPlanSince() != null) {
                trajectory.put(family.id(), rnd.nextBoolean() ? DemoDiscussions.Trajectory.IMPROVING
                        : DemoDiscussions.Trajectory.STEADY);
                start.put(family.id(), RiskRating.HIGH);
            } else {
                trajectory.put(family.id(), rnd.nextInt(10) < 7 ? DemoDiscussions.Trajectory.STEADY
                        : DemoDiscussions.Trajectory.IMPROVING);
                start.put(family.id(), rnd.nextBoolean() ? RiskRating.MEDIUM : RiskRating.LOW);
            }
        }
        Map<Long, LocalDate> last = new HashMap<>();
        Map<Long, Integer> count = new HashMap<>();
        List<PlannedSession> sessions = new ArrayList<>();
        for (int week = WEEKS; week >= 1; week--) {
            LocalDate on = today.minusWeeks(week).with(TemporalAdjusters.previousOrSame(DayOfWeek.WEDNESDAY));
            List<Long> agenda = propose(families, last, on);
            if (week == CANCELLED_WEEK) {
                sessions.add(new PlannedSession(on, "CANCELLED", agenda, List.of()));
                continue;
            }
            // sometimes the discussion runs long and the last families on the agenda wait for next time
            int discussed = Math.max(0, agenda.size() - rnd.nextInt(3));
            List<PlannedDiscussion> discussions = new ArrayList<>();
            for (long familyId : agenda.subList(0, discussed)) {
                Family family = families.stream().filter(f -> f.id() == familyId).findFirst().orElseThrow();
                int n = count.merge(familyId, 1, Integer::sum) - 1;
                DemoDiscussions.Trajectory path = trajectory.get(familyId);
                discussions.add(discussion(family, path, path.rating(n, start.get(familyId)), owners, on, today, rnd));
                last.put(familyId, on);
            }
            sessions.add(new PlannedSession(on, "CLOSED", agenda, discussions));
        }
        LocalDate next = today.with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
        sessions.add(new PlannedSession(next, "SCHEDULED", propose(families, last, next), List.of()));
        return sessions;
    }

    private static List<Long> propose(List<Family> families, Map<Long, LocalDate> last, LocalDate on) {
        List<AgendaProposal.Candidate> candidates = families.stream()
                .filter(f -> !f.openSince().isAfter(on))
                .map(f -> new AgendaProposal.Candidate(f.id(), f.name(), f.openSince(), last.get(f.id()), null))
                .toList();
        return AgendaProposal.propose(candidates, CAPACITY).stream().map(AgendaProposal.Candidate::familyId).toList();
    }

    private static PlannedDiscussion discussion(Family family, DemoDiscussions.Trajectory path, RiskRating rating,
                                                List<Long> owners, LocalDate on, LocalDate today, Random rnd) {
        List<PlannedAction> actions = new ArrayList<>();
        int wanted = path == DemoDiscussions.Trajectory.STUCK ? 2 : rnd.nextInt(3);
        for (int i = 0; i < wanted && !owners.isEmpty(); i++) {
            long owner = family.leadWorkerId() != null && owners.contains(family.leadWorkerId()) && i == 0
                    ? family.leadWorkerId() : owners.get(rnd.nextInt(owners.size()));
            LocalDate due = on.plusDays(rnd.nextBoolean() ? 14 : 21);
            // stuck families leave most of their actions undone; the rest are mostly done near their date
            int donePercent = path == DemoDiscussions.Trajectory.STUCK ? 15 : 85;
            LocalDate doneOn = null;
            if (due.isBefore(today) && rnd.nextInt(100) < donePercent) {
                LocalDate candidate = due.minusDays(rnd.nextInt(10));
                doneOn = candidate.isAfter(on) ? candidate : on.plusDays(1);
            }
            actions.add(new PlannedAction(DemoDiscussions.pick(DemoDiscussions.ACTIONS, rnd), owner, due, doneOn));
        }
        return new PlannedDiscussion(family.id(), rating, rnd.nextBoolean() ? DemoDiscussions.pick(DemoDiscussions.HYPOTHESES, rnd) : null,
                DemoDiscussions.pick(DemoDiscussions.RISKS, rnd), DemoDiscussions.pick(DemoDiscussions.PROTECTIVE, rnd),
                DemoDiscussions.pick(DemoDiscussions.LIVED, rnd),
                rnd.nextInt(3) > 0 ? DemoDiscussions.pick(DemoDiscussions.DECISIONS, rnd) : null, actions);
    }
}
