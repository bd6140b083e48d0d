package org.safeguard.corporateparenting.rules;

import java.time.LocalDate;

import org.safeguard.corporateparenting.model.CareSettings;

/**
 * When the child's social worker must next visit them in their placement (Care Planning, Placement
 * and Case Review (England) Regulations 2010, reg. 28): within one week of the start of any
 * placement, then at intervals of not more than six weeks for the first year of the placement,
 * and after that not more than three months where the placement is intended to last until the
 * child is 18 (long-term), six weeks otherwise. The numbers are the authority's settings, which may
 * be more frequent but not less. Visits come from case records (the latest visit recorded on the
 * child's case); a visit before the current placement started does not count for it.
 */
public final class VisitSchedule {

    /**
     * @param placementStart the current placement's start, or the day the child came into care when
     *                       no placement is recorded yet
     * @param longTerm       the current placement is intended to last until the child is 18
     * @param lastVisit      the latest visit recorded on the child's case; null when none
     */
    public static LocalDate nextDue(LocalDate placementStart, boolean longTerm, LocalDate lastVisit, CareSettings settings) {
        if (lastVisit == null || lastVisit.isBefore(placementStart)) {
            return placementStart.plusDays(settings.firstVisitDays());
        }
        boolean afterFirstYear = !lastVisit.isBefore(placementStart.plusYears(1));
        int interval = longTerm && afterFirstYear ? settings.longTermVisitIntervalDays() : settings.visitIntervalDays();
        return lastVisit.plusDays(interval);
    }

    private VisitSchedule() {
    }
}
