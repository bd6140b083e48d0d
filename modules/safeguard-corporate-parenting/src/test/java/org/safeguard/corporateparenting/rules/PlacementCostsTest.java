package org.safeguard.corporateparenting.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguard.corporateparenting.model.PlacementType;
import org.safeguard.corporateparenting.rules.PlacementCosts.Line;
import org.safeguard.corporateparenting.rules.PlacementCosts.Priced;

class PlacementCostsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 4);

    private static Priced priced(PlacementType type, String from, String to, long weeklyPence) {
        return new Priced(type, LocalDate.parse(from), to == null ? null : LocalDate.parse(to), weeklyPence);
    }

    @Test
    void theFinancialYearStartsOnTheFirstOfApril() {
        assertEquals(LocalDate.of(2025, 4, 1), PlacementCosts.financialYearStart(TODAY));
        assertEquals(LocalDate.of(2026, 4, 1), PlacementCosts.financialYearStart(LocalDate.of(2026, 4, 1)));
        assertEquals(LocalDate.of(2025, 4, 1), PlacementCosts.financialYearStart(LocalDate.of(2026, 3, 31)));
    }

    @Test
    void aPlacementIsChargedForEachNightNotTheDayItEnds() {
        Priced week = priced(PlacementType.RESIDENTIAL, "2026-01-05", "2026-01-12", 380_000);
        assertEquals(7, PlacementCosts.nights(week, LocalDate.of(2025, 4, 1), TODAY));
        assertEquals(380_000, PlacementCosts.cost(week, LocalDate.of(2025, 4, 1), TODAY));
    }

    @Test
    void anOpenPlacementIsChargedUpToAndIncludingToday() {
        Priced open = priced(PlacementType.INDEPENDENT_FOSTERING_AGENCY, "2026-03-01", null, 100_000);
        assertEquals(4, PlacementCosts.nights(open, LocalDate.of(2025, 4, 1), TODAY));
        // four sevenths of £1,000.00 is £571.428...: rounded to the penny
        assertEquals(57_143, PlacementCosts.cost(open, LocalDate.of(2025, 4, 1), TODAY));
    }

    @Test
    void aPlacementFromBeforeTheYearIsChargedOnlyFromTheFirstOfApril() {
        Priced long_ = priced(PlacementType.IN_HOUSE_FOSTER, "2023-09-01", null, 35_000);
        // 1 April 2025 to 4 March 2026 inclusive: 338 nights
        assertEquals(338, PlacementCosts.nights(long_, LocalDate.of(2025, 4, 1), TODAY));
        assertEquals(1_690_000, PlacementCosts.cost(long_, LocalDate.of(2025, 4, 1), TODAY));
    }

    @Test
    void aPlacementThatEndedOnTheFirstOfAprilCostsNothingThisYear() {
        Priced ended = priced(PlacementType.RESIDENTIAL, "2025-01-01", "2025-04-01", 420_000);
        Map<PlacementType, Line> ytd = PlacementCosts.yearToDate(List.of(ended), TODAY);
        assertEquals(0, ytd.get(PlacementType.RESIDENTIAL).placements());
        assertEquals(0, PlacementCosts.total(ytd).pence());
    }

    @Test
    void weeklyCommitmentCountsPlacementsOpenTodayByType() {
        List<Priced> placements = List.of(
                priced(PlacementType.RESIDENTIAL, "2025-06-01", null, 380_000),
                priced(PlacementType.RESIDENTIAL, "2026-01-10", null, 445_000),
                priced(PlacementType.IN_HOUSE_FOSTER, "2024-01-01", "2026-03-04", 30_000),
                priced(PlacementType.IN_HOUSE_FOSTER, "2026-03-04", null, 32_000),
                priced(PlacementType.KINSHIP, "2026-03-05", null, 20_000));
        Map<PlacementType, Line> weekly = PlacementCosts.weekly(placements, TODAY);
        assertEquals(new Line(2, 825_000), weekly.get(PlacementType.RESIDENTIAL));
        assertEquals(412_500, weekly.get(PlacementType.RESIDENTIAL).averagePence());
        assertEquals(new Line(1, 32_000), weekly.get(PlacementType.IN_HOUSE_FOSTER), "the one that ended today is not this week's");
        assertEquals(new Line(0, 0), weekly.get(PlacementType.KINSHIP), "starts tomorrow");
        assertEquals(new Line(3, 857_000), PlacementCosts.total(weekly));
    }

    @Test
    void yearToDateAddsEachPlacementsNightsByType() {
        List<Priced> placements = List.of(
                priced(PlacementType.INDEPENDENT_FOSTERING_AGENCY, "2025-04-01", "2025-04-15", 100_000),
                priced(PlacementType.INDEPENDENT_FOSTERING_AGENCY, "2025-04-15", "2025-04-22", 105_000));
        Map<PlacementType, Line> ytd = PlacementCosts.yearToDate(placements, TODAY);
        assertEquals(new Line(2, 305_000), ytd.get(PlacementType.INDEPENDENT_FOSTERING_AGENCY));
    }
}
