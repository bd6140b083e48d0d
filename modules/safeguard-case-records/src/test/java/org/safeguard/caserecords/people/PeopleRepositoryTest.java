package org.safeguard.caserecords.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safeguard.caserecords.people.PeopleWorld.AMY_DOB;
import static org.safeguard.caserecords.people.PeopleWorld.CCC;
import static org.safeguard.caserecords.people.PeopleWorld.COUNTY_TEAM;
import static org.safeguard.caserecords.people.PeopleWorld.EAST_TEAM;
import static org.safeguard.caserecords.people.PeopleWorld.FENLAND;
import static org.safeguard.caserecords.people.PeopleWorld.FENLAND_TEAM;
import static org.safeguard.caserecords.people.PeopleWorld.HUNTS;
import static org.safeguard.caserecords.people.PeopleWorld.HUNTS_TEAM;
import static org.safeguard.caserecords.people.PeopleWorld.PCC;
import static org.safeguard.caserecords.people.PeopleWorld.PCC_TEAM;
import static org.safeguard.caserecords.people.PeopleWorld.user;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.model.Family;
import org.safeguard.caserecords.model.Person;
import org.safeguard.platform.api.web.Paging;
import org.safeguard.platform.api.persistence.Transactions;
import org.safeguard.platform.api.security.CurrentUser;

/** Search and the person's visibility follow the district and authority rule, in the database. */
class PeopleRepositoryTest {

    private static PeopleWorld world;
    private static PeopleRepository people;

    @BeforeAll
    static void seed() {
        world = new PeopleWorld("people-repository");
        people = world.people();
    }

    @AfterAll
    static void close() throws Exception {
        world.close();
    }

    private static List<String> names(CurrentUser user, Map<String, String> query) {
        return search(user, query, 1).rows().stream().map(r -> r.name() + " (" + r.id() + ")").toList();
    }

    private static PeopleRepository.SearchResult search(CurrentUser user, Map<String, String> query, int page) {
        PeopleAccess scope = PeopleAccess.of(world.access, user);
        PersonSearch search = PersonSearch.read(name -> Optional.ofNullable(query.get(name)));
        return people.search(search, scope.authorityId(), scope.districtIds(),
                total -> new Paging(Math.min(page, (int) Math.max(1, (total + 24) / 25)), 25, total));
    }

    private static String n(String name, long id) {
        return name + " (" + id + ")";
    }

    @Test
    void aFenlandWorkerFindsFenlandFamiliesPastMembersAndChildrenOfFenlandCases() {
        CurrentUser fenland = user(CCC, FENLAND_TEAM, 7L);
        assertEquals(List.of(n("Amy Smith", world.amy), n("Dean Smith", world.dean), n("Kyle Smith", world.kyle)),
                names(fenland, Map.of("name", "smith")), "Kyle left the Fenland household but is found through it");
        assertEquals(List.of(n("Cara Jones", world.cara)), names(fenland, Map.of("name", "jones")),
                "Cara's family is in Huntingdonshire but her case is in Fenland");
        assertEquals(List.of(n("Kyle Smith", world.kyle)), names(fenland, Map.of("name", "kyle")),
                "Kyle lives with Cara: a family with a Fenland case");
    }

    @Test
    void aHuntingdonshireWorkerSeesOnlyTheirDistrict() {
        CurrentUser hunts = user(CCC, HUNTS_TEAM, 8L);
        assertEquals(List.of(n("Kyle Smith", world.kyle)), names(hunts, Map.of("name", "smith")));
        assertEquals(List.of(n("Cara Jones", world.cara)), names(hunts, Map.of("name", "cara")));
    }

    @Test
    void aCountyWideTeamSeesEveryDistrictWhereCaseRecordsIsEnabled() {
        CurrentUser county = user(CCC, COUNTY_TEAM, 9L);
        assertEquals(List.of(n("Amy Smith", world.amy), n("Dean Smith", world.dean), n("Kyle Smith", world.kyle)),
                names(county, Map.of("name", "smi")), "not Amy Smithson: East Cambridgeshire has case records switched off");
    }

