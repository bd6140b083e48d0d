package org.safeguard.caserecords.journey;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import org.safeguard.caserecords.api.WorkingDays;

/** Monday to Friday except the given bank holidays: enough calendar to test timescales with real dates. */
final class FakeWorkingDays implements WorkingDays {

    /** England and Wales, Christmas 2026: Christmas Day (Friday), Boxing Day substitute (Monday 28th), New Year's Day 2027 (Friday). */
    static final Set<LocalDate> CHRISTMAS_2026 = Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28),
            LocalDate.of(2027, 1, 1));

    private final Set<LocalDate> holidays;

    FakeWorkingDays(Set<LocalDate> holidays) {
        this.holidays = holidays;
    }

    static FakeWorkingDays christmas2026() {
        return new FakeWorkingDays(CHRISTMAS_2026);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(date);
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate start, int days) {
        LocalDate date = start;
        for (int counted = 0; counted < days; ) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public LocalDate knownUntil() {
        return LocalDate.of(2027, 12, 31);
    }
}
