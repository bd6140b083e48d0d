package org.safeguard.reflection.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A team's coverage: of its open families, how many were discussed within the authority's interval,
 * which are overdue and which are too new to be due yet. The three always add up to the whole.
 * A family discussed exactly one interval ago is due today and not yet overdue.
 */
public final class Coverage {

    /**
     * @param openSince       the earliest opening date of its open cases with the team
     * @param lastDiscussedOn its latest discussion at any session; null: never
     */
    public record FamilyState(long familyId, String name, LocalDate openSince, LocalDate lastDiscussedOn) {}

    /** An open family past its due date; {@code lastDiscussedOn} null when never discussed. */
    public record Overdue(long familyId, String name, LocalDate lastDiscussedOn, LocalDate dueOn, long daysOverdue) {}

    /**
     * @param discussedWithin discussed no longer than one interval ago
     * @param notYetDue       never discussed, but open for less than one interval
     * @param overdue         most overdue first
     */
    public record Result(int openFamilies, int discussedWithin, int notYetDue, List<Overdue> overdue) {

        /** The share discussed within the interval, rounded down so a team one family short never shows 100; null with no open families. */
        public Integer percent() {
            return openFamilies == 0 ? null : discussedWithin * 100 / openFamilies;
        }

        public int overdueCount() {
            return overdue.size();
        }
    }

    private Coverage() {
    }

    public static Result of(List<FamilyState> families, LocalDate today, int intervalDays) {
        int within = 0;
        int notYetDue = 0;
        List<Overdue> overdue = new ArrayList<>();
        for (FamilyState family : families) {
            LocalDate due = DiscussionDue.dueOn(family.lastDiscussedOn(), family.openSince(), intervalDays);
            if (due.isBefore(today)) {
                overdue.add(new Overdue(family.familyId(), family.name(), family.lastDiscussedOn(), due,
                        ChronoUnit.DAYS.between(due, today)));
            } else if (family.lastDiscussedOn() != null) {
                within++;
            } else {
                notYetDue++;
            }
        }
        overdue.sort(Comparator.comparing(Overdue::dueOn)
                .thenComparing(Overdue::name, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Overdue::familyId));
        return new Result(families.size(), within, notYetDue, List.copyOf(overdue));
    }
}