    @Test
    void aDistrictWithCaseRecordsSwitchedOffShowsNobodyEvenToItsOwnTeam() {
        assertTrue(names(user(CCC, EAST_TEAM, 10L), Map.of("name", "amy")).isEmpty());
    }

    @Test
    void anotherAuthoritysPeopleAreNeverFound() {
        CurrentUser pcc = user(PCC, PCC_TEAM, 11L);
        assertEquals(List.of(n("Amy Smith", world.pccAmy)), names(pcc, Map.of("name", "amy smith")));
        assertFalse(names(user(CCC, COUNTY_TEAM, 9L), Map.of("name", "amy smith")).contains(n("Amy Smith", world.pccAmy)));
        assertTrue(names(pcc, Map.of("personId", String.valueOf(world.amy))).isEmpty(), "not even by id");
    }

    @Test
    void givenAndFamilyNamesMatchByTheirStartInAnyCaseAndOrder() {
        CurrentUser fenland = user(CCC, FENLAND_TEAM, 7L);
        assertEquals(List.of(n("Amy Smith", world.amy)), names(fenland, Map.of("name", "AMY SMI")));
        assertEquals(List.of(n("Amy Smith", world.amy)), names(fenland, Map.of("name", "smith amy")));
        assertEquals(List.of(n("Amy Smith", world.amy)), names(fenland, Map.of("name", "Smith, A")));
        assertTrue(names(fenland, Map.of("name", "my")).isEmpty(), "the start of a name, not the middle");
        assertTrue(names(fenland, Map.of("name", "%")).isEmpty(), "a typed % is a percent sign, not a wildcard");
    }

    @Test
    void dateOfBirthAndIdNarrowTheSearch() {
        CurrentUser fenland = user(CCC, FENLAND_TEAM, 7L);
        Map<String, String> dob = Map.of("dateOfBirthDay", "2", "dateOfBirthMonth", "3", "dateOfBirthYear", "2019");
        assertEquals(List.of(n("Amy Smith", world.amy)), names(fenland, dob));
        Map<String, String> both = new HashMap<>(dob);
        both.put("name", "dean");
        assertTrue(names(fenland, both).isEmpty());
        assertEquals(List.of(n("Dean Smith", world.dean)), names(fenland, Map.of("personId", String.valueOf(world.dean))));
        PeopleRepository.SearchResult result = search(fenland, Map.of("name", "amy"), 1);
        assertEquals("Smith family, PE15 8AA", result.rows().get(0).household());
    }

    @Test
    void resultsArePagedWithATotal() {
        long family = Transactions.inTransaction(world.db.factory(), em -> {
            Family f = new Family(CCC, HUNTS, "Paget", "2 High Street", null, "St Ives", "PE27 5AB",
                    LocalDateTime.of(2026, 1, 1, 9, 0));
            em.persist(f);
            em.flush();
            for (int i = 0; i < 30; i++) {
                Person p = PeopleWorld.person(em, CCC, Person.Kind.CHILD, "Child" + (char) ('a' + i % 26) + i, "Paget",
                        LocalDate.of(2015, 1, 1), null, LocalDateTime.of(2026, 1, 1, 9, 0));
                PeopleWorld.member(em, f, p, LocalDate.of(2015, 1, 1), null);
            }
            return f.id();
        });
        CurrentUser hunts = user(CCC, HUNTS_TEAM, 8L);
        PeopleRepository.SearchResult first = search(hunts, Map.of("name", "paget"), 1);
        PeopleRepository.SearchResult second = search(hunts, Map.of("name", "paget"), 2);
        assertEquals(30, first.paging().total());
        assertEquals(25, first.rows().size());
        assertEquals(5, second.rows().size());
        assertTrue(first.rows().stream().noneMatch(r -> second.rows().stream().anyMatch(s -> s.id() == r.id())));
        assertTrue(names(user(CCC, FENLAND_TEAM, 7L), Map.of("name", "paget")).isEmpty(), "family " + family + " is in Hunts");
    }

