package org.safeguard.reflection.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguard.reflection.rules.Coverage.FamilyState;

class CoverageTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 18);
    private static final LocalDate LONG_AGO = LocalDate.of(2024, 1, 1);
    private static final int FOUR_WEEKS = 28;

    @Test
    void aFamilyDiscussedExactlyOneIntervalAgoIsDueTodayAndCountsAsDiscussed() {
        Coverage.Result result = Coverage.of(List.of(new FamilyState(1, "A", LONG_AGO, TODAY.minusDays(28))), TODAY,
                FOUR_WEEKS);

        assertEquals(1, result.discussedWithin());
        assertEquals(List.of(), result.overdue());
        assertEquals(100, result.percent());
    }

    @Test
    void oneDayLaterItIsOverdue() {
        Coverage.Result result = Coverage.of(List.of(new FamilyState(1, "A", LONG_AGO, TODAY.minusDays(29))), TODAY,
                FOUR_WEEKS);

        assertEquals(0, result.discussedWithin());
        assertEquals(1, result.overdue().size());
        assertEquals(TODAY.minusDays(1), result.overdue().get(0).dueOn());
        assertEquals(1, result.overdue().get(0).daysOverdue());
    }

    @Test
    void aNewFamilyHasOneIntervalsGraceFromWhenItsCaseOpened() {
        Coverage.Result result = Coverage.of(List.of(
                new FamilyState(1, "New", TODAY.minusDays(10), null),
                new FamilyState(2, "Open for 30 days, never discussed", TODAY.minusDays(30), null)), TODAY, FOUR_WEEKS);

        assertEquals(1, result.notYetDue());
        assertEquals(1, result.overdue().size());
        assertEquals(2, result.overdue().get(0).familyId());
        assertNull(result.overdue().get(0).lastDiscussedOn());
        assertEquals(2, result.overdue().get(0).daysOverdue());
    }

    @Test
    void theShareIsRoundedDownAndTheThreeGroupsMakeTheWhole() {
        Coverage.Result result = Coverage.of(List.of(
                new FamilyState(1, "A", LONG_AGO, TODAY.minusDays(3)),
                new FamilyState(2, "B", LONG_AGO, TODAY.minusDays(20)),
                new FamilyState(3, "C", LONG_AGO, TODAY.minusDays(40))), TODAY, FOUR_WEEKS);

        assertEquals(66, result.percent(), "2 of 3 is 66%, never rounded up to look better");
        assertEquals(3, result.openFamilies());
        assertEquals(result.openFamilies(), result.discussedWithin() + result.notYetDue() + result.overdueCount());
    }

    @Test
    void noOpenFamiliesHasNoPercentage() {
        Coverage.Result result = Coverage.of(List.of(), TODAY, FOUR_WEEKS);

        assertNull(result.percent());
        assertEquals(0, result.openFamilies());
    }

    @Test
    void theMostOverdueComeFirst() {
        Coverage.Result result = Coverage.of(List.of(
                new FamilyState(1, "Slightly", LONG_AGO, TODAY.minusDays(30)),
                new FamilyState(2, "Very", LONG_AGO, TODAY.minusDays(90)),
                new FamilyState(3, "Never", TODAY.minusDays(60), null)), TODAY, FOUR_WEEKS);

        assertEquals(List.of(2L, 3L, 1L), result.overdue().stream().map(Coverage.Overdue::familyId).toList());
    }

    @Test
    void theIntervalIsTheAuthoritysSetting() {
        FamilyState threeWeeksAgo = new FamilyState(1, "A", LONG_AGO, TODAY.minusDays(21));

        assertEquals(1, Coverage.of(List.of(threeWeeksAgo), TODAY, 28).discussedWithin());
        assertEquals(1, Coverage.of(List.of(threeWeeksAgo), TODAY, 14).overdueCount());
    }
}
