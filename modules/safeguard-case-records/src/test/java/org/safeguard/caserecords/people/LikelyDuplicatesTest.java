package org.safeguard.caserecords.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.people.LikelyDuplicates.Candidate;
import org.safeguard.caserecords.people.LikelyDuplicates.Reason;

class LikelyDuplicatesTest {

    private static final LocalDate AMY_DOB = LocalDate.of(2019, 3, 2);

    private static Candidate proposed(String given, String family, LocalDate dob, String nhs) {
        return new Candidate(null, given, family, dob, nhs);
    }

    private static Candidate existing(long id, String given, String family, LocalDate dob, String nhs) {
        return new Candidate(id, given, family, dob, nhs);
    }

    @Test
    void theSameFamilyNameAndDateOfBirthMatchEvenWithADifferentlySpeltGivenName() {
        Set<Reason> reasons = LikelyDuplicates.reasons(proposed("Kayley", "Smith", AMY_DOB, null),
                existing(1, "Kayleigh", "Smith", AMY_DOB, null));
        assertEquals(Set.of(Reason.SAME_FAMILY_NAME_AND_DATE_OF_BIRTH), reasons);
    }

    @Test
    void theSameNhsNumberMatchesWhateverTheName() {
        Set<Reason> reasons = LikelyDuplicates.reasons(proposed("Amy", "Jones", null, "9434765919"),
                existing(1, "Amelia", "Smith", AMY_DOB, "9434765919"));
        assertEquals(Set.of(Reason.SAME_NHS_NUMBER), reasons);
    }

    @Test
    void theSameNameMatchesWhenEitherDateOfBirthIsUnknownOrDifferent() {
        assertEquals(Set.of(Reason.SAME_NAME), LikelyDuplicates.reasons(proposed("Amy", "Smith", null, null),
                existing(1, "Amy", "Smith", AMY_DOB, null)));
        assertEquals(Set.of(Reason.SAME_NAME), LikelyDuplicates.reasons(proposed("Amy", "Smith", AMY_DOB, null),
                existing(1, "Amy", "Smith", null, null)));
        assertEquals(Set.of(Reason.SAME_NAME), LikelyDuplicates.reasons(proposed("Amy", "Smith", AMY_DOB, null),
                existing(1, "Amy", "Smith", AMY_DOB.plusYears(3), null)));
    }

    @Test
    void namesCompareWithoutCaseOrOuterSpaces() {
        assertEquals(Set.of(Reason.SAME_NAME, Reason.SAME_FAMILY_NAME_AND_DATE_OF_BIRTH),
                LikelyDuplicates.reasons(proposed(" amy ", "SMITH", AMY_DOB, null), existing(1, "Amy", "Smith", AMY_DOB, null)));
    }

    @Test
    void differentPeopleDoNotMatch() {
        // same date of birth, different family: a classmate, not a duplicate
        assertTrue(LikelyDuplicates.reasons(proposed("Amy", "Jones", AMY_DOB, null),
                existing(1, "Amy", "Smith", AMY_DOB, null)).isEmpty());
        // same family, different child
        assertTrue(LikelyDuplicates.reasons(proposed("Ben", "Smith", LocalDate.of(2021, 5, 1), null),
                existing(1, "Amy", "Smith", AMY_DOB, null)).isEmpty());
        // both dates unknown is not "the same date"
        assertTrue(LikelyDuplicates.reasons(proposed("Ben", "Smith", null, null),
                existing(1, "Amy", "Smith", null, null)).isEmpty());
        // both NHS numbers missing is not "the same NHS number"
        assertTrue(LikelyDuplicates.reasons(proposed("Ben", "Jones", null, null),
                existing(1, "Amy", "Smith", null, null)).isEmpty());
        assertTrue(LikelyDuplicates.reasons(proposed("Ben", "Jones", null, " "),
                existing(1, "Amy", "Smith", null, "")).isEmpty());
    }

    @Test
    void matchesComeStrongestFirstAndNonMatchesAreDropped() {
        List<Candidate> people = List.of(
                existing(5, "Amy", "Smith", null, null),
                existing(6, "Ben", "Smith", AMY_DOB, null),
                existing(7, "Zoe", "Brown", null, "9434765919"),
                existing(8, "Carl", "Smith", LocalDate.of(2000, 1, 1), null));
        List<LikelyDuplicates.Match> matches = LikelyDuplicates.among(
                proposed("Amy", "Smith", AMY_DOB, "9434765919"), people);
        assertEquals(List.of(7L, 6L, 5L), matches.stream().map(m -> m.existing().id()).toList());
        assertEquals(List.of("Same NHS number"), matches.get(0).labels());
        assertEquals(List.of("Same family name and date of birth"), matches.get(1).labels());
        assertEquals(List.of("Same name"), matches.get(2).labels());
    }

    @Test
    void aPersonIsNotTheirOwnDuplicate() {
        Candidate amy = existing(5, "Amy", "Smith", AMY_DOB, null);
        assertTrue(LikelyDuplicates.among(amy, List.of(amy)).isEmpty());
    }
}
