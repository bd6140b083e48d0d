package org.safeguard.caserecords.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The arithmetic, checked against counting one day at a time over random holidays, starts and counts. */
class BankHolidayCalendarTest {

    private static final LocalDate MON_2_MARCH_2026 = LocalDate.of(2026, 3, 2);

    @Test
    void theStartDayIsNotCounted() {
        BankHolidayCalendar weekendsOnly = new BankHolidayCalendar(List.of());
        assertEquals(LocalDate.of(2026, 3, 3), weekendsOnly.plusWorkingDays(MON_2_MARCH_2026, 1));
        assertEquals(LocalDate.of(2026, 3, 6), weekendsOnly.plusWorkingDays(MON_2_MARCH_2026, 4));
        assertEquals(LocalDate.of(2026, 3, 9), weekendsOnly.plusWorkingDays(MON_2_MARCH_2026, 5));
        assertEquals(MON_2_MARCH_2026, weekendsOnly.plusWorkingDays(MON_2_MARCH_2026, 0));
        assertEquals(1, weekendsOnly.workingDaysBetween(MON_2_MARCH_2026, LocalDate.of(2026, 3, 3)));
        assertEquals(0, weekendsOnly.workingDaysBetween(MON_2_MARCH_2026, MON_2_MARCH_2026));
    }

    @Test
    void weekendStartsCountFromTheNextMonday() {
        BankHolidayCalendar weekendsOnly = new BankHolidayCalendar(List.of());
        LocalDate saturday = LocalDate.of(2026, 3, 7);
        LocalDate sunday = LocalDate.of(2026, 3, 8);
        LocalDate monday = LocalDate.of(2026, 3, 9);
        assertEquals(monday, weekendsOnly.plusWorkingDays(saturday, 1));
        assertEquals(monday, weekendsOnly.plusWorkingDays(sunday, 1));
        assertEquals(LocalDate.of(2026, 3, 13), weekendsOnly.plusWorkingDays(sunday, 5));
        assertEquals(0, weekendsOnly.workingDaysBetween(LocalDate.of(2026, 3, 6), sunday));
        assertEquals(1, weekendsOnly.workingDaysBetween(saturday, monday));
        assertEquals(LocalDate.of(2026, 3, 6), weekendsOnly.plusWorkingDays(saturday, -1));
    }

    @Test
    void aHolidayOnTheWayPushesTheDateOnAndOneAtTheWeekendChangesNothing() {
        LocalDate wednesday = LocalDate.of(2026, 3, 4);
        BankHolidayCalendar calendar = new BankHolidayCalendar(List.of(wednesday, LocalDate.of(2026, 3, 7)));
        assertFalse(calendar.isWorkingDay(wednesday));
        assertTrue(calendar.isBankHoliday(wednesday));
        assertEquals(LocalDate.of(2026, 3, 5), calendar.plusWorkingDays(MON_2_MARCH_2026, 2));
        assertEquals(LocalDate.of(2026, 3, 10), calendar.plusWorkingDays(MON_2_MARCH_2026, 5));
        assertEquals(4, calendar.workingDaysBetween(MON_2_MARCH_2026, LocalDate.of(2026, 3, 9)));
        assertEquals(LocalDate.of(2026, 3, 7), calendar.knownUntil(), "knownUntil is the last holiday given");
    }

    @Test
    void anEmptyCalendarKnowsNothing() {
        assertEquals(LocalDate.MIN, new BankHolidayCalendar(List.of()).knownUntil());
    }

    @Test
    void agreesWithCountingDayByDay() {
        Random random = new Random(20260302);
        for (int round = 0; round < 40; round++) {
            Set<LocalDate> holidays = new TreeSet<>();
            LocalDate base = LocalDate.of(2020, 1, 1);
            int clustered = random.nextInt(4); // runs of consecutive holidays too, like Christmas and Boxing Day
            for (int i = 0; i < 60; i++) {
                LocalDate day = base.plusDays(random.nextInt(3000));
                holidays.add(day);
                for (int j = 0; j < clustered; j++) {
                    holidays.add(day.plusDays(j + 1));
                }
            }
            BankHolidayCalendar calendar = new BankHolidayCalendar(holidays);
            for (int i = 0; i < 100; i++) {
                LocalDate start = base.plusDays(random.nextInt(2800) - 100);
                int days = random.nextInt(400) - 150;
                LocalDate expected = slowPlus(holidays, start, days);
                assertEquals(expected, calendar.plusWorkingDays(start, days), start + " + " + days);
                LocalDate other = start.plusDays(random.nextInt(800) - 400);
                assertEquals(slowBetween(holidays, start, other), calendar.workingDaysBetween(start, other),
                        start + " .. " + other);
                assertEquals(!isWeekend(start) && !holidays.contains(start), calendar.isWorkingDay(start));
            }
        }
    }

    @Test
    void plusThenBetweenGivesTheCountBackAndBetweenIsAntisymmetric() {
        BankHolidayCalendar calendar = BankHolidayCalendar.englandAndWales();
        for (LocalDate start = LocalDate.of(2021, 11, 1); start.isBefore(LocalDate.of(2023, 2, 1));
                start = start.plusDays(1)) {
            for (int days : new int[] {1, 2, 5, 15, 45, 200}) {
                LocalDate due = calendar.plusWorkingDays(start, days);
                assertTrue(calendar.isWorkingDay(due), start + " + " + days + " = " + due);
                assertEquals(days, calendar.workingDaysBetween(start, due), start + " + " + days);
                assertEquals(-days, calendar.workingDaysBetween(due, start), due + " back to " + start);
            }
        }
    }

    @Test
    void largeCountsAreExactAndQuick() {
        BankHolidayCalendar calendar = BankHolidayCalendar.englandAndWales();
        LocalDate start = LocalDate.of(2015, 1, 1);
        LocalDate end = LocalDate.of(2028, 12, 31);
        int working = calendar.workingDaysBetween(start, end);
        assertEquals(slowBetween(calendar.holidays().keySet(), start, end), working);
        assertEquals(LocalDate.of(2028, 12, 29), calendar.plusWorkingDays(start, working));
        long began = System.nanoTime();
        for (int i = 0; i < 100_000; i++) {
            calendar.plusWorkingDays(start.plusDays(i % 5000), 45);
        }
        long millis = (System.nanoTime() - began) / 1_000_000;
        assertTrue(millis < 2_000, "100,000 due dates took " + millis + " ms");
    }

    static LocalDate slowPlus(Set<LocalDate> holidays, LocalDate start, int days) {
        LocalDate day = start;
        int step = days >= 0 ? 1 : -1;
        int left = Math.abs(days);
        while (left > 0) {
            day = day.plusDays(step);
            if (!isWeekend(day) && !holidays.contains(day)) {
                left--;
            }
        }
        return day;
    }

    static int slowBetween(Set<LocalDate> holidays, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -slowBetween(holidays, to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (!isWeekend(day) && !holidays.contains(day)) {
                count++;
            }
        }
        return count;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
