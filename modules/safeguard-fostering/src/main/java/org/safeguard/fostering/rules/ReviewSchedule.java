package org.safeguard.fostering.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Annual reviews of a foster carer's approval. The Fostering Services (England) Regulations 2011,
 * reg. 28(2), require a review not more than a year after approval and then at intervals of not
 * more than a year, counted from the last review meeting; the first review goes to the fostering
 * panel (reg. 28(3)). How long an overdue review may wait before the carers are left out of
 * matching is the authority's grace period ({@code FosteringSettings}), a local choice.
 */
public final class ReviewSchedule {

    public static final int MONTHS_BETWEEN_REVIEWS = 12;

    public enum State {
        NOT_DUE("Not due"),
        DUE_SOON("Due soon"),
        OVERDUE("Overdue"),
        /** Overdue beyond the grace period: left out of matching and vacancies until reviewed. */
        LAPSED("Overdue: not offered for matching");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Still offered for matching (flagged when overdue). */
        public boolean matchable() {
            return this != LAPSED;
        }

        public boolean needsAttention() {
            return this != NOT_DUE;
        }
    }

    private ReviewSchedule() {
    }

    /** The latest review on or after the approval began, if any. */
    public static Optional<LocalDate> lastReview(LocalDate approvedSince, Collection<LocalDate> reviewDates) {
        return reviewDates.stream().filter(d -> !d.isBefore(approvedSince)).max(Comparator.naturalOrder());
    }

    /** Twelve months after the last review of this approval, or after the approval itself when none yet. */
    public static LocalDate due(LocalDate approvedSince, Collection<LocalDate> reviewDates) {
        return lastReview(approvedSince, reviewDates).orElse(approvedSince).plusMonths(MONTHS_BETWEEN_REVIEWS);
    }

    /** The next review is the first of this approval: it goes to the fostering panel. */
    public static boolean firstReview(LocalDate approvedSince, Collection<LocalDate> reviewDates) {
        return lastReview(approvedSince, reviewDates).isEmpty();
    }

    /**
     * On the due date itself the review is due, not overdue; from the day after it is overdue; more
     * than {@code graceDays} after it, lapsed.
     */
    public static State state(LocalDate due, LocalDate today, int graceDays, int dueSoonDays) {
        if (today.isAfter(due.plusDays(graceDays))) {
            return State.LAPSED;
        }
        if (today.isAfter(due)) {
            return State.OVERDUE;
        }
        if (!today.isBefore(due.minusDays(dueSoonDays))) {
            return State.DUE_SOON;
        }
        return State.NOT_DUE;
    }
}
