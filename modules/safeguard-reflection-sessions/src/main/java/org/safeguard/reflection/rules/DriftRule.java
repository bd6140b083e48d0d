package org.safeguard.reflection.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.safeguard.reflection.model.RiskRating;

/**
 * The drift signal: the over-optimism and delay the seeds name (000 §5.1, 004 §2.9–2.11) as the
 * module can see them. A family drifts when either
 * <ol>
 *   <li>a child has been on a child protection plan for the authority's threshold (9 months by
 *       default, when pre-proceedings is "mostly considered", 004 §2.43) and the risk rating has
 *       not improved across the sessions since the plan started: at least two discussions since
 *       then, and the latest rating is the same as or higher than the first; or</li>
 *   <li>its actions keep going unfinished: {@value #OVERDUE_ACTIONS} or more open actions past
 *       their due date, or an open action carried over {@value #CARRIED_OVER_SESSIONS} or more
 *       sessions (the family was discussed at that many later sessions and the action is still
 *       not done).</li>
 * </ol>
 * With fewer than two ratings since the plan started there is nothing to compare: a family not
 * discussed for that long shows on the coverage page as overdue instead.
 */
public final class DriftRule {

    /** Open actions past their due date that make a family drift. */
    public static final int OVERDUE_ACTIONS = 2;
    /** Later sessions at which an action was still open that make a family drift. */
    public static final int CARRIED_OVER_SESSIONS = 2;

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public enum Reason {
        RISK_NOT_IMPROVING("Risk not improving"),
        ACTIONS_OVERDUE("Actions overdue"),
        ACTIONS_CARRIED_OVER("Actions carried over");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A discussion of the family, at any session, with the rating it was given. */
    public record Rating(LocalDate discussedOn, RiskRating rating) {}

    /** An action not yet done: agreed at the session on {@code agreedOn}, due on {@code dueOn}. */
    public record OpenAction(LocalDate agreedOn, LocalDate dueOn) {}

    /**
     * What the rule needs to know about one open family.
     *
     * @param cpPlanSince the start of the longest-running open child protection plan among its children; null: none
     */
    public record FamilyRecord(long familyId, String name, LocalDate cpPlanSince, List<Rating> discussions,
                               List<OpenAction> openActions) {}

    /**
     * A drifting family and why, in sentences for the manager and clinician.
     *
     * @param latestRating the rating at its latest discussion; null when never rated
     */
    public record Signal(long familyId, String name, Set<Reason> reasons, List<String> explanations,
                         RiskRating latestRating, LocalDate cpPlanSince) {}

    private DriftRule() {
    }

    /** @param cpMonths the authority's threshold for a long child protection plan */
    public static Optional<Signal> assess(FamilyRecord family, LocalDate today, int cpMonths) {
        List<Rating> discussions = family.discussions().stream()
                .filter(r -> !r.discussedOn().isAfter(today))
                .sorted(Comparator.comparing(Rating::discussedOn))
                .toList();
        Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        List<String> explanations = new ArrayList<>();

        LocalDate planSince = family.cpPlanSince();
        if (planSince != null && !planSince.plusMonths(cpMonths).isAfter(today)) {
            List<Rating> sincePlan = discussions.stream().filter(r -> !r.discussedOn().isBefore(planSince)).toList();
            if (sincePlan.size() >= 2) {
                Rating first = sincePlan.get(0);
                Rating latest = sincePlan.get(sincePlan.size() - 1);
                if (!latest.rating().improvedOn(first.rating())) {
                    reasons.add(Reason.RISK_NOT_IMPROVING);
                    explanations.add("On a child protection plan for " + ChronoUnit.MONTHS.between(planSince, today)
                            + " months and the risk rating has not improved: " + first.rating().label() + " on "
                            + SHOWN.format(first.discussedOn()) + ", " + latest.rating().label() + " on "
                            + SHOWN.format(latest.discussedOn()) + " (" + sincePlan.size()
                            + " discussions since the plan started)");
                }
            }
        }

        long overdue = family.openActions().stream().filter(a -> a.dueOn().isBefore(today)).count();
        if (overdue >= OVERDUE_ACTIONS) {
            reasons.add(Reason.ACTIONS_OVERDUE);
            explanations.add(overdue + " actions are past their due date and not done");
        }

        int carriedOver = 0;
        int mostSessions = 0;
        for (OpenAction action : family.openActions()) {
            int later = (int) discussions.stream().filter(r -> r.discussedOn().isAfter(action.agreedOn())).count();
            if (later >= CARRIED_OVER_SESSIONS) {
                carriedOver++;
                mostSessions = Math.max(mostSessions, later);
            }
        }
        if (carriedOver > 0) {
            reasons.add(Reason.ACTIONS_CARRIED_OVER);
            explanations.add((carriedOver == 1 ? "1 action is" : carriedOver + " actions are")
                    + " still open after being carried over " + (mostSessions == CARRIED_OVER_SESSIONS
                    ? CARRIED_OVER_SESSIONS + " sessions" : "up to " + mostSessions + " sessions"));
        }

        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        RiskRating latest = discussions.isEmpty() ? null : discussions.get(discussions.size() - 1).rating();
        return Optional.of(new Signal(family.familyId(), family.name(), reasons, List.copyOf(explanations), latest,
                planSince));
    }
}
