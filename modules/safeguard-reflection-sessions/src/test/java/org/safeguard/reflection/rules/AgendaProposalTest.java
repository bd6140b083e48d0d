package org.safeguard.reflection.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguard.reflection.rules.AgendaProposal.Candidate;

class AgendaProposalTest {

    private static final LocalDate SESSION = LocalDate.of(2026, 3, 18);

    private static Candidate family(long id, String name, LocalDate openSince, LocalDate last) {
        return new Candidate(id, name, openSince, last, null);
    }

    private static List<Long> ids(List<Candidate> candidates) {
        return candidates.stream().map(Candidate::familyId).toList();
    }

    @Test
    void neverDiscussedComeFirstTheLongestOpenFirstThenTheOldestDiscussed() {
        List<Candidate> team = List.of(
                family(1, "Adams", LocalDate.of(2025, 1, 10), LocalDate.of(2026, 3, 4)),
                family(2, "Brown", LocalDate.of(2025, 6, 1), null),
                family(3, "Clark", LocalDate.of(2024, 2, 1), LocalDate.of(2026, 1, 7)),
                family(4, "Dixon", LocalDate.of(2026, 3, 1), null),
                family(5, "Evans", LocalDate.of(2023, 5, 5), LocalDate.of(2026, 2, 11)));

        assertEquals(List.of(2L, 4L, 3L, 5L, 1L), ids(AgendaProposal.propose(team, 10)));
    }

    @Test
    void theProposalIsAsLongAsTheSessionHasTimeFor() {
        List<Candidate> team = List.of(
                family(1, "Adams", LocalDate.of(2025, 1, 10), LocalDate.of(2026, 3, 4)),
                family(2, "Brown", LocalDate.of(2025, 6, 1), LocalDate.of(2026, 2, 4)),
                family(3, "Clark", LocalDate.of(2024, 2, 1), LocalDate.of(2026, 1, 7)));

        assertEquals(List.of(3L, 2L), ids(AgendaProposal.propose(team, 2)));
        assertEquals(List.of(), ids(AgendaProposal.propose(team, 0)));
    }

    @Test
    void capacityIsTheSessionLengthOverTheTimeForEachFamilyAndAtLeastOne() {
        assertEquals(12, AgendaProposal.capacity(120, 10));
        assertEquals(2, AgendaProposal.capacity(25, 10));
        assertEquals(1, AgendaProposal.capacity(5, 10));
        assertEquals(90, AgendaProposal.capacity(90, 0), "a zero minutes-per-family setting cannot divide by zero");
    }

    @Test
    void aFamilyPlannedForAnEarlierSessionCountsAsDiscussedOnThatDate() {
        Candidate plannedNextWeek = new Candidate(1, "Adams", LocalDate.of(2025, 1, 1), null, LocalDate.of(2026, 3, 11));
        Candidate discussedInJanuary = family(2, "Brown", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 14));
        Candidate neverDiscussed = family(3, "Clark", LocalDate.of(2025, 1, 1), null);

        assertEquals(List.of(3L, 2L, 1L),
                ids(AgendaProposal.propose(List.of(plannedNextWeek, discussedInJanuary, neverDiscussed), 3)));
        assertEquals(LocalDate.of(2026, 3, 11), plannedNextWeek.lastOrPlanned());
    }

    @Test
    void theLaterOfLastDiscussionAndPlanCounts() {
        assertEquals(LocalDate.of(2026, 3, 4),
                new Candidate(1, "A", null, LocalDate.of(2026, 3, 4), LocalDate.of(2026, 2, 1)).lastOrPlanned());
        assertEquals(LocalDate.of(2026, 3, 11),
                new Candidate(1, "A", null, LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 11)).lastOrPlanned());
    }

    @Test
    void familiesOfTheSameDateGoByName() {
        LocalDate same = LocalDate.of(2026, 2, 4);
        List<Candidate> team = List.of(family(9, "Young", null, same), family(8, "Abbott", null, same));

        assertEquals(List.of(8L, 9L), ids(AgendaProposal.propose(team, 2)));
    }

    @Test
    void dueByCountsFamiliesWhoseIntervalEndsOnOrBeforeTheSession() {
        List<Candidate> team = List.of(
                family(1, "Due on the day", LocalDate.of(2025, 1, 1), SESSION.minusDays(28)),
                family(2, "Not due yet", LocalDate.of(2025, 1, 1), SESSION.minusDays(27)),
                family(3, "Long overdue", LocalDate.of(2025, 1, 1), SESSION.minusDays(90)),
                family(4, "New, open 28 days", SESSION.minusDays(28), null),
                family(5, "New, open 10 days", SESSION.minusDays(10), null),
                new Candidate(6, "Planned next week", LocalDate.of(2025, 1, 1), SESSION.minusDays(60), SESSION.minusDays(7)));

        assertEquals(3, AgendaProposal.dueBy(team, SESSION, 28));
    }
}
