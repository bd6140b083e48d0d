package org.safeguard.familysafeguarding.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safeguard.familysafeguarding.Records.assignment;
import static org.safeguard.familysafeguarding.Records.ended;
import static org.safeguard.familysafeguarding.Records.factor;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguard.familysafeguarding.model.Discipline;
import org.safeguard.familysafeguarding.model.FactorKind;

class WaitingFamiliesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    @Test
    void aFactorWithNobodyOfItsDisciplineWaitsSinceItWasIdentified() {
        List<WaitingFamilies.Waiting> waiting = WaitingFamilies.of(
                List.of(factor(1, 11, "Kelly Smith", FactorKind.DOMESTIC_ABUSE_VICTIM, LocalDate.of(2026, 3, 2))),
                List.of(), TODAY);
        assertEquals(1, waiting.size());
        WaitingFamilies.Waiting w = waiting.get(0);
        assertEquals(Discipline.DOMESTIC_ABUSE, w.discipline());
        assertEquals(LocalDate.of(2026, 3, 2), w.since());
        assertEquals(14, w.days());
        assertEquals("14 days", w.daysText());
        assertEquals("Kelly Smith", w.adultsText());
    }

    @Test
    void anOpenAssignmentOfTheDisciplineAnywhereInTheFamilyStopsTheWait() {
        // whole-family working: the domestic abuse practitioner working with Kelly covers Dean's factor too
        List<WaitingFamilies.Waiting> waiting = WaitingFamilies.of(
                List.of(factor(1, 11, "Kelly Smith", FactorKind.DOMESTIC_ABUSE_VICTIM, LocalDate.of(2026, 1, 5)),
                        factor(1, 12, "Dean Smith", FactorKind.DOMESTIC_ABUSE_PERPETRATOR, LocalDate.of(2026, 1, 5))),
                List.of(assignment(1, 11, "Kelly Smith", 5, "Bridget Elm", Discipline.DOMESTIC_ABUSE,
                        LocalDate.of(2026, 1, 20))), TODAY);
        assertEquals(List.of(), waiting);
    }

    @Test
    void anotherDisciplinesPractitionerDoesNotStopTheWait() {
        List<WaitingFamilies.Waiting> waiting = WaitingFamilies.of(
                List.of(factor(1, 11, "Kelly Smith", FactorKind.MENTAL_HEALTH, LocalDate.of(2026, 1, 5))),
                List.of(assignment(1, 11, "Kelly Smith", 3, "Neil Coates", Discipline.SUBSTANCE_MISUSE,
                        LocalDate.of(2026, 1, 20))), TODAY);
        assertEquals(1, waiting.size());
        assertEquals(Discipline.MENTAL_HEALTH, waiting.get(0).discipline());
    }

    @Test
    void aFamilyWhosePractitionerStoppedWaitsSinceThenNotSinceTheAssessment() {
        List<WaitingFamilies.Waiting> waiting = WaitingFamilies.of(
                List.of(factor(1, 11, "Kelly Smith", FactorKind.SUBSTANCE_MISUSE, LocalDate.of(2025, 6, 1))),
                List.of(ended(assignment(1, 11, "Kelly Smith", 3, "Neil Coates", Discipline.SUBSTANCE_MISUSE,
                        LocalDate.of(2025, 6, 10)), LocalDate.of(2026, 3, 9))), TODAY);
        assertEquals(LocalDate.of(2026, 3, 9), waiting.get(0).since());
        assertEquals(7, waiting.get(0).days());
    }

    @Test
    void workThatEndedBeforeTheFactorWasIdentifiedDoesNotShortenTheWait() {
        List<WaitingFamilies.Waiting> waiting = WaitingFamilies.of(
                List.of(factor(1, 11, "Kelly Smith", FactorKind.SUBSTANCE_MISUSE, LocalDate.of(2026, 2, 1))),
                List.of(ended(assignment(1, 11, "Kelly Smith", 3, "Neil Coates", Discipline.SUBSTANCE_MISUSE,
                        LocalDate.of(2025, 1, 10)), LocalDate.of(2025, 6, 1))), TODAY);
        assertEquals(LocalDate.of(2026, 2, 1), waiting.get(0).since());
    }

    @Test
    void endedFactorsDoNotMakeAFamilyWait() {
        assertEquals(List.of(), WaitingFamilies.of(
                List.of(ended(factor(1, 11, "Kelly Smith", FactorKind.SUBSTANCE_MISUSE, LocalDate.of(2026, 1, 1)),
                        LocalDate.of(2026, 3, 1))), List.of(), TODAY));
    }

    @Test
    void oneLinePerFamilyAndDisciplineNamingEveryFactorAndAdultLongestWaitingFirst() {
        List<WaitingFamilies.Waiting> waiting = WaitingFamilies.of(List.of(
                factor(2, 21, "Jo Jones", FactorKind.MENTAL_HEALTH, LocalDate.of(2026, 3, 10)),
                factor(1, 12, "Dean Smith", FactorKind.DOMESTIC_ABUSE_PERPETRATOR, LocalDate.of(2026, 2, 20)),
                factor(1, 11, "Kelly Smith", FactorKind.DOMESTIC_ABUSE_VICTIM, LocalDate.of(2026, 2, 1))),
                List.of(), TODAY);
        assertEquals(2, waiting.size());
        WaitingFamilies.Waiting smith = waiting.get(0);
        assertEquals(1, smith.familyId());
        assertEquals(LocalDate.of(2026, 2, 1), smith.since(), "the earliest open factor of the discipline");
        assertEquals(Set.of(FactorKind.DOMESTIC_ABUSE_VICTIM, FactorKind.DOMESTIC_ABUSE_PERPETRATOR), smith.kinds());
        assertEquals("Dean Smith, Kelly Smith", smith.adultsText());
        assertEquals(2, waiting.get(1).familyId());
    }

    @Test
    void aFactorIdentifiedTodayWaitsFromToday() {
        List<WaitingFamilies.Waiting> waiting = WaitingFamilies.of(
                List.of(factor(1, 11, "Kelly Smith", FactorKind.SUBSTANCE_MISUSE, TODAY)), List.of(), TODAY);
        assertEquals(0, waiting.get(0).days());
        assertTrue(waiting.get(0).daysText().startsWith("0"));
    }
}
