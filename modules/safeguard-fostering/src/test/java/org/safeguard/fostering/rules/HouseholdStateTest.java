package org.safeguard.fostering.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguard.fostering.model.ApprovalTerm;
import org.safeguard.fostering.model.ApprovalTerms;
import org.safeguard.fostering.model.ApprovalType;
import org.safeguard.fostering.model.TrainingCourse;

/** Places, reviews and the training standards as the register shows them. */
class HouseholdStateTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void freePlacesAreThoseNeitherTakenNorHeldByAMatch() {
        HouseholdFacts facts = Facts.household("Collins").approved(LocalDate.of(2022, 1, 1), 0, 17, 3)
                .reviewed(LocalDate.of(2026, 9, 1))
                .living(1, LocalDate.of(2026, 1, 1), null)
                .living(2, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 3, 1))
                .matched(3)
                .matched(1)   // a match for a child already living there holds no extra place
                .build();
        HouseholdState state = HouseholdState.of(facts, TODAY, 28, 60);
        assertEquals(3, state.places());
        assertEquals(1, state.occupied());
        assertEquals(1, state.reserved());
        assertEquals(1, state.free());
        assertTrue(state.available());
    }

    @Test
    void trainingStandardsAreDueTwelveMonthsAfterApprovalEighteenForKinshipCarers() {
        HouseholdFacts mainstream = Facts.household("Ashworth").approved(LocalDate.of(2026, 2, 1), 0, 17, 1).build();
        HouseholdState m = HouseholdState.of(mainstream, TODAY, 28, 60);
        assertEquals(LocalDate.of(2027, 2, 1), m.trainingDue());
        assertEquals(TrainingStandards.State.DUE, m.trainingState());
        HouseholdFacts kin = Facts.household("Kerr").approved(new ApprovalTerms(LocalDate.of(2025, 5, 1),
                ApprovalType.KINSHIP, 0, 17, 1, EnumSet.noneOf(ApprovalTerm.class), null, 1L, 5L)).build();
        HouseholdState k = HouseholdState.of(kin, TODAY, 28, 60);
        assertEquals(LocalDate.of(2026, 11, 1), k.trainingDue());
        assertEquals(TrainingStandards.State.OVERDUE, k.trainingState());
        HouseholdFacts done = Facts.household("Kerr").approved(LocalDate.of(2024, 5, 1), 0, 17, 1)
                .trained(TrainingCourse.TSD_STANDARDS, LocalDate.of(2025, 8, 1)).build();
        assertEquals(TrainingStandards.State.DONE, HouseholdState.of(done, TODAY, 28, 60).trainingState(),
                "completed late still counts as completed");
    }

    @Test
    void deRegisteredCarersHaveNoPlacesAndAreNotAvailable() {
        HouseholdFacts gone = Facts.household("Fox").approved(LocalDate.of(2020, 1, 1), 0, 17, 2)
                .deregistered(LocalDate.of(2026, 10, 1)).build();
        HouseholdState state = HouseholdState.of(gone, TODAY, 28, 60);
        assertFalse(state.approved());
        assertTrue(state.deregistered());
        assertEquals(0, state.free());
        assertFalse(state.available());
    }

    @Test
    void vacanciesByAgeBandCountFreePlacesOfAvailableMainstreamAndShortBreakCarers() {
        HouseholdState young = HouseholdState.of(Facts.household("A").approved(LocalDate.of(2026, 1, 1), 0, 4, 2).build(),
                TODAY, 28, 60);
        HouseholdState wide = HouseholdState.of(Facts.household("B").approved(LocalDate.of(2026, 1, 1), 3, 12, 1).build(),
                TODAY, 28, 60);
        HouseholdState lapsed = HouseholdState.of(Facts.household("C").approved(LocalDate.of(2025, 1, 1), 0, 17, 3).build(),
                TODAY, 28, 60);
        HouseholdState breaks = HouseholdState.of(Facts.household("D").approved(new ApprovalTerms(LocalDate.of(2026, 1, 1),
                ApprovalType.SHORT_BREAKS, 8, 17, 1, EnumSet.noneOf(ApprovalTerm.class), null, null, null)).build(),
                TODAY, 28, 60);
        HouseholdState kin = HouseholdState.of(Facts.household("E").approved(new ApprovalTerms(LocalDate.of(2026, 1, 1),
                ApprovalType.KINSHIP, 0, 17, 2, EnumSet.noneOf(ApprovalTerm.class), null, 1L, 5L)).build(),
                TODAY, 28, 60);
        List<VacancySummary.Band> bands = VacancySummary.of(List.of(young, wide, lapsed, breaks, kin));
        assertEquals("0 to 4", bands.get(0).label());
        assertEquals(2, bands.get(0).mainstreamHouseholds());
        assertEquals(3, bands.get(0).mainstreamPlaces());
        assertEquals(1, bands.get(1).mainstreamHouseholds(), "5 to 10: only the 3 to 12 carers");
        assertEquals(1, bands.get(1).shortBreakPlaces());
        assertEquals(0, bands.get(3).mainstreamPlaces(), "16 to 17: the 0 to 17 carers' review has lapsed");
        assertEquals(1, bands.get(3).shortBreakHouseholds());
    }
}
