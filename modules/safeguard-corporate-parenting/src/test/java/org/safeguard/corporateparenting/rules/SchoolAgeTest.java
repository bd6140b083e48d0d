package org.safeguard.corporateparenting.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SchoolAgeTest {

    @Test
    void compulsorySchoolAgeStartsOnThePrescribedDayOnOrAfterTheFifthBirthday() {
        assertEquals(LocalDate.of(2020, 8, 31), SchoolAge.startsOn(LocalDate.of(2015, 8, 31)), "a birthday on a prescribed day");
        assertEquals(LocalDate.of(2020, 12, 31), SchoolAge.startsOn(LocalDate.of(2015, 9, 1)));
        assertEquals(LocalDate.of(2021, 3, 31), SchoolAge.startsOn(LocalDate.of(2016, 1, 1)));
        assertEquals(LocalDate.of(2021, 8, 31), SchoolAge.startsOn(LocalDate.of(2016, 4, 1)));
    }

    @Test
    void itEndsOnTheLastFridayInJuneOfTheSchoolYearTheChildTurnsSixteen() {
        // 16 on 1 September 2025: school year 2025/26, last Friday in June 2026 is the 26th
        assertEquals(LocalDate.of(2026, 6, 26), SchoolAge.endsOn(LocalDate.of(2009, 9, 1)));
        // 16 on 31 August 2026: the same school year ends before the birthday
        assertEquals(LocalDate.of(2026, 6, 26), SchoolAge.endsOn(LocalDate.of(2010, 8, 31)));
        // 16 on 10 January 2026: last Friday in June 2026
        assertEquals(LocalDate.of(2026, 6, 26), SchoolAge.endsOn(LocalDate.of(2010, 1, 10)));
    }

    @Test
    void aChildIsOfCompulsorySchoolAgeBetweenTheTwoDaysIncluded() {
        LocalDate born = LocalDate.of(2015, 9, 1);
        assertFalse(SchoolAge.compulsoryOn(born, LocalDate.of(2020, 12, 30)));
        assertTrue(SchoolAge.compulsoryOn(born, LocalDate.of(2020, 12, 31)));
        assertTrue(SchoolAge.compulsoryOn(born, LocalDate.of(2032, 6, 25)));
        assertFalse(SchoolAge.compulsoryOn(born, LocalDate.of(2032, 6, 26)));
    }
}
