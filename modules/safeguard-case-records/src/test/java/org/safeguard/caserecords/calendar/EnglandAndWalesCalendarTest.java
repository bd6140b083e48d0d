package org.safeguard.caserecords.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * The bundled list, cross-checked year by year against the rules that make England and Wales bank
 * holidays (Easter computed, the Monday rules, weekend substitutes), with every announced exception
 * listed here explicitly: a typo in the data cannot hide.
 */
class EnglandAndWalesCalendarTest {

    private static final int FIRST_YEAR = 2015;
    private static final int LAST_YEAR = 2028;

    /** Announced departures from the rules (gov.uk/bank-holidays): moved days and one-offs. */
    private static final Map<LocalDate, String> MOVED_FROM = Map.of(
            LocalDate.of(2020, 5, 4), "2020 Early May moved to Friday 8 May for VE day",
            LocalDate.of(2022, 5, 30), "2022 Spring bank holiday moved to Thursday 2 June for the Platinum Jubilee");
    private static final Map<LocalDate, String> MOVED_TO = Map.of(
            LocalDate.of(2020, 5, 8), "Early May bank holiday (VE day)",
            LocalDate.of(2022, 6, 2), "Spring bank holiday");
    private static final Map<LocalDate, String> ONE_OFF = Map.of(
            LocalDate.of(2022, 6, 3), "Platinum Jubilee bank holiday",
            LocalDate.of(2022, 9, 19), "Bank Holiday for the State Funeral of Queen Elizabeth II",
            LocalDate.of(2023, 5, 8), "Bank holiday for the coronation of King Charles III");

    private final NavigableMap<LocalDate, String> bundled = BankHolidayCalendar.englandAndWales().holidays();

