package org.safeguard.corporateparenting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import org.safeguard.caserecords.api.WorkingDays;

/**
 * Working days as case records' service counts them (the start day not counted), over weekends and
 * the England and Wales bank holidays of 2025 to 2027 from gov.uk/bank-holidays: enough for the
 * timescales these tests ask about, without depending on case records' implementation bundle.
 */
public final class TestWorkingDays implements WorkingDays {

    public static final TestWorkingDays ENGLAND = new TestWorkingDays();

    private static final Set<LocalDate> HOLIDAYS = Set.of(
            LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 18), LocalDate.of(2025, 4, 21), LocalDate.of(2025, 5, 5),
            LocalDate.of(2025, 5, 26), LocalDate.of(2025, 8, 25), LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26),
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 4),
            LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28),
            LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 3),
            LocalDate.of(2027, 5, 31), LocalDate.of(2027, 8, 30), LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28));

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !HOLIDAYS.contains(date);
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate start, int days) {
        LocalDate d = start;
        for (int i = 0; i < days; i++) {
            d = d.plusDays(1);
            while (!isWorkingDay(d)) {
                d = d.plusDays(1);
            }
        }
        return d;
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    @Override
    public LocalDate knownUntil() {
        return LocalDate.of(2027, 12, 28);
    }
}