    @Test
    void aPersonIsVisibleThroughAnyHouseholdOrCaseTheUserMaySee() {
        CurrentUser fenland = user(CCC, FENLAND_TEAM, 7L);
        CurrentUser hunts = user(CCC, HUNTS_TEAM, 8L);
        assertTrue(people.visiblePerson(world.access.forUser(fenland), world.kyle).isPresent(), "past member");
        assertTrue(people.visiblePerson(world.access.forUser(hunts), world.kyle).isPresent(), "current member");
        assertTrue(people.visiblePerson(world.access.forUser(fenland), world.cara).isPresent(), "child of a Fenland case");
        assertTrue(people.visiblePerson(world.access.forUser(hunts), world.amy).isEmpty());
        assertTrue(people.visiblePerson(world.access.forUser(user(PCC, PCC_TEAM, 11L)), world.amy).isEmpty());
        assertTrue(people.visiblePerson(world.access.forUser(fenland), world.amySmithson).isEmpty());
        // the worker holding Amy's case keeps sight of her from another district
        assertTrue(people.visiblePerson(world.access.forUser(user(CCC, HUNTS_TEAM, 500L)), world.amy).isPresent());
        assertTrue(people.visiblePerson(world.access.forUser(fenland), 999_999L).isEmpty());
    }

    @Test
    void likelyDuplicatesAreFoundInTheSameAuthorityOnly() {
        LikelyDuplicates.Candidate sameDobAndFamily = new LikelyDuplicates.Candidate(null, "Amelia", "smith", AMY_DOB, null);
        assertEquals(List.of(world.amy), people.likelyDuplicates(CCC, sameDobAndFamily).stream()
                .map(m -> m.existing().id()).toList(), "Peterborough's Amy Smith is another authority's");
        assertEquals(List.of(world.pccAmy), people.likelyDuplicates(PCC, sameDobAndFamily).stream()
                .map(m -> m.existing().id()).toList());
        LikelyDuplicates.Candidate byNhs = new LikelyDuplicates.Candidate(null, "A", "Other", null, "9434765919");
        assertEquals(List.of(world.amy), people.likelyDuplicates(CCC, byNhs).stream().map(m -> m.existing().id()).toList());
        LikelyDuplicates.Candidate byName = new LikelyDuplicates.Candidate(null, "KYLE", "Smith", LocalDate.of(1980, 1, 1), null);
        assertEquals(List.of(world.kyle), people.likelyDuplicates(CCC, byName).stream().map(m -> m.existing().id()).toList());
        LikelyDuplicates.Candidate nobody = new LikelyDuplicates.Candidate(null, "Zed", "Smith", LocalDate.of(1980, 1, 1), null);
        assertTrue(people.likelyDuplicates(CCC, nobody).isEmpty());
    }

    @Test
    void myCasesAreTheOpenCasesTheUserLeadsOrCoWorks() {
        PeopleRepository.MyCases mine = people.myCases(CCC, 500L);
        assertEquals(1, mine.total());
        assertEquals("Amy Smith", mine.cases().get(0).childName());
        assertEquals(0, people.myCases(PCC, 500L).total(), "another authority's cases are never 'mine'");
        assertEquals(0, people.myCases(CCC, 7L).total());
    }

    @Test
    void theDistrictsAUserMayUseAreTheirOwnOrTheWholeAuthorityWhereEnabled() {
        assertEquals(Set.of(FENLAND), PeopleAccess.of(world.access, user(CCC, FENLAND_TEAM, 7L)).districtIds());
        assertEquals(Set.of(FENLAND, HUNTS), PeopleAccess.of(world.access, user(CCC, COUNTY_TEAM, 9L)).districtIds());
        assertTrue(PeopleAccess.of(world.access, user(CCC, EAST_TEAM, 10L)).districtIds().isEmpty());
    }
}
