package org.safeguard.caserecords.workload;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.safeguard.caserecords.api.WorkingDays;

/** A calendar with weekends and no bank holidays: enough to test the work tray's own rules. */
final class WeekdaysOnly implements WorkingDays {

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
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
