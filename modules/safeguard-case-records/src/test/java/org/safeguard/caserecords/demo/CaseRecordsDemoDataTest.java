package org.safeguard.caserecords.demo;

import static org.safeguard.caserecords.TestCalendars.WEEKDAYS_ONLY;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.CaseRecordsModule;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.organisation.StaffMember;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.testing.TestDatabase;

/** A small seeding run into the real schema (Derby): counts, and nothing pointing at a row that is not there. */
class CaseRecordsDemoDataTest {

    static final TestCounty COUNTY = new TestCounty();
    static final CouncilClock CLOCK = new CouncilClock(Clock.fixed(DemoPlanTest.TODAY.atTime(11, 30).toInstant(ZoneOffset.UTC),
            CouncilClock.ZONE));

    static TestDatabase db;
    static RecordingEnablement enablement = new RecordingEnablement();
    static Map<String, Long> seedMillis = new LinkedHashMap<>();

    @BeforeAll
    static void seed() {
        db = TestDatabase.create("demo-seeding", "db/case-records/changelog.xml");
        CaseRecordsDemoData demo = new CaseRecordsDemoData(db.factory(), enablement, WEEKDAYS_ONLY, CLOCK,
                DemoSize.small());
        for (var authority : COUNTY.authorities()) {
            long started = System.nanoTime();
            demo.seed(authority, COUNTY);
            seedMillis.put(authority.code(), (System.nanoTime() - started) / 1_000_000);
        }
        System.out.println("[demo] small seeding: " + seedMillis + " ms");
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    @Test
    void caseRecordsAreEnabledAuthorityWideByTheDemoSeeder() {
        assertEquals(2, enablement.set.size());
        for (ModuleEnablement.Enablement e : enablement.set) {
            assertEquals(CaseRecordsModule.MODULE_ID, e.moduleId());
            assertTrue(e.authorityWide());
        }
        assertEquals("system:demo-county", enablement.actors.get(0).username());
    }

    @Test
    void theRowsArriveAsPlanned() throws SQLException {
        for (var authority : COUNTY.authorities()) {
            DemoPlan plan = DemoPlan.of(Workforce.of(authority, COUNTY), DemoSize.small(), authority.id() == 1);
            List<FamilyHistory> families = new ArrayList<>(DemoPlanTest.families(authority, plan));
            families.addAll(DemoPlanTest.careFamilies(authority, plan));
            long id = authority.id();
            assertEquals(families.stream().mapToLong(FamilyHistory::children).sum(),
                    count("SELECT COUNT(*) FROM cr_person WHERE kind = 'CHILD' AND authority_id = " + id));
            assertEquals(families.size(), count("SELECT COUNT(*) FROM cr_family WHERE authority_id = " + id));
            assertEquals(families.stream().mapToLong(f -> f.contacts.size()).sum(),
                    count("SELECT COUNT(*) FROM cr_contact WHERE authority_id = " + id));
            assertEquals(families.stream().mapToLong(f -> f.cases.size()).sum(),
                    count("SELECT COUNT(*) FROM cr_case WHERE authority_id = " + id));
            assertEquals(families.stream().mapToLong(f -> f.notes.size()).sum(),
                    count("SELECT COUNT(*) FROM cr_case_note n JOIN cr_case c ON c.id = n.case_id WHERE c.authority_id = " + id));
            assertEquals(plan.caseload().children(),
                    count("SELECT COUNT(*) FROM cr_case WHERE closed_on IS NULL AND authority_id = " + id));
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("cr_person", "cr_family", "cr_family_member", "cr_relationship", "cr_case",
                "cr_allocation", "cr_contact", "cr_referral", "cr_assessment", "cr_strategy_discussion", "cr_plan",
                "cr_conference", "cr_case_note", "cr_significant_event")) {
            counts.put(table, count("SELECT COUNT(*) FROM " + table));
        }
        System.out.println("[demo] small rows: " + counts);
    }

    @Test
    void seedingTwiceAddsNothing() throws SQLException {
        long before = count("SELECT COUNT(*) FROM cr_contact");
        new CaseRecordsDemoData(db.factory(), enablement, WEEKDAYS_ONLY, CLOCK, DemoSize.small())
                .seed(TestCounty.PCC, COUNTY);
        assertEquals(before, count("SELECT COUNT(*) FROM cr_contact"));
    }

    @Test
    void nothingPointsAtARowThatIsNotThere() throws SQLException {
        // the schema's foreign keys hold the case records' own rows together; these columns have none
        assertEquals(0, count("SELECT COUNT(*) FROM cr_referral r WHERE r.previous_referral_id IS NOT NULL AND NOT EXISTS "
                + "(SELECT 1 FROM cr_referral p WHERE p.id = r.previous_referral_id AND p.child_id = r.child_id "
                + "AND p.referred_on <= r.referred_on)"));
        assertEquals(0, count("SELECT COUNT(*) FROM cr_referral WHERE (re_referral = TRUE AND previous_referral_id IS NULL)"
                + " OR (re_referral = FALSE AND previous_referral_id IS NOT NULL)"),
                "a re-referral names the referral it repeats, and only a re-referral does");
        assertEquals(0, count("SELECT COUNT(*) FROM cr_case c WHERE NOT EXISTS (SELECT 1 FROM cr_family_member m "
                + "WHERE m.family_id = c.family_id AND m.person_id = c.child_id)"), "a case's child lives in its family");
        assertEquals(0, count("SELECT COUNT(*) FROM cr_contact c WHERE c.case_id IS NOT NULL AND NOT EXISTS "
                + "(SELECT 1 FROM cr_case k WHERE k.id = c.case_id AND k.child_id = c.child_id)"), "a contact's case is its child's");
        assertEquals(0, count("SELECT COUNT(*) FROM cr_conference c WHERE c.plan_id IS NOT NULL AND NOT EXISTS "
                + "(SELECT 1 FROM cr_plan p WHERE p.id = c.plan_id AND p.case_id = c.case_id)"));
        assertEquals(0, count("SELECT COUNT(*) FROM cr_case c WHERE c.closed_on IS NULL AND c.lead_worker_id IS NOT NULL "
                + "AND NOT EXISTS (SELECT 1 FROM cr_allocation a WHERE a.case_id = c.id AND a.to_date IS NULL "
                + "AND a.role = 'LEAD' AND a.worker_id = c.lead_worker_id AND a.team_id = c.team_id)"),
                "an open case's worker is its current allocation");
        Set<Long> staff = new HashSet<>();
        Set<Long> teams = new HashSet<>();
        Set<Long> districts = new HashSet<>();
        for (var authority : COUNTY.authorities()) {
            COUNTY.staff(authority.id()).stream().map(StaffMember::id).forEach(staff::add);
            COUNTY.teams(authority.id()).stream().map(Team::id).forEach(teams::add);
            COUNTY.districts(authority.id()).forEach(d -> districts.add(d.id()));
        }
        assertTrue(staff.containsAll(ids("SELECT DISTINCT lead_worker_id FROM cr_case WHERE lead_worker_id IS NOT NULL")));
        assertTrue(staff.containsAll(ids("SELECT DISTINCT co_worker_id FROM cr_case WHERE co_worker_id IS NOT NULL")));
        assertTrue(staff.containsAll(ids("SELECT DISTINCT worker_id FROM cr_allocation")));
        assertTrue(staff.containsAll(ids("SELECT DISTINCT allocated_by_user_id FROM cr_allocation")));
        assertTrue(staff.containsAll(ids("SELECT DISTINCT author_user_id FROM cr_case_note")));
        assertTrue(staff.containsAll(ids("SELECT DISTINCT decided_by_user_id FROM cr_contact WHERE decided_by_user_id IS NOT NULL")));
        assertTrue(staff.containsAll(ids("SELECT DISTINCT recorded_by_user_id FROM cr_contact")));
        assertTrue(staff.containsAll(ids("SELECT DISTINCT signed_off_by_user_id FROM cr_assessment WHERE signed_off_by_user_id IS NOT NULL")));
        assertTrue(teams.containsAll(ids("SELECT DISTINCT team_id FROM cr_case WHERE team_id IS NOT NULL")));
        assertTrue(teams.containsAll(ids("SELECT DISTINCT team_id FROM cr_allocation")));
        assertTrue(districts.containsAll(ids("SELECT DISTINCT district_id FROM cr_case")));
        assertTrue(districts.containsAll(ids("SELECT DISTINCT district_id FROM cr_family")));
        assertEquals(0, count("SELECT COUNT(*) FROM cr_case c, cr_family f WHERE c.family_id = f.id AND "
                + "(c.district_id <> f.district_id OR c.authority_id <> f.authority_id)"));
    }

    @Test
    void smallSeedingIsQuick() {
        // the brief: under about 15 s per authority on 2 cores; generous here, the machine is shared
        seedMillis.forEach((code, ms) -> assertTrue(ms < 60_000, code + " took " + ms + " ms"));
    }

    static long count(String sql) throws SQLException {
        try (Connection c = db.connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static List<Long> ids(String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = db.connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    static final class RecordingEnablement implements ModuleEnablement {
        final List<Enablement> set = new ArrayList<>();
        final List<CurrentUser> actors = new ArrayList<>();

        @Override
        public boolean isEnabled(String moduleId, Long authorityId, Long districtId) {
            return set.stream().anyMatch(e -> e.authorityId() == authorityId);
        }

        @Override
        public Enablement enablement(String moduleId, long authorityId) {
            return set.stream().filter(e -> e.authorityId() == authorityId).findFirst()
                    .orElse(new Enablement(moduleId, authorityId, false, Set.of()));
        }

        @Override
        public void setEnablement(Enablement enablement, CurrentUser actor, String remoteAddress) {
            set.add(enablement);
            actors.add(actor);
        }
    }
}
