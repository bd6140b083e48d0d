package org.safeguard.caserecords.api;

import java.time.LocalDate;

/**
 * Service: the statutory calendar. Working days are Monday to Friday except the England and Wales
 * bank holidays, which ship as data and can be updated without a release. Every timescale in
 * working days is computed here and nowhere else.
 */
public interface WorkingDays {

    boolean isWorkingDay(LocalDate date);

    /**
     * The date {@code days} working days after {@code start}; the start itself does not count
     * (a referral on Monday 2 March 2026 has its 1st working day on Tuesday 3 March).
     */
    LocalDate plusWorkingDays(LocalDate start, int days);

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
    int workingDaysBetween(LocalDate from, LocalDate to);

    /** The last bank holiday the calendar knows: timescales beyond it treat every weekday as working. */
    LocalDate knownUntil();
}
