package org.safeguard.corporateparenting.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.safeguard.corporateparenting.model.Accommodation;
import org.safeguard.corporateparenting.model.Activity;
import org.safeguard.corporateparenting.model.CareLeaver;
import org.safeguard.corporateparenting.model.LeaverCategory;
import org.safeguard.corporateparenting.rules.LeaverEligibility;
import org.safeguard.corporateparenting.web.Staff;

/**
 * Leaving care support for the demo's care leavers: most have a personal adviser and a pathway
 * plan in date; of those 18 and over about nine in ten live somewhere suitable (seed 001: 90%,
 * target 95%); about four in ten are not in education, employment or training.
 */
final class DemoLeavers {

    private DemoLeavers() {
    }

    static Optional<CareLeaver> leaver(Random rnd, CareStory.Child child, List<Staff.Member> advisers, LocalDate today) {
        Optional<LeaverCategory> category = LeaverEligibility.category(child.born(), List.of(new LeaverEligibility.CarePeriod(
                child.cameIn(), child.leftOn(), child.reason())), today);
        if (category.isEmpty() || !today.isBefore(LeaverEligibility.supportEnds(child.born(), true))
                || rnd.nextDouble() < 0.12) {
            return Optional.empty();
        }
        boolean adult = category.get() == LeaverCategory.FORMER_RELEVANT || CareStory.age(child.born(), today) >= 18;
        boolean to25 = CareStory.age(child.born(), today) >= 21 || (adult && rnd.nextDouble() < 0.2);
        if (!to25 && !today.isBefore(LeaverEligibility.supportEnds(child.born(), false))) {
            return Optional.empty();
        }
        CareLeaver leaver = new CareLeaver(child.authorityId(), child.childId());
        Staff.Member adviser = advisers.isEmpty() || rnd.nextDouble() < 0.08 ? null : advisers.get(rnd.nextInt(advisers.size()));
        LocalDate planOn = rnd.nextDouble() < 0.9 ? latest(today.minusDays(rnd.nextInt(rnd.nextDouble() < 0.85 ? 175 : 260)),
                child.born().plusYears(16)) : null;
        Accommodation where = null;
        Boolean suitable = null;
        Activity doing = null;
        if (adult) {
            double u = rnd.nextDouble();
            where = u < 0.15 ? Accommodation.STAYING_PUT : u < 0.3 ? Accommodation.SUPPORTED_LODGINGS
                    : u < 0.52 ? Accommodation.SUPPORTED_ACCOMMODATION : u < 0.77 ? Accommodation.INDEPENDENT
                    : u < 0.87 ? Accommodation.WITH_FAMILY : u < 0.93 ? Accommodation.STUDENT
                    : u < 0.96 ? Accommodation.EMERGENCY : u < 0.98 ? Accommodation.CUSTODY : Accommodation.NO_FIXED_ADDRESS;
            suitable = where != Accommodation.EMERGENCY && where != Accommodation.CUSTODY
                    && where != Accommodation.NO_FIXED_ADDRESS && rnd.nextDouble() < 0.97;
        }
        if (CareStory.age(child.born(), today) >= 16) {
            double u = rnd.nextDouble();
            doing = u < 0.08 ? Activity.HIGHER_EDUCATION : u < 0.33 ? Activity.EDUCATION : u < 0.43 ? Activity.TRAINING
                    : u < 0.6 ? Activity.EMPLOYMENT : u < 0.7 ? Activity.NEET_ILLNESS : u < 0.78 ? Activity.NEET_PARENTING
                    : Activity.NEET_OTHER;
        }
        leaver.update(adviser == null ? null : adviser.userId(), adviser == null ? null : adviser.name(), planOn, where,
                suitable, doing, to25, CareStory.BY, today.atTime(9, 0));
        return Optional.of(leaver);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
