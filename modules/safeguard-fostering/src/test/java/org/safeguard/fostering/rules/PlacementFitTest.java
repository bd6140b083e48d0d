package org.safeguard.fostering.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguard.fostering.model.ApprovalTerm;
import org.safeguard.fostering.model.ApprovalTerms;
import org.safeguard.fostering.model.ApprovalType;
import org.safeguard.fostering.model.PlacementNeed;

/** The rules deciding which carers are offered for a placement. Today is 1 December 2026; grace 28 days. */
class PlacementFitTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final LocalDate START = LocalDate.of(2026, 12, 14);
    static final LocalDate APPROVED = LocalDate.of(2026, 6, 1);
    static final int GRACE = 28;
    static final int SOON = 60;

    private static PlacementRequest request(PlacementNeed need, LocalDate start, ChildToPlace... children) {
        return new PlacementRequest(need, start, List.of(children));
    }

    private static ChildToPlace child(long caseId, LocalDate born) {
        return new ChildToPlace(caseId, 500, born);
    }

    private static Set<FitReason> reasons(HouseholdFacts facts, PlacementRequest request) {
        return PlacementFit.assess(facts, request, TODAY, GRACE, SOON).reasons();
    }

    @Test
    void ageIsCompletedYearsOnTheStartDate() {
        assertEquals(10, PlacementFit.ageOn(LocalDate.of(2016, 12, 14), START), "tenth birthday on the start date");
        assertEquals(9, PlacementFit.ageOn(LocalDate.of(2016, 12, 15), START), "tenth birthday the day after");
        assertEquals(0, PlacementFit.ageOn(START, START), "born that day");
        assertEquals(-1, PlacementFit.ageOn(START.plusDays(1), START), "not born yet");
    }

    @Test
    void theOldestApprovedAgeIncludesTheWholeYearUpToTheNextBirthday() {
        HouseholdFacts upToTen = Facts.household("Hartley").approved(APPROVED, 0, 10, 1).build();
        // 10 on the start date, the day before turning 11: inside 0 to 10
        assertTrue(reasons(upToTen, request(PlacementNeed.SHORT_TERM, START, child(1, LocalDate.of(2015, 12, 15)))).isEmpty());
        // turns 11 on the start date: outside
        assertEquals(Set.of(FitReason.AGE),
                reasons(upToTen, request(PlacementNeed.SHORT_TERM, START, child(1, LocalDate.of(2015, 12, 14)))));
    }

    @Test
    void theYoungestApprovedAgeStartsOnThatBirthday() {
        HouseholdFacts fromFive = Facts.household("Okonjo").approved(APPROVED, 5, 17, 1).build();
        assertTrue(reasons(fromFive, request(PlacementNeed.SHORT_TERM, START, child(1, LocalDate.of(2021, 12, 14)))).isEmpty(),
                "fifth birthday on the start date");
        assertEquals(Set.of(FitReason.AGE),
                reasons(fromFive, request(PlacementNeed.SHORT_TERM, START, child(1, LocalDate.of(2021, 12, 15)))),
                "still four on the start date");
    }

    @Test
    void agesAreCheckedOnTheStartDateNotToday() {
        HouseholdFacts underFive = Facts.household("Walsh").approved(APPROVED, 0, 4, 1).build();
        LocalDate born = LocalDate.of(2021, 12, 10);   // 4 today, 5 by the start date
        assertTrue(reasons(underFive, request(PlacementNeed.SHORT_TERM, TODAY, child(1, born))).isEmpty());
        assertEquals(Set.of(FitReason.AGE), reasons(underFive, request(PlacementNeed.SHORT_TERM, START, child(1, born))));
    }

    @Test
    void aChildNotYetBornOrWithoutADateOfBirthNeverFits() {
        HouseholdFacts anyAge = Facts.household("Mistry").approved(APPROVED, 0, 17, 2).build();
        assertEquals(Set.of(FitReason.AGE), reasons(anyAge, request(PlacementNeed.SHORT_TERM, START, child(1, START.plusDays(3)))));
        assertEquals(Set.of(FitReason.AGE), reasons(anyAge, request(PlacementNeed.SHORT_TERM, START, child(1, null))));
    }

    @Test
    void childrenLivingThereAndPlacesHeldByOtherMatchesTakeRoom() {
        LocalDate born = LocalDate.of(2018, 3, 1);
        HouseholdFacts full = Facts.household("Collins").approved(APPROVED, 0, 17, 2)
                .living(10, LocalDate.of(2026, 7, 1), null).matched(11).build();
        assertEquals(Set.of(FitReason.NO_ROOM), reasons(full, request(PlacementNeed.SHORT_TERM, START, child(1, born))));
        // the child's own pending match holds no extra place against them
        assertTrue(reasons(full, request(PlacementNeed.SHORT_TERM, START, child(11, born))).isEmpty());
    }

    @Test
    void aChildLeavingByTheStartDateFreesTheirPlace() {
        LocalDate born = LocalDate.of(2018, 3, 1);
        HouseholdFacts leaving = Facts.household("Drummond").approved(APPROVED, 0, 17, 1)
                .living(10, LocalDate.of(2026, 7, 1), START).build();
        assertTrue(reasons(leaving, request(PlacementNeed.SHORT_TERM, START, child(1, born))).isEmpty(),
                "left on the start date");
        HouseholdFacts stillThere = Facts.household("Drummond").approved(APPROVED, 0, 17, 1)
                .living(10, LocalDate.of(2026, 7, 1), START.plusDays(1)).build();
        assertEquals(Set.of(FitReason.NO_ROOM),
                reasons(stillThere, request(PlacementNeed.SHORT_TERM, START, child(1, born))), "leaves the day after");
    }

    @Test
    void brothersAndSistersAreOfferedOnlyCarersWhoCanTakeThemAllTogether() {
        PlacementRequest siblings = request(PlacementNeed.SHORT_TERM, START,
                child(1, LocalDate.of(2018, 3, 1)), child(2, LocalDate.of(2014, 5, 1)));
        HouseholdFacts onePlace = Facts.household("Ashworth").approved(APPROVED, 0, 17, 1).build();
        HouseholdFacts twoPlaces = Facts.household("Kowalski").approved(APPROVED, 0, 17, 2).build();
        HouseholdFacts youngOnly = Facts.household("Bramley").approved(APPROVED, 0, 10, 3).build();
        assertEquals(Set.of(FitReason.NO_ROOM), reasons(onePlace, siblings));
        assertTrue(reasons(twoPlaces, siblings).isEmpty());
        assertEquals(Set.of(FitReason.AGE), reasons(youngOnly, siblings), "the older one is 12: nobody is split off");
    }

    @Test
    void deregisteredCarersAreNotOffered() {
        HouseholdFacts gone = Facts.household("Nightingale").approved(APPROVED, 0, 17, 2)
                .deregistered(LocalDate.of(2026, 11, 1)).build();
        assertEquals(Set.of(FitReason.NOT_APPROVED),
                reasons(gone, request(PlacementNeed.SHORT_TERM, START, child(1, LocalDate.of(2018, 3, 1)))));
    }

    @Test
    void anOverdueReviewIsFlaggedWithinTheGraceAndLeavesTheCarersOutBeyondIt() {
        PlacementRequest placement = request(PlacementNeed.SHORT_TERM, START, child(1, LocalDate.of(2018, 3, 1)));
        // due 1 December 2026 (approved a year before): due today, still offered
        HouseholdFacts dueToday = Facts.household("Osei").approved(LocalDate.of(2025, 12, 1), 0, 17, 1).build();
        assertTrue(reasons(dueToday, placement).isEmpty());
        // due 3 November 2026: 28 days overdue today, the last day of the grace
        HouseholdFacts lastDay = Facts.household("Thackeray").approved(LocalDate.of(2025, 11, 3), 0, 17, 1).build();
        PlacementFit.Assessment flagged = PlacementFit.assess(lastDay, placement, TODAY, GRACE, SOON);
        assertTrue(flagged.fits());
        assertEquals(ReviewSchedule.State.OVERDUE, flagged.state().reviewState());
        // due 2 November 2026: 29 days overdue, beyond the grace
        HouseholdFacts lapsed = Facts.household("Lambert").approved(LocalDate.of(2025, 11, 2), 0, 17, 1).build();
        assertEquals(Set.of(FitReason.REVIEW_LAPSED), reasons(lapsed, placement));
        // a review restores them
        HouseholdFacts reviewed = Facts.household("Lambert").approved(LocalDate.of(2025, 11, 2), 0, 17, 1)
                .reviewed(LocalDate.of(2026, 11, 20)).build();
        assertTrue(reasons(reviewed, placement).isEmpty());
    }

    @Test
    void shortBreakCarersOnlyForShortBreaksAndMainstreamCarersNotForThem() {
        ChildToPlace child = child(1, LocalDate.of(2015, 3, 1));
        HouseholdFacts breaks = Facts.household("Reddy").approved(new ApprovalTerms(APPROVED, ApprovalType.SHORT_BREAKS,
                5, 17, 1, EnumSet.noneOf(ApprovalTerm.class), null, null, null)).build();
        HouseholdFacts mainstream = Facts.household("Quinn").approved(APPROVED, 0, 17, 1).build();
        assertTrue(reasons(breaks, request(PlacementNeed.SHORT_BREAKS, START, child)).isEmpty());
        assertEquals(Set.of(FitReason.NOT_THIS_KIND), reasons(breaks, request(PlacementNeed.LONG_TERM, START, child)));
        assertEquals(Set.of(FitReason.NOT_THIS_KIND), reasons(mainstream, request(PlacementNeed.SHORT_BREAKS, START, child)));
    }

    @Test
    void kinshipCarersFitOnlyTheChildrenOfTheFamilyTheyAreConnectedTo() {
        HouseholdFacts kin = Facts.household("Gallagher").approved(new ApprovalTerms(APPROVED, ApprovalType.KINSHIP,
                0, 17, 2, EnumSet.noneOf(ApprovalTerm.class), null, 1L, 500L)).build();
        assertTrue(reasons(kin, request(PlacementNeed.LONG_TERM, START, new ChildToPlace(2, 500, LocalDate.of(2017, 1, 1))))
                .isEmpty(), "a brother of the connected child");
        assertEquals(Set.of(FitReason.NOT_CONNECTED),
                reasons(kin, request(PlacementNeed.LONG_TERM, START, new ChildToPlace(3, 501, LocalDate.of(2017, 1, 1)))));
    }

    @Test
    void longTermOnlyAndShortTermOnlyTermsRuleOutTheOtherKind() {
        ChildToPlace child = child(1, LocalDate.of(2015, 3, 1));
        HouseholdFacts longTerm = Facts.household("Whitmore").approved(APPROVED, 0, 17, 1, ApprovalTerm.LONG_TERM_ONLY).build();
        HouseholdFacts shortTerm = Facts.household("Stanton").approved(APPROVED, 0, 17, 1, ApprovalTerm.SHORT_TERM_ONLY).build();
        assertEquals(Set.of(FitReason.TERMS), reasons(longTerm, request(PlacementNeed.SHORT_TERM, START, child)));
        assertTrue(reasons(longTerm, request(PlacementNeed.LONG_TERM, START, child)).isEmpty());
        assertEquals(Set.of(FitReason.TERMS), reasons(shortTerm, request(PlacementNeed.LONG_TERM, START, child)));
        assertTrue(reasons(shortTerm, request(PlacementNeed.SHORT_TERM, START, child)).isEmpty());
    }

    @Test
    void withoutASaidNeedOnlyMainstreamCarersFitWhateverTheirTerms() {
        ChildToPlace child = child(1, LocalDate.of(2015, 3, 1));
        HouseholdFacts longTerm = Facts.household("Holloway").approved(APPROVED, 0, 17, 1, ApprovalTerm.LONG_TERM_ONLY).build();
        HouseholdFacts kin = Facts.household("Fenwick").approved(new ApprovalTerms(APPROVED, ApprovalType.KINSHIP,
                0, 17, 1, EnumSet.noneOf(ApprovalTerm.class), null, 1L, 500L)).build();
        assertTrue(reasons(longTerm, request(null, START, child)).isEmpty());
        assertEquals(Set.of(FitReason.NOT_THIS_KIND), reasons(kin, request(null, START, child)));
    }

    @Test
    void theBestFitUsesTheMostFreePlacesThenTheName() {
        ChildToPlace child = child(1, LocalDate.of(2015, 3, 1));
        HouseholdFacts three = Facts.household("Adebayo").approved(APPROVED, 0, 17, 3).build();
        HouseholdFacts oneZ = Facts.household("Zeller").approved(APPROVED, 0, 17, 1).build();
        HouseholdFacts oneM = Facts.household("marsden").approved(APPROVED, 0, 17, 1).build();
        HouseholdFacts full = Facts.household("Aaron").approved(APPROVED, 0, 17, 1).living(9, APPROVED, null).build();
        List<PlacementFit.Assessment> best = PlacementFit.candidates(List.of(three, oneZ, full, oneM),
                request(PlacementNeed.SHORT_TERM, START, child), TODAY, GRACE, SOON);
        assertEquals(List.of("marsden", "Zeller", "Adebayo"), best.stream().map(a -> a.facts().household().name()).toList());
        assertFalse(best.stream().anyMatch(a -> a.facts().household().name().equals("Aaron")));
    }
}
