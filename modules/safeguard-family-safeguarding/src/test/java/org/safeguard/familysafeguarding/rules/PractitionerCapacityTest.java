package org.safeguard.familysafeguarding.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguard.familysafeguarding.model.Discipline;
import org.safeguard.familysafeguarding.model.FamilySafeguardingSettings;
import org.safeguard.familysafeguarding.model.PractitionerScope;

class PractitionerCapacityTest {

    private final FamilySafeguardingSettings settings =
            new FamilySafeguardingSettings(1, 15, 12, 14, PractitionerScope.TEAM, 10);

    private static PractitionerCapacity.Practitioner p(long id, String name, Discipline d, String fte) {
        return new PractitionerCapacity.Practitioner(id, name, Set.of(d), new BigDecimal(fte));
    }

    @Test
    void eachPractitionerAgainstFteTimesTheirDisciplinesGuide() {
        PractitionerCapacity capacity = PractitionerCapacity.of(List.of(
                        p(3, "Neil Coates", Discipline.SUBSTANCE_MISUSE, "1.0"),
                        p(4, "Shona McAllister", Discipline.MENTAL_HEALTH, "0.5"),
                        p(5, "Bridget Elm", Discipline.DOMESTIC_ABUSE, "1.0")),
                Map.of(3L, 10, 4L, 6, 5L, 15), Map.of(), settings);
        PractitionerCapacity.Row neil = capacity.rows().get(0);
        assertEquals("15", neil.guideText());
        assertEquals("67%", neil.percentText());
        assertEquals(Load.WITHIN, neil.load());
        PractitionerCapacity.Row shona = capacity.rows().get(1);
        assertEquals("0.5", shona.fteText());
        assertEquals("6", shona.guideText(), "0.5 FTE × 12 families per FTE");
        assertEquals(Load.NEAR, shona.load(), "6 of 6 is at the guide: near, not over");
        PractitionerCapacity.Row bridget = capacity.rows().get(2);
        assertEquals(Load.OVER, bridget.load(), "15 families against 14: overloaded");
        assertEquals("107%", bridget.percentText());
    }

    @Test
    void nearIsNinetyPercentOfTheGuideAndOverIsMoreThanIt() {
        assertEquals(Load.WITHIN, Load.of(13, new BigDecimal(15)), "87%");
        assertEquals(Load.NEAR, Load.of(14, new BigDecimal(15)), "93%");
        assertEquals(Load.NEAR, Load.of(15, new BigDecimal(15)), "at the guide");
        assertEquals(Load.OVER, Load.of(16, new BigDecimal(15)));
        assertEquals(Load.WITHIN, Load.of(0, BigDecimal.ZERO), "no families, no guide");
        assertEquals(Load.OVER, Load.of(1, BigDecimal.ZERO), "any family against no guide");
        assertNull(Load.percent(1, BigDecimal.ZERO));
    }

    @Test
    void someoneWithoutFamiliesIsListedAtZero() {
        PractitionerCapacity capacity = PractitionerCapacity.of(
                List.of(p(3, "Neil Coates", Discipline.SUBSTANCE_MISUSE, "1.0")), Map.of(), Map.of(), settings);
        assertEquals(0, capacity.rows().get(0).families());
        assertEquals("0%", capacity.rows().get(0).percentText());
    }

    @Test
    void disciplineTotalsAddUpTheTeamAndCountTheWaiting() {
        PractitionerCapacity capacity = PractitionerCapacity.of(List.of(
                        p(3, "Neil Coates", Discipline.SUBSTANCE_MISUSE, "1.0"),
                        p(13, "Ann Other", Discipline.SUBSTANCE_MISUSE, "0.6")),
                Map.of(3L, 14, 13L, 9), Map.of(Discipline.SUBSTANCE_MISUSE, 4, Discipline.MENTAL_HEALTH, 2), settings);
        PractitionerCapacity.DisciplineTotal substance = capacity.totals().get(0);
        assertEquals(Discipline.SUBSTANCE_MISUSE, substance.discipline());
        assertEquals(2, substance.practitioners());
        assertEquals("1.6", substance.fteText());
        assertEquals("24", substance.guideText());
        assertEquals(23, substance.families());
        assertEquals("1", substance.spareText());
        assertEquals(4, substance.waiting());
        PractitionerCapacity.DisciplineTotal mental = capacity.totals().get(1);
        assertEquals(0, mental.practitioners(), "no mental health practitioner in the team");
        assertEquals(2, mental.waiting());
        assertEquals("0", mental.spareText());
    }

    @Test
    void someoneHoldingTwoDisciplinesIsHeldToTheSmallerGuide() {
        PractitionerCapacity capacity = PractitionerCapacity.of(List.of(new PractitionerCapacity.Practitioner(3, "Neil",
                Set.of(Discipline.SUBSTANCE_MISUSE, Discipline.MENTAL_HEALTH), BigDecimal.ONE)), Map.of(3L, 13), Map.of(),
                settings);
        assertEquals(Discipline.MENTAL_HEALTH, capacity.rows().get(0).discipline());
        assertEquals(Load.OVER, capacity.rows().get(0).load());
    }
}
