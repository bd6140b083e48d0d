package org.safeguard.caserecords;

import org.safeguard.platform.testing.TestDatabase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.api.PlanSummary;
import org.safeguard.caserecords.model.CaseNote;
import org.safeguard.caserecords.model.CasePlan;
import org.safeguard.caserecords.model.CaseRecord;
import org.safeguard.caserecords.model.ClosureReason;
import org.safeguard.caserecords.model.Family;
import org.safeguard.caserecords.model.FamilyMembership;
import org.safeguard.caserecords.model.Person;
import org.safeguard.caserecords.model.Relationship;
import org.safeguard.platform.api.persistence.Transactions;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.Role;
import org.safeguard.platform.api.web.RecordHeader;
import org.safeguard.platform.api.web.RecordTabs;

/** The API other modules use applies the same district and authority rule as the pages. */
class CaseDirectoryServiceTest {

    private static final long CCC = 1, PCC = 2, FENLAND = 14, HUNTS = 15, FENLAND_TEAM = 100, HUNTS_TEAM = 101;

    private static TestDatabase db;
    private static CaseDirectoryService directory;
    private static long caseId;
    private static long familyId;

    @BeforeAll
    static void seed() {
        db = TestDatabase.create("case-directory", "db/case-records/changelog.xml");
        FakeOrganisation organisation = new FakeOrganisation()
                .team(FENLAND_TEAM, CCC, FENLAND, "Fenland Family Safeguarding team 1")
                .team(HUNTS_TEAM, CCC, HUNTS, "Huntingdonshire Family Safeguarding team 1");
        directory = new CaseDirectoryService(db.factory(), new CaseAccessService(organisation, organisation.enablement()));
        LocalDateTime now = LocalDateTime.of(2026, 11, 25, 10, 0);
        Transactions.run(db.factory(), em -> {
            Family family = new Family(CCC, FENLAND, "Smith", "1 Station Road", null, "March", "PE15 8AA", now);
            em.persist(family);
            Person amy = new Person(CCC, Person.Kind.CHILD, "Amy", "Smith", LocalDate.of(2019, 3, 2),
                    Person.Gender.FEMALE, null, now, null);
            Person dean = new Person(CCC, Person.Kind.ADULT, "Dean", "Smith", LocalDate.of(1990, 1, 5),
                    Person.Gender.MALE, null, now, null);
            em.persist(amy);
            em.persist(dean);
            em.flush();
            em.persist(new FamilyMembership(family.id(), amy.id(), LocalDate.of(2019, 3, 2)));
            em.persist(new FamilyMembership(family.id(), dean.id(), LocalDate.of(2018, 1, 1)));
            em.persist(new Relationship(CCC, dean.id(), amy.id(), Relationship.Kind.PARENT, null));
            CaseRecord record = new CaseRecord(CCC, FENLAND, family.id(), amy.id(), LocalDate.of(2026, 9, 1));
            record.allocate(FENLAND_TEAM, 500L, null);
            em.persist(record);
            em.flush();
            caseId = record.id();
            familyId = family.id();
            em.persist(new CasePlan(record.id(), CasePlan.Kind.CHILD_PROTECTION, CasePlan.Category.NEGLECT,
                    LocalDate.of(2026, 10, 1), 28, LocalDate.of(2027, 1, 1)));
            em.persist(new CaseNote(record.id(), CaseNote.Kind.HOME_VISIT, LocalDate.of(2026, 10, 20), true, true, true,
                    "Seen at home", 500L, "Sam Worker", now));
            em.persist(new CaseNote(record.id(), CaseNote.Kind.SCHOOL_VISIT, LocalDate.of(2026, 11, 3), true, false, true,
                    "Seen at school", 500L, "Sam Worker", now));
            em.persist(new CaseNote(record.id(), CaseNote.Kind.PHONE_CALL, LocalDate.of(2026, 11, 20), null, null, false,
                    "Phoned mother", 500L, "Sam Worker", now));
        });
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    @Test
    void aWorkerInTheCasesDistrictSeesIt() {
        Optional<ChildCase> found = directory.visibleCase(user(CCC, FENLAND_TEAM, 7L), caseId);
        assertTrue(found.isPresent());
        assertEquals("Amy Smith", found.get().childName());
        assertEquals("Smith", found.get().familyName());
    }

    @Test
    void anotherDistrictOrAuthoritySeesNothing() {
        assertTrue(directory.visibleCase(user(CCC, HUNTS_TEAM, 8L), caseId).isEmpty());
        assertTrue(directory.visibleCase(user(PCC, HUNTS_TEAM, 9L), caseId).isEmpty());
        assertTrue(directory.visibleFamily(user(CCC, HUNTS_TEAM, 8L), familyId).isEmpty());
    }

    @Test
    void theAllocatedWorkerKeepsSightOfTheirCaseFromAnotherDistrict() {
        assertTrue(directory.visibleCase(user(CCC, HUNTS_TEAM, 500L), caseId).isPresent());
    }

    @Test
    void membersAreChildrenFirstWithTheirRelationships() {
        List<org.safeguard.caserecords.api.FamilyMember> members = directory.members(familyId);
        assertEquals(List.of("Amy Smith", "Dean Smith"), members.stream().map(m -> m.name()).toList());
        assertEquals("Parent of Amy", members.get(1).description());
        assertEquals(1, directory.openCasesOfTeam(FENLAND_TEAM).size());
        assertEquals(1, directory.openFamiliesOfTeam(FENLAND_TEAM).size());
    }

    @Test
    void visibleCasesFiltersAListByTheSameRule() {
        assertEquals(List.of(caseId), directory.visibleCases(user(CCC, FENLAND_TEAM, 7L), List.of(caseId, 987654L))
                .stream().map(ChildCase::id).toList());
        assertTrue(directory.visibleCases(user(CCC, HUNTS_TEAM, 8L), List.of(caseId)).isEmpty());
        assertTrue(directory.visibleCases(user(PCC, HUNTS_TEAM, 9L), List.of(caseId)).isEmpty());
    }

    @Test
    void theOpenPlanAndTheLastVisitNotThePhoneCall() {
        PlanSummary plan = directory.openPlans(List.of(caseId)).get(caseId);
        assertTrue(plan.childProtection());
        assertEquals("Neglect", plan.category());
        assertEquals(LocalDate.of(2026, 10, 1), plan.startedOn());
        assertEquals(LocalDate.of(2026, 11, 3), directory.lastVisits(List.of(caseId)).get(caseId));
        assertTrue(directory.openPlans(List.of(987654L)).isEmpty());
    }

    @Test
    void theCaseHeaderNamesTheChildAndCarriesTheModulesTabs() {
        CaseDirectoryService withTabs = new CaseDirectoryService(db.factory(),
                new CaseAccessService(new FakeOrganisation(), new FakeOrganisation().enablement()),
                (type, id, u) -> List.of(new RecordTabs.VisibleTab("Family Safeguarding", "/family-safeguarding/cases/" + id,
                        "family-safeguarding")));
        ChildCase amy = directory.visibleCase(user(CCC, FENLAND_TEAM, 7L), caseId).orElseThrow();
        RecordHeader header = withTabs.caseHeader(user(CCC, FENLAND_TEAM, 7L), amy)
                .withCurrent("/family-safeguarding/cases/" + caseId + "/sessions/new");
        assertEquals("Amy Smith", header.title());
        assertEquals(List.of("Summary", "Notes and visits", "Chronology", "Allocation", "Family Safeguarding"),
                header.tabs().stream().map(RecordHeader.Tab::label).toList());
        assertEquals(List.of("Family Safeguarding"),
                header.tabs().stream().filter(RecordHeader.Tab::current).map(RecordHeader.Tab::label).toList(),
                "a module's sub-page keeps its tab marked");
    }

    @Test
    void casesClosedAsTransferredToCareSinceADateBySameRule() {
        long[] ids = new long[3];
        Transactions.run(db.factory(), em -> {
            LocalDateTime now = LocalDateTime.of(2026, 11, 25, 10, 0);
            Person ben = new Person(CCC, Person.Kind.CHILD, "Ben", "Smith", LocalDate.of(2016, 4, 1), Person.Gender.MALE, null,
                    now, null);
            em.persist(ben);
            em.flush();
            CaseRecord recent = new CaseRecord(CCC, FENLAND, familyId, ben.id(), LocalDate.of(2025, 1, 10));
            recent.close(LocalDate.of(2026, 6, 1), ClosureReason.TRANSFERRED_TO_CARE);
            CaseRecord older = new CaseRecord(CCC, FENLAND, familyId, ben.id(), LocalDate.of(2020, 1, 10));
            older.close(LocalDate.of(2021, 6, 1), ClosureReason.TRANSFERRED_TO_CARE);
            CaseRecord needsMet = new CaseRecord(CCC, FENLAND, familyId, ben.id(), LocalDate.of(2024, 1, 10));
            needsMet.close(LocalDate.of(2024, 6, 1), ClosureReason.NEEDS_MET);
            em.persist(recent);
            em.persist(older);
            em.persist(needsMet);
            em.flush();
            ids[0] = recent.id();
            ids[1] = older.id();
            ids[2] = needsMet.id();
        });
        assertEquals(List.of(ids[0], ids[1]), directory.closedTransferredToCare(user(CCC, FENLAND_TEAM, 7L),
                LocalDate.of(2021, 1, 1)).stream().map(ChildCase::id).toList(), "newest first, not other closures");
        assertEquals(List.of(ids[0]), directory.closedTransferredToCare(user(CCC, FENLAND_TEAM, 7L),
                LocalDate.of(2026, 6, 1)).stream().map(ChildCase::id).toList(), "closed on the day counts");
        assertTrue(directory.closedTransferredToCare(user(CCC, HUNTS_TEAM, 8L), LocalDate.of(2000, 1, 1)).isEmpty());
        assertTrue(directory.closedTransferredToCare(user(PCC, HUNTS_TEAM, 9L), LocalDate.of(2000, 1, 1)).isEmpty());
    }

    static CurrentUser user(long authority, long team, Long userId) {
        return new CurrentUser(userId, "u" + userId, "User " + userId, authority, "Authority", null, null,
                Set.of(team), Set.of(Role.SOCIAL_WORKER), Set.of(CaseRecordsModule.READ));
    }

}
