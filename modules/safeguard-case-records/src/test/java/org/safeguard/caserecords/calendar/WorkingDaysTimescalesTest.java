package org.safeguard.caserecords.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.api.WorkingDays;

/**
 * Real timescales over the real England and Wales calendar. Every expected date was counted by hand on
 * a calendar (the counts are in the comments) before the test was run.
 */
class WorkingDaysTimescalesTest {

    private final WorkingDays days = BankHolidayCalendar.englandAndWales();

    @Test
    void assessmentFromAReferralBeforeChristmasEndsLateInJanuary() {
        LocalDate referral = LocalDate.of(2026, 11, 16); // Monday
        // 17-20 Nov: 4; four full weeks to Fri 18 Dec: 24; 21-24 Dec: 28; Fri 25 (Christmas) and
        // Mon 28 (Boxing Day substitute) off; 29-31 Dec: 31; Fri 1 Jan off; 4-15 Jan: 41; 18-21 Jan: 45.
        assertEquals(LocalDate.of(2027, 1, 21), days.plusWorkingDays(referral, 45));
        assertEquals(LocalDate.of(2026, 12, 24), days.plusWorkingDays(referral, 28));
        assertEquals(LocalDate.of(2026, 12, 29), days.plusWorkingDays(referral, 29));
        assertEquals(45, days.workingDaysBetween(referral, LocalDate.of(2027, 1, 21)));
        assertEquals(-45, days.workingDaysBetween(LocalDate.of(2027, 1, 21), referral));
    }

    @Test
    void assessmentOverEaster2026() {
        // Mon 2 March: nine weeks of weekdays reach Mon 4 May, but Good Friday 3 April, Easter Monday
        // 6 April and Mon 4 May itself are bank holidays: three more days, Tue 5 to Thu 7 May.
        assertEquals(LocalDate.of(2026, 3, 3), days.plusWorkingDays(LocalDate.of(2026, 3, 2), 1));
        assertEquals(LocalDate.of(2026, 5, 7), days.plusWorkingDays(LocalDate.of(2026, 3, 2), 45));
        // Referral on Maundy Thursday: the next working day is the Tuesday after Easter.
        LocalDate maundyThursday = LocalDate.of(2026, 4, 2);
        assertEquals(LocalDate.of(2026, 4, 7), days.plusWorkingDays(maundyThursday, 1));
        // Nine weeks to Thu 4 June, plus 3 Apr, 6 Apr, 4 May and 25 May: Fri 5, Mon 8, Tue 9, Wed 10 June.
        assertEquals(LocalDate.of(2026, 6, 10), days.plusWorkingDays(maundyThursday, 45));
    }

    @Test
    void platinumJubilee2022() {
        // Mon 23 May: nine weeks reach Mon 25 July; Thu 2 and Fri 3 June off: Wed 27 July.
        assertEquals(LocalDate.of(2022, 7, 27), days.plusWorkingDays(LocalDate.of(2022, 5, 23), 45));
        // Strategy discussion Wed 25 May: 26, 27, 30 (Spring bank holiday moved, so Mon 30 May worked),
        // 31 May, 1 June = 5; 6-10 June = 10; 13-17 June = 15.
        assertEquals(LocalDate.of(2022, 6, 17), days.plusWorkingDays(LocalDate.of(2022, 5, 25), 15));
        assertEquals(true, days.isWorkingDay(LocalDate.of(2022, 5, 30)));
    }

    @Test
    void stateFuneral2022() {
        // Mon 1 August: nine weeks reach Mon 3 October; Mon 29 Aug and Mon 19 Sep off: Wed 5 October.
        assertEquals(LocalDate.of(2022, 10, 5), days.plusWorkingDays(LocalDate.of(2022, 8, 1), 45));
        // Strategy discussion Thu 8 Sep: 9, 12-16 = 6; Mon 19 off; 20-23 = 10; 26-30 = 15.
        assertEquals(LocalDate.of(2022, 9, 30), days.plusWorkingDays(LocalDate.of(2022, 9, 8), 15));
    }

    @Test
    void coronation2023AndVeDay2020() {
        // Strategy discussion Tue 2 May 2023: three weeks reach Tue 23 May; Mon 8 May off: Wed 24 May.
        assertEquals(LocalDate.of(2023, 5, 24), days.plusWorkingDays(LocalDate.of(2023, 5, 2), 15));
        // Early May 2020 was Friday 8 May, and Monday 4 May was worked.
        assertEquals(LocalDate.of(2020, 5, 11), days.plusWorkingDays(LocalDate.of(2020, 5, 7), 1));
        assertEquals(LocalDate.of(2020, 5, 4), days.plusWorkingDays(LocalDate.of(2020, 5, 1), 1));
    }

    @Test
    void initialConferenceFromAStrategyDiscussionBeforeChristmas() {
        LocalDate strategy = LocalDate.of(2026, 12, 17); // Thursday
        // Fri 18 = 1; 21-24 = 5; 25 and 28 off; 29-31 = 8; Fri 1 Jan off; 4-8 Jan = 13; Mon 11 = 14; Tue 12 = 15.
        assertEquals(LocalDate.of(2027, 1, 12), days.plusWorkingDays(strategy, 15));
        assertEquals(15, days.workingDaysBetween(strategy, LocalDate.of(2027, 1, 12)));
        assertEquals(-15, days.workingDaysBetween(LocalDate.of(2027, 1, 12), strategy));
    }

    @Test
    void weekendAndHolidayStartsCountFromTheNextWorkingDay() {
        assertEquals(LocalDate.of(2026, 12, 21), days.plusWorkingDays(LocalDate.of(2026, 12, 19), 1)); // Sat
        // Sun 20 Dec: 21, 22, 23, 24, then 25 and 28 off: the 5th is Tue 29.
        assertEquals(LocalDate.of(2026, 12, 29), days.plusWorkingDays(LocalDate.of(2026, 12, 20), 5));
        assertEquals(LocalDate.of(2026, 12, 29), days.plusWorkingDays(LocalDate.of(2026, 12, 25), 1)); // Christmas
        assertEquals(LocalDate.of(2026, 5, 5), days.plusWorkingDays(LocalDate.of(2026, 5, 2), 1)); // Sat before Early May
        assertEquals(0, days.workingDaysBetween(LocalDate.of(2026, 12, 19), LocalDate.of(2026, 12, 20)));
        assertEquals(1, days.workingDaysBetween(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 29)));
        assertEquals(-1, days.workingDaysBetween(LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 24)));
    }

    @Test
    void christmas2027BothDaysSubstituted() {
        assertEquals(LocalDate.of(2027, 12, 24), days.plusWorkingDays(LocalDate.of(2027, 12, 23), 1));
        assertEquals(LocalDate.of(2027, 12, 29), days.plusWorkingDays(LocalDate.of(2027, 12, 23), 2));
        // Fri 31 Dec 2027: New Year's Day 2028 is a Saturday, substitute Mon 3 January.
        assertEquals(LocalDate.of(2028, 1, 4), days.plusWorkingDays(LocalDate.of(2027, 12, 31), 1));
    }
}
