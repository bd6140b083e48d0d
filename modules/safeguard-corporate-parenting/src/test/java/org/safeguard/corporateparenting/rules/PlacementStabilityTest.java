package org.safeguard.corporateparenting.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguard.corporateparenting.model.PlacementChangeReason;
import org.safeguard.corporateparenting.rules.PlacementStability.Stay;

class PlacementStabilityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 4);
    private static final PlacementChangeReason MOVED = PlacementChangeReason.CARER_REQUEST_BEHAVIOUR;

    private static Stay stay(String from, String to, PlacementChangeReason reason) {
        return new Stay(LocalDate.parse(from), to == null ? null : LocalDate.parse(to), reason);
    }

    @Test
    void theWindowIsTheTwelveMonthsEndingOnTheDayBothEndsIncluded() {
        assertEquals(LocalDate.of(2025, 3, 5), PlacementStability.windowStart(TODAY));
    }

    @Test
    void oneSettledPlacementAllYearIsOne() {
        assertEquals(1, PlacementStability.placementsInYear(List.of(stay("2022-05-01", null, null)), TODAY));
    }

    @Test
    void thePlacementTheChildWasInWhenTheYearBeganCountsSoTwoMovesMakeThree() {
        List<Stay> stays = List.of(stay("2023-01-10", "2025-06-01", MOVED), stay("2025-06-01", "2025-11-20", MOVED),
                stay("2025-11-20", null, null));
        assertEquals(3, PlacementStability.placementsInYear(stays, TODAY));
        assertEquals(2, PlacementStability.movesInYear(stays, TODAY));
    }

    @Test
    void aPlacementThatEndedOnTheFirstDayOfTheWindowCountsOneThatEndedTheDayBeforeDoesNot() {
        List<Stay> endedOnFirstDay = List.of(stay("2024-01-01", "2025-03-05", MOVED), stay("2025-03-05", "2025-09-01", MOVED),
                stay("2025-09-01", null, null));
        assertEquals(3, PlacementStability.placementsInYear(endedOnFirstDay, TODAY));
        List<Stay> endedDayBefore = List.of(stay("2024-01-01", "2025-03-04", MOVED), stay("2025-03-04", "2025-09-01", MOVED),
                stay("2025-09-01", null, null));
        assertEquals(2, PlacementStability.placementsInYear(endedDayBefore, TODAY));
    }

    @Test
    void aPlacementStartingTodayCountsOneStartingTomorrowDoesNot() {
        List<Stay> today = List.of(stay("2025-06-01", "2025-12-01", MOVED), stay("2025-12-01", "2026-03-04", MOVED),
                stay("2026-03-04", null, null));
        assertEquals(3, PlacementStability.placementsInYear(today, TODAY));
        List<Stay> tomorrow = List.of(stay("2025-06-01", "2025-12-01", MOVED), stay("2025-12-01", "2026-03-05", MOVED),
                stay("2026-03-05", null, null));
        assertEquals(2, PlacementStability.placementsInYear(tomorrow, TODAY));
    }

    @Test
    void aChildWhoCameIntoCareThisYearCountsEveryPlacementIncludingTheFirst() {
        List<Stay> stays = List.of(stay("2025-10-01", "2025-10-03", PlacementChangeReason.CARE_PLAN),
                stay("2025-10-03", "2026-01-10", MOVED), stay("2026-01-10", null, null));
        assertEquals(3, PlacementStability.placementsInYear(stays, TODAY));
        assertEquals(2, PlacementStability.movesInYear(stays, TODAY));
    }

    @Test
    void placementsInAnEarlierPeriodOfCareInTheWindowCount() {
        List<Stay> stays = List.of(stay("2025-04-01", "2025-07-01", PlacementChangeReason.LEFT_CARE),
                stay("2025-12-01", "2026-01-15", MOVED), stay("2026-01-15", null, null));
        assertEquals(3, PlacementStability.placementsInYear(stays, TODAY));
        assertEquals(1, PlacementStability.movesInYear(stays, TODAY), "coming back into care is not a move");
    }

    @Test
    void aChangeOfStatusOnlyWithTheSameCarerIsNotANewPlacement() {
        // foster carers approved as the child's adopters: placed for adoption with the same people
        List<Stay> stays = List.of(stay("2024-02-01", "2025-06-01", MOVED), stay("2025-06-01", "2025-10-01",
                PlacementChangeReason.STATUS_ONLY), stay("2025-10-01", null, null));
        assertEquals(2, PlacementStability.placementsInYear(stays, TODAY));
        assertEquals(1, PlacementStability.movesInYear(stays, TODAY));
    }

    @Test
    void theServiceFigureIsTheShareOfChildrenInCareWithThreeOrMore() {
        Map<Long, List<Stay>> children = Map.of(
                1L, List.of(stay("2022-05-01", null, null)),
                2L, List.of(stay("2025-01-01", "2025-05-01", MOVED), stay("2025-05-01", "2025-08-01", MOVED),
                        stay("2025-08-01", null, null)),
                3L, List.of(stay("2025-09-01", "2025-09-20", MOVED), stay("2025-09-20", null, null)),
                4L, List.of(stay("2021-01-01", null, null)));
        PlacementStability.Indicator indicator = PlacementStability.indicator(children, TODAY);
        assertEquals(4, indicator.childrenInCare());
        assertEquals(1, indicator.withThreeOrMore());
        assertEquals(25, indicator.percent());
        assertEquals(0, PlacementStability.indicator(Map.of(), TODAY).percent(), "no children in care: nothing to divide");
    }
}
