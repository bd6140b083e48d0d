package org.safeguard.corporateparenting.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Compulsory school age in England: a personal education plan is for every child in care of
 * compulsory school age (seed 001: "all eligible children"). A child reaches it on the first of
 * the prescribed days 31 December, 31 March and 31 August on or after their fifth birthday
 * (Education Act 1996, s. 8; Education (Start of Compulsory School Age) Order 1998) and leaves it
 * on the last Friday in June of the school year (September to August) in which they turn sixteen
 * (School Leaving Date Order 1997) — which for a child born in July or August is before their birthday.
 */
public final class SchoolAge {

    private static final List<MonthDay> PRESCRIBED_DAYS = List.of(MonthDay.of(Month.MARCH, 31),
            MonthDay.of(Month.AUGUST, 31), MonthDay.of(Month.DECEMBER, 31));

    private SchoolAge() {
    }

    public static LocalDate startsOn(LocalDate dateOfBirth) {
        LocalDate fifth = dateOfBirth.plusYears(5);
        for (int year = fifth.getYear(); ; year++) {
            for (MonthDay day : PRESCRIBED_DAYS) {
                LocalDate prescribed = day.atYear(year);
                if (!prescribed.isBefore(fifth)) {
                    return prescribed;
                }
            }
        }
    }

    public static LocalDate endsOn(LocalDate dateOfBirth) {
        LocalDate sixteenth = dateOfBirth.plusYears(16);
        int year = sixteenth.getMonthValue() >= 9 ? sixteenth.getYear() + 1 : sixteenth.getYear();
        return LocalDate.of(year, Month.JUNE, 30).with(TemporalAdjusters.lastInMonth(DayOfWeek.FRIDAY));
    }

    public static boolean compulsoryOn(LocalDate dateOfBirth, LocalDate day) {
        return !day.isBefore(startsOn(dateOfBirth)) && !day.isAfter(endsOn(dateOfBirth));
    }
}
