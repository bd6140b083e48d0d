package org.safeguard.caserecords.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.people.PersonSearch.NameClause;

class PersonSearchTest {

    private static PersonSearch search(Map<String, String> query) {
        return PersonSearch.read(name -> Optional.ofNullable(query.get(name)));
    }

    @Test
    void oneWordIsTheStartOfEitherName() {
        assertEquals(List.of(new NameClause("smi", null), new NameClause(null, "smi")),
                search(Map.of("name", " SMI ")).nameClauses());
    }

    @Test
    void twoWordsAreGivenThenFamilyOrTheOtherWayRound() {
        List<NameClause> clauses = search(Map.of("name", "Amy  Smi")).nameClauses();
        assertTrue(clauses.contains(new NameClause("amy", "smi")));
        assertTrue(clauses.contains(new NameClause("smi", "amy")));
        assertTrue(clauses.contains(new NameClause(null, "amy smi")), "a family name with a space");
    }

    @Test
    void aCommaMeansFamilyNameFirst() {
        assertEquals(List.of(new NameClause("amy", "smith")), search(Map.of("name", "Smith, Amy")).nameClauses());
        assertEquals(List.of(new NameClause(null, "smith")), search(Map.of("name", "Smith,")).nameClauses());
    }

    @Test
    void nothingTypedIsNoSearch() {
        assertTrue(search(Map.of()).blank());
        assertTrue(search(Map.of()).nameClauses().isEmpty());
    }

    @Test
    void badInputIsReportedOnItsField() {
        PersonSearch bad = search(Map.of("dateOfBirthDay", "31", "dateOfBirthMonth", "2", "dateOfBirthYear", "2019",
                "personId", "12a"));
        assertEquals("Date of birth must be a real date", bad.validate().byField().get("dateOfBirthDay"));
        assertEquals("Person ID must be a number, like 10234", bad.validate().byField().get("personId"));
    }

    @Test
    void theAuditDetailNamesTheKindOfSearchNeverTheName() {
        PersonSearch byName = search(Map.of("name", "Amy Smith", "personId", "12"));
        assertEquals("name,id", byName.describe());
        assertEquals("name=Amy+Smith&personId=12&", byName.queryString());
    }

    @Test
    void likeWildcardsTypedByTheUserAreTakenLiterally() {
        assertEquals("o!_b!%!!%", PeopleRepository.prefix("o_b%!"));
    }
}
