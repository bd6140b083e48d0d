package org.safeguard.caserecords.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.safeguard.caserecords.api.WorkingDays;

/** Monday to Friday, no bank holidays: enough to check the demo counts working days through the service. */
final class WeekdaysOnly implements WorkingDays {

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate start, int days) {
        LocalDate d = start;
        int counted = 0;
        while (counted < days) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
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
        return LocalDate.of(2099, 12, 31);
    }
}
