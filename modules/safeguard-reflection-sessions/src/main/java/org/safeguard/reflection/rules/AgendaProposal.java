package org.safeguard.reflection.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The agenda a session is offered: the team's open families, never-discussed first (those open
 * longest first), then the longest since their last discussion, as many as the session has time
 * for. A family already on the agenda of an earlier scheduled session counts as discussed on that
 * session's date, so two upcoming sessions do not propose the same families. The facilitator
 * reorders, removes and adds afterwards; this only makes the first draft.
 */
public final class AgendaProposal {

    /**
     * A family the team holds, as the proposal sees it.
     *
     * @param openSince       the earliest opening date of its open cases with the team
     * @param lastDiscussedOn its latest discussion at any session; null: never
     * @param plannedOn       the date of an earlier scheduled session that has it on the agenda; null: none
     */
    public record Candidate(long familyId, String name, LocalDate openSince, LocalDate lastDiscussedOn,
                            LocalDate plannedOn) {

        /** The later of the last discussion and an earlier session's plan to discuss it. */
        public LocalDate lastOrPlanned() {
            if (lastDiscussedOn == null) {
                return plannedOn;
            }
            return plannedOn == null || lastDiscussedOn.isAfter(plannedOn) ? lastDiscussedOn : plannedOn;
        }
    }

    /** Oldest-discussed first; never discussed before all, the longest open of those first; then by name. */
    public static final Comparator<Candidate> ORDER = Comparator
            .comparing((Candidate c) -> c.lastOrPlanned() != null)
            .thenComparing(c -> c.lastOrPlanned() == null ? c.openSince() : c.lastOrPlanned(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Candidate::name, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Candidate::familyId);

    private AgendaProposal() {
    }

    /** How many families a session of this length has time for: at least one. */
    public static int capacity(int durationMinutes, int minutesPerFamily) {
        return Math.max(1, durationMinutes / Math.max(1, minutesPerFamily));
    }

    /** The first {@code capacity} families in {@link #ORDER}. */
    public static List<Candidate> propose(List<Candidate> candidates, int capacity) {
        return candidates.stream().sorted(ORDER).limit(Math.max(0, capacity)).toList();
    }

    /**
     * How many families will be due (or overdue) for discussion by the session's date, counting a
     * family planned for an earlier session as discussed then: when this is more than the session's
     * capacity, the page says how many will not fit.
     */
    public static int dueBy(List<Candidate> candidates, LocalDate sessionDate, int intervalDays) {
        return (int) candidates.stream()
                .filter(c -> c.openSince() != null || c.lastOrPlanned() != null)
                .filter(c -> !DiscussionDue.dueOn(c.lastOrPlanned(), c.openSince(), intervalDays).isAfter(sessionDate))
                .count();
    }
}
