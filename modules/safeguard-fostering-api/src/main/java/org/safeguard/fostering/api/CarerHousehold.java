package org.safeguard.fostering.api;

import java.time.LocalDate;

/**
 * An approved foster carer household as other modules see it.
 *
 * @param name           how staff name the household, e.g. "Jane and Sam Hartley"
 * @param approvalType   "Mainstream", "Kinship / connected person" or "Short breaks"
 * @param ageFrom        youngest age approved for, in years
 * @param ageTo          oldest age approved for, in years
 * @param places         how many children the approval allows at once
 * @param placedNow      children living there now
 * @param nextReviewDue  the annual review's due date
 */
public record CarerHousehold(long id, long authorityId, String name, String approvalType, int ageFrom, int ageTo,
                             int places, int placedNow, LocalDate nextReviewDue) {

    public int vacancies() {
        return Math.max(0, places - placedNow);
    }
}