    @Test
    void everyYearIsExactlyTheRulesPlusTheAnnouncedExceptions() {
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            NavigableMap<LocalDate, String> expected = new TreeMap<>(byTheRules(year));
            for (LocalDate moved : MOVED_FROM.keySet()) {
                expected.remove(moved);
            }
            LocalDate first = LocalDate.of(year, 1, 1);
            for (Map<LocalDate, String> extra : List.of(MOVED_TO, ONE_OFF)) {
                extra.forEach((date, title) -> {
                    if (date.getYear() == first.getYear()) {
                        expected.put(date, title);
                    }
                });
            }
            assertEquals(expected, bundled.subMap(first, true, first.plusYears(1), false), "bank holidays " + year);
        }
        assertEquals(LocalDate.of(FIRST_YEAR, 1, 1), bundled.firstKey());
        assertEquals(LocalDate.of(LAST_YEAR, 12, 26), bundled.lastKey());
        assertEquals(LocalDate.of(LAST_YEAR, 12, 26), BankHolidayCalendar.englandAndWales().knownUntil());
    }

    @Test
    void easterByTheAlgorithmMatchesKnownSundays() {
        // Easter Sundays as published, to show the algorithm itself is right before trusting it above.
        assertEquals(LocalDate.of(2015, 4, 5), easterSunday(2015));
        assertEquals(LocalDate.of(2016, 3, 27), easterSunday(2016));
        assertEquals(LocalDate.of(2019, 4, 21), easterSunday(2019));
        assertEquals(LocalDate.of(2024, 3, 31), easterSunday(2024));
        assertEquals(LocalDate.of(2026, 4, 5), easterSunday(2026));
        assertEquals(LocalDate.of(2027, 3, 28), easterSunday(2027));
        assertEquals(LocalDate.of(2028, 4, 16), easterSunday(2028));
    }

    @Test
    void theNamedAwkwardDatesAreThere() {
        Map<LocalDate, String> expected = new TreeMap<>();
        expected.put(LocalDate.of(2020, 5, 8), "Early May bank holiday (VE day)");
        expected.put(LocalDate.of(2020, 12, 28), "Boxing Day (substitute day)");
        expected.put(LocalDate.of(2021, 12, 27), "Christmas Day (substitute day)");
        expected.put(LocalDate.of(2021, 12, 28), "Boxing Day (substitute day)");
        // 1 January 2022 was a Saturday: the substitute was Monday 3 January (2 January was a Sunday).
        expected.put(LocalDate.of(2022, 1, 3), "New Year's Day (substitute day)");
        expected.put(LocalDate.of(2022, 6, 2), "Spring bank holiday");
        expected.put(LocalDate.of(2022, 6, 3), "Platinum Jubilee bank holiday");
        expected.put(LocalDate.of(2022, 9, 19), "Bank Holiday for the State Funeral of Queen Elizabeth II");
        expected.put(LocalDate.of(2022, 12, 26), "Boxing Day");
        expected.put(LocalDate.of(2022, 12, 27), "Christmas Day (substitute day)");
        expected.put(LocalDate.of(2023, 1, 2), "New Year's Day (substitute day)");
        expected.put(LocalDate.of(2023, 5, 8), "Bank holiday for the coronation of King Charles III");
        expected.put(LocalDate.of(2026, 4, 3), "Good Friday");
        expected.put(LocalDate.of(2026, 4, 6), "Easter Monday");
        expected.put(LocalDate.of(2026, 12, 28), "Boxing Day (substitute day)");
        expected.put(LocalDate.of(2027, 12, 27), "Christmas Day (substitute day)");
        expected.put(LocalDate.of(2027, 12, 28), "Boxing Day (substitute day)");
        expected.forEach((date, title) -> assertEquals(title, bundled.get(date), date.toString()));
        assertFalse(bundled.containsKey(LocalDate.of(2022, 1, 2)), "a Sunday is never a substitute");
        assertFalse(bundled.containsKey(LocalDate.of(2020, 5, 4)), "moved to 8 May in 2020");
        assertFalse(bundled.containsKey(LocalDate.of(2022, 5, 30)), "moved to 2 June in 2022");
    }

    @Test
    void everyHolidayIsAWeekdayWithATitle() {
        bundled.forEach((date, title) -> {
            assertFalse(date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY,
                    date + " falls at the weekend");
            assertFalse(title.isBlank(), date + " has no title");
        });
        assertEquals(8 * 14 + 2 + 1, bundled.size(), "8 a year (2020's moved, not added), plus 2022's two one-offs and 2023's one");
    }

    @Test
    void beyondTheKnownYearsEveryWeekdayWorks() {
        BankHolidayCalendar calendar = BankHolidayCalendar.englandAndWales();
        assertTrue(calendar.isWorkingDay(LocalDate.of(2029, 12, 25)), "not known yet, so counted as working");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2028, 12, 25)));
    }

    /** What the usual rules give for a year, titled as gov.uk titles them. */
    static Map<LocalDate, String> byTheRules(int year) {
        Map<LocalDate, String> days = new TreeMap<>();
        LocalDate newYear = LocalDate.of(year, 1, 1);
        if (isWeekend(newYear)) {
            days.put(nextMonday(newYear), "New Year's Day (substitute day)");
        } else {
            days.put(newYear, "New Year's Day");
        }
        LocalDate easter = easterSunday(year);
        days.put(easter.minusDays(2), "Good Friday");
        days.put(easter.plusDays(1), "Easter Monday");
        days.put(LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)),
                "Early May bank holiday");
        days.put(LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                "Spring bank holiday");
        days.put(LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                "Summer bank holiday");
        // Christmas and Boxing Day: one at the weekend moves to the next weekday not already taken.
        LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
        LocalDate boxingDay = christmas.plusDays(1);
        switch (christmas.getDayOfWeek()) {
            case FRIDAY -> {
                days.put(christmas, "Christmas Day");
                days.put(christmas.plusDays(3), "Boxing Day (substitute day)");
            }
            case SATURDAY -> {
                days.put(christmas.plusDays(2), "Christmas Day (substitute day)");
                days.put(christmas.plusDays(3), "Boxing Day (substitute day)");
            }
            case SUNDAY -> {
                days.put(boxingDay, "Boxing Day");
                days.put(christmas.plusDays(2), "Christmas Day (substitute day)");
            }
            default -> {
                days.put(christmas, "Christmas Day");
                days.put(boxingDay, "Boxing Day");
            }
        }
        return days;
    }

    /** Easter Sunday, Gregorian calendar (the anonymous algorithm: Meeus, Jones, Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static LocalDate nextMonday(LocalDate date) {
        return date.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }
}
