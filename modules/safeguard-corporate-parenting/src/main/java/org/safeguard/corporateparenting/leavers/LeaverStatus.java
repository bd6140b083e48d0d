package org.safeguard.corporateparenting.leavers;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import org.safeguard.corporateparenting.model.CareLeaver;
import org.safeguard.corporateparenting.model.LeaverCategory;
import org.safeguard.corporateparenting.rules.LeaverEligibility;
import org.safeguard.corporateparenting.rules.PathwaySchedule;
import org.safeguard.corporateparenting.rules.Timescale;

/**
 * Where a young person stands as a care leaver today: their category, until when they are
 * supported, their personal adviser, pathway plan and its next review, where they live and what
 * they do. Public for the templates.
 *
 * @param supported within the support age (to 21, or 25 on request)
 */
public record LeaverStatus(LeaverCategory category, int age, LocalDate supportEnds, boolean supported,
                           String personalAdviser, LocalDate pathwayPlanOn, LocalDate nextPathwayReview,
                           String pathwayStatus, String pathwayTagClass, String accommodation,
                           Boolean accommodationSuitable, String activity, boolean neet, boolean supportTo25,
                           boolean hasRecord, Integer version) {

    public static Optional<LeaverStatus> of(LocalDate dateOfBirth, List<LeaverEligibility.CarePeriod> periods,
                                            Optional<CareLeaver> record, List<LocalDate> pathwayReviews,
                                            int pathwayReviewMonths, LocalDate today) {
        Optional<LeaverCategory> category = LeaverEligibility.category(dateOfBirth, periods, today);
        if (category.isEmpty()) {
            return Optional.empty();
        }
        boolean to25 = record.map(CareLeaver::supportTo25).orElse(false);
        LocalDate ends = LeaverEligibility.supportEnds(dateOfBirth, to25);
        CareLeaver r = record.orElse(null);
        LocalDate planOn = r == null ? null : r.pathwayPlanOn();
        Optional<LocalDate> next = PathwaySchedule.nextReview(planOn, pathwayReviews, pathwayReviewMonths);
        String status;
        String tag;
        if (planOn == null) {
            status = "No pathway plan";
            tag = "govuk-tag--red";
        } else {
            Timescale t = Timescale.of(next.orElseThrow(), today);
            status = t == Timescale.OVERDUE ? "Review overdue" : t == Timescale.DUE_SOON ? "Review due soon" : "In date";
            tag = t.tagClass();
            if (t == Timescale.UPCOMING) {
                tag = "govuk-tag--green";
            }
        }
        return Optional.of(new LeaverStatus(category.get(), Period.between(dateOfBirth, today).getYears(), ends,
                today.isBefore(ends), r == null || r.personalAdviserName() == null ? "" : r.personalAdviserName(), planOn,
                next.orElse(null), status, tag, r == null || r.accommodation() == null ? "" : r.accommodation().label(),
                r == null ? null : r.accommodationSuitable(), r == null || r.activity() == null ? "" : r.activity().label(),
                r != null && r.activity() != null && r.activity().name().startsWith("NEET"), to25, r != null,
                r == null ? null : r.version()));
    }

    public boolean hasAdviser() {
        return !personalAdviser.isEmpty();
    }

    public boolean suitable() {
        return Boolean.TRUE.equals(accommodationSuitable);
    }

    public boolean unsuitable() {
        return Boolean.FALSE.equals(accommodationSuitable);
    }

    public String categoryLabel() {
        return category.label();
    }

    public String categoryDescription() {
        return category.description();
    }
}
