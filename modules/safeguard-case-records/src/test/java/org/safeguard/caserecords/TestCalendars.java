package org.safeguard.caserecords;

import java.time.LocalDate;
import java.util.Set;

import org.safeguard.caserecords.api.WorkingDays;
import org.safeguard.caserecords.calendar.BankHolidayCalendar;

/** The real working-day calendar with chosen holidays, so timescale tests use the code the pages use. */
public final class TestCalendars {

    /** Monday to Friday, no bank holidays. */
    public static final WorkingDays WEEKDAYS_ONLY = new BankHolidayCalendar(Set.<LocalDate>of());

    /** England and Wales, Christmas 2026: Christmas Day (Friday), Boxing Day substitute (Monday 28th), New Year's Day 2027. */
    public static final WorkingDays CHRISTMAS_2026 = new BankHolidayCalendar(Set.of(LocalDate.of(2026, 12, 25),
            LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 1)));

    private TestCalendars() {
    }
}
