package org.safeguard.corporateparenting.rules;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.safeguard.corporateparenting.model.LeaverCategory;
import org.safeguard.corporateparenting.model.LeavingReason;

/**
 * Which category of care leaver a young person is, from their periods of care and age (Children
 * Act 1989 as amended by the Children (Leaving Care) Act 2000: Schedule 2 para 19B, ss. 23A, 23C,
 * 24; Care Leavers (England) Regulations 2010), and until when they are supported (to 21, to 25
 * on request: Children and Social Work Act 2017):
 * <ul>
 * <li><b>eligible</b>: 16 or 17, in care, looked after for at least 13 weeks (91 days) in total
 * since their 14th birthday, some of it after their 16th;</li>
 * <li><b>relevant</b>: 16 or 17, left care having been eligible — unless they went home and have
 * lived there for six months (then qualifying);</li>
 * <li><b>former relevant</b>: 18 or over, and eligible on the day before their 18th birthday or
 * relevant then;</li>
 * <li><b>qualifying</b>: 16 or over, looked after at some time after their 16th birthday but none
 * of the above (too short a time in care, a special guardianship order...).</li>
 * </ul>
 * A young person adopted from their last period of care is none of these: they have adoptive
 * parents and adoption support. A period of care includes the day the child came in and not the day they left. Periods recorded
 * before the platform are not known to it: record them so the category is right.
 */
public final class LeaverEligibility {

    public static final int THIRTEEN_WEEKS = 91;
    public static final int SUPPORT_TO = 21;
    public static final int SUPPORT_ON_REQUEST_TO = 25;

    /** A period of care as the rule sees it; {@code endedOn} null while it continues. */
    public record CarePeriod(LocalDate startedOn, LocalDate endedOn, LeavingReason reason) {}

    private LeaverEligibility() {
    }

    public static Optional<LeaverCategory> category(LocalDate dateOfBirth, List<CarePeriod> periods, LocalDate today) {
        int age = Period.between(dateOfBirth, today).getYears();
        if (age < 16 || periods.isEmpty() || adoptedLast(periods)) {
            return Optional.empty();
        }
        LocalDate sixteenth = dateOfBirth.plusYears(16);
        if (age < 18) {
            if (inCare(periods, today)) {
                return eligibleOn(dateOfBirth, periods, today) ? Optional.of(LeaverCategory.ELIGIBLE) : Optional.empty();
            }
            return leftAsEligible(dateOfBirth, periods, today)
                    ? Optional.of(LeaverCategory.RELEVANT)
                    : lookedAfterSince(periods, sixteenth, today) ? Optional.of(LeaverCategory.QUALIFYING) : Optional.empty();
        }
        LocalDate eve = dateOfBirth.plusYears(18).minusDays(1);
        boolean eligibleAt18 = inCare(periods, eve) && eligibleOn(dateOfBirth, periods, eve);
        boolean relevantAt18 = !inCare(periods, eve) && leftAsEligible(dateOfBirth, periods, eve);
        if (eligibleAt18 || relevantAt18) {
            return Optional.of(LeaverCategory.FORMER_RELEVANT);
        }
        return lookedAfterSince(periods, sixteenth, today) ? Optional.of(LeaverCategory.QUALIFYING) : Optional.empty();
    }

    /** The day support ends: the 21st birthday, or the 25th when the young person asked for support to 25. */
    public static LocalDate supportEnds(LocalDate dateOfBirth, boolean to25) {
        return dateOfBirth.plusYears(to25 ? SUPPORT_ON_REQUEST_TO : SUPPORT_TO);
    }

    /** Adopted from their last period of care: they have a family, and adoption support rather than leaving care. */
    private static boolean adoptedLast(List<CarePeriod> periods) {
        return periods.stream().max(Comparator.comparing(CarePeriod::startedOn))
                .map(p -> p.reason() == LeavingReason.ADOPTION).orElse(false);
    }

    /** Days looked after from the 14th birthday up to, not including, {@code until}. */
    static long daysSinceFourteen(LocalDate dateOfBirth, List<CarePeriod> periods, LocalDate until) {
        LocalDate fourteenth = dateOfBirth.plusYears(14);
        long days = 0;
        for (CarePeriod p : periods) {
            LocalDate from = p.startedOn().isAfter(fourteenth) ? p.startedOn() : fourteenth;
            LocalDate to = p.endedOn() == null || p.endedOn().isAfter(until) ? until : p.endedOn();
            if (from.isBefore(to)) {
                days += ChronoUnit.DAYS.between(from, to);
            }
        }
        return days;
    }

    /** Eligible on {@code day}: 13 weeks since 14 counted to the end of that day, in care after 16. */
    private static boolean eligibleOn(LocalDate dateOfBirth, List<CarePeriod> periods, LocalDate day) {
        LocalDate sixteenth = dateOfBirth.plusYears(16);
        return !day.isBefore(sixteenth) && daysSinceFourteen(dateOfBirth, periods, day.plusDays(1)) >= THIRTEEN_WEEKS;
    }

    /** Left care, when last leaving, as an eligible child — and still counts as having left (see class comment). */
    private static boolean leftAsEligible(LocalDate dateOfBirth, List<CarePeriod> periods, LocalDate asOf) {
        Optional<CarePeriod> last = periods.stream()
                .filter(p -> p.endedOn() != null && !p.endedOn().isAfter(asOf))
                .max(Comparator.comparing(CarePeriod::endedOn));
        if (last.isEmpty()) {
            return false;
        }
        CarePeriod left = last.get();
        LocalDate lastDayInCare = left.endedOn().minusDays(1);
        if (!inCare(periods, lastDayInCare) || !eligibleOn(dateOfBirth, periods, lastDayInCare)) {
            return false;
        }
        return !(left.reason() == LeavingReason.RETURN_HOME && !asOf.isBefore(left.endedOn().plusMonths(6)));
    }

    private static boolean inCare(List<CarePeriod> periods, LocalDate day) {
        return periods.stream().anyMatch(p -> !day.isBefore(p.startedOn()) && (p.endedOn() == null || day.isBefore(p.endedOn())));
    }

    /** Looked after on some day from {@code from} up to and including {@code to}. */
    private static boolean lookedAfterSince(List<CarePeriod> periods, LocalDate from, LocalDate to) {
        return periods.stream().anyMatch(p -> !p.startedOn().isAfter(to) && (p.endedOn() == null || p.endedOn().isAfter(from)));
    }
}
