package org.safeguard.corporateparenting.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A care leaver's pathway plan: it should be in place from 16 (an eligible child's care plan
 * becomes a pathway plan) and is reviewed at least every six months (Care Leavers (England)
 * Regulations 2010, reg. 7; the interval is the authority's setting). The next review follows the
 * later of the plan and its last review; without a plan, none is due (the list shows the plan missing).
 */
public final class PathwaySchedule {

    private PathwaySchedule() {
    }

    public static Optional<LocalDate> nextReview(LocalDate planOn, List<LocalDate> reviews, int months) {
        if (planOn == null) {
            return Optional.empty();
        }
        LocalDate last = reviews.stream().filter(d -> !d.isBefore(planOn)).max(LocalDate::compareTo).orElse(planOn);
        return Optional.of(last.plusMonths(months));
    }
}
