package org.safeguard.fostering.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.safeguard.platform.api.security.CurrentUser;

/**
 * Service of the fostering module. Every lookup by a user keeps to the user's authority and to
 * where fostering is enabled; empty means "not there or not yours".
 */
public interface FosterCarers {

    /**
     * Approved, active households of the user's authority whose approval fits a placement starting
     * on {@code on}: the approval type allows it, every child's age on that date is inside the
     * approved range, and the household has room for all of them together (siblings are not split).
     * Best fit first (most free places used, then name).
     *
     * @param childrenDatesOfBirth one date of birth per child to be placed together (at least one)
     */
    List<CarerHousehold> candidates(CurrentUser user, List<LocalDate> childrenDatesOfBirth, LocalDate on);

    Optional<CarerHousehold> household(CurrentUser user, long householdId);

    /**
     * The household the fostering team has matched with this child (their case) and where the
     * child is not placed yet, if any: the module recording the placement offers it first.
     */
    Optional<CarerHousehold> currentMatch(CurrentUser user, long caseId);

    /**
     * Records that a child (their case in case records) now lives with the household, so the
     * household's vacancies count them. Called by the module that records the placement.
     *
     * @throws IllegalArgumentException when the household is not the user's, not approved, or full
     */
    void placementStarted(CurrentUser user, long householdId, long caseId, LocalDate from);

    /** The child has left the household (placement ended); unknown placements are ignored. */
    void placementEnded(CurrentUser user, long householdId, long caseId, LocalDate on);
}
