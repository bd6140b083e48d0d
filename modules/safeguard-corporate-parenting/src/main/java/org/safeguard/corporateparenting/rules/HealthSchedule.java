package org.safeguard.corporateparenting.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.safeguard.corporateparenting.model.CareSettings;
import org.safeguard.corporateparenting.model.HealthCheckKind;

/**
 * Health checks of a child in care, per period of care:
 * <ul>
 * <li>the initial health assessment is due the authority's number of days after the child came
 * into care (28 in the seeds, 001);</li>
 * <li>review health assessments follow the last assessment (initial or review): at least every
 * six months while the child was under five at that assessment, every twelve months from five
 * (Care Planning, Placement and Case Review (England) Regulations 2010, reg. 7; statutory guidance
 * "Promoting the health and well-being of looked-after children", 2015) — none is due before the
 * initial assessment, which is what is overdue then;</li>
 * <li>a dental check every twelve months, the first a year after coming into care (seed 001
 * reports checks "completed in year" for children in care for more than a year).</li>
 * </ul>
 * A check the young person declined still counts as offered: the next one follows from it, and
 * pages show it as declined. Intervals are the authority's settings.
 */
public final class HealthSchedule {

    /** A health check as the rules see it. */
    public record Check(HealthCheckKind kind, LocalDate on) {}

    /** The next health assessment: which one and when. */
    public record Next(HealthCheckKind kind, LocalDate dueOn) {}

    private HealthSchedule() {
    }

    public static Next nextAssessment(LocalDate cameIntoCare, LocalDate dateOfBirth, List<Check> checks,
                                      CareSettings settings) {
        boolean initialDone = checks.stream().anyMatch(c -> c.kind() == HealthCheckKind.INITIAL_HEALTH);
        if (!initialDone) {
            return new Next(HealthCheckKind.INITIAL_HEALTH, cameIntoCare.plusDays(settings.ihaDays()));
        }
        Check last = checks.stream()
                .filter(c -> c.kind() != HealthCheckKind.DENTAL)
                .max(Comparator.comparing(Check::on))
                .orElseThrow();
        boolean underFive = Period.between(dateOfBirth, last.on()).getYears() < 5;
        int months = underFive ? settings.healthReviewMonthsUnder5() : settings.healthReviewMonths();
        return new Next(HealthCheckKind.REVIEW_HEALTH, last.on().plusMonths(months));
    }

    public static LocalDate nextDental(LocalDate cameIntoCare, List<Check> checks, CareSettings settings) {
        Optional<LocalDate> last = checks.stream()
                .filter(c -> c.kind() == HealthCheckKind.DENTAL)
                .map(Check::on)
                .max(LocalDate::compareTo);
        return last.orElse(cameIntoCare).plusMonths(settings.dentalMonths());
    }
}
