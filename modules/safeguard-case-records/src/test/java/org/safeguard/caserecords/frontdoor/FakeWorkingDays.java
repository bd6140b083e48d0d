package org.safeguard.caserecords.frontdoor;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.safeguard.caserecords.api.WorkingDays;

/** Monday to Friday, no bank holidays: enough to check that timescales come from WorkingDays. */
final class FakeWorkingDays implements WorkingDays {

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate start, int days) {
        LocalDate date = start;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                left--;
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
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public LocalDate knownUntil() {
        return LocalDate.of(2099, 12, 31);
    }
}
