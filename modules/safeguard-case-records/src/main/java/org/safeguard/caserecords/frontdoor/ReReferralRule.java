package org.safeguard.caserecords.frontdoor;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * When is a referral a re-referral? The DfE measure (and the seeds' KPI, 27% against a 23% target)
 * counts a referral "within 12 months of a previous referral" for the same child. We read that as:
 * the previous referral was made strictly after the same calendar date twelve months earlier, and
 * not after this referral. So a previous referral on 2 March 2025 makes a referral on 1 March 2026
 * a re-referral, but not one on 2 March 2026: exactly twelve months is no longer "within".
 * A previous referral on the same day still counts (a case closed and reopened the same day).
 * {@link LocalDate#minusMonths} clamps 29 February to 28 February, so for a referral on
 * 29 February 2028 the window starts after 28 February 2027.
 */
public final class ReReferralRule {

    public static final int WINDOW_MONTHS = 12;

    /** One of the child's earlier referrals. */
    public record PreviousReferral(long id, LocalDate referredOn) {}

    private ReReferralRule() {
    }

    /** The window opens after this date (exclusive): callers may pre-filter their query with it. */
    public static LocalDate windowOpensAfter(LocalDate referralDate) {
        return referralDate.minusMonths(WINDOW_MONTHS);
    }

    public static boolean within(LocalDate previousReferredOn, LocalDate referralDate) {
        return previousReferredOn.isAfter(windowOpensAfter(referralDate)) && !previousReferredOn.isAfter(referralDate);
    }

    /**
     * The referral this one repeats: the child's latest referral inside the window, or empty when
     * this is not a re-referral. Referrals dated after this one (a back-dated decision) are ignored.
     */
    public static Optional<PreviousReferral> previous(LocalDate referralDate, Collection<PreviousReferral> childsReferrals) {
        return childsReferrals.stream()
                .filter(r -> within(r.referredOn(), referralDate))
                .max(Comparator.comparing(PreviousReferral::referredOn).thenComparing(PreviousReferral::id));
    }
}
