package org.safeguard.corporateparenting;

import java.time.LocalDate;

import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.corporateparenting.care.CareRepository;
import org.safeguard.corporateparenting.care.CareTabPages;
import org.safeguard.corporateparenting.care.CareWrites;
import org.safeguard.corporateparenting.care.EpisodePages;
import org.safeguard.corporateparenting.care.EpisodeRecord;
import org.safeguard.corporateparenting.care.HolderPages;
import org.safeguard.corporateparenting.health.HealthPages;
import org.safeguard.corporateparenting.integration.CareChronology;
import org.safeguard.corporateparenting.integration.CareWorkTray;
import org.safeguard.corporateparenting.leavers.CareLeaversPage;
import org.safeguard.corporateparenting.leavers.LeaverPages;
import org.safeguard.corporateparenting.model.CareEpisode;
import org.safeguard.corporateparenting.model.LegalStatus;
import org.safeguard.corporateparenting.model.Placement;
import org.safeguard.corporateparenting.model.PlacementType;
import org.safeguard.corporateparenting.placements.PlacementPages;
import org.safeguard.corporateparenting.reviews.ReviewPages;
import org.safeguard.corporateparenting.service.ServicePages;
import org.safeguard.corporateparenting.settings.CareSettingsService;
import org.safeguard.corporateparenting.settings.SettingsPages;
import org.safeguard.fostering.api.FosterCarers;
import org.safeguard.platform.api.organisation.TeamType;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.Role;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.testing.FakeOrganisation;
import org.safeguard.platform.testing.RecordingAuditLog;
import org.safeguard.platform.testing.TestDatabase;

/**
 * A small county for the page tests: Fenland and Huntingdonshire in authority 1 with a Fenland
 * Family Safeguarding team and the county-wide corporate parenting teams and reviewing officers,
 * and authority 2 next door. Today is Wednesday 4 March 2026.
 */
public final class TestWorld implements AutoCloseable {

    public static final LocalDate TODAY = LocalDate.of(2026, 3, 4);
    public static final long AUTHORITY = 1;
    public static final long FENLAND = 10;
    public static final long HUNTS = 11;
    public static final long FENLAND_TEAM = 100;
    public static final long CIC_TEAM = 101;
    public static final long UASC_TEAM = 102;
    public static final long QA_TEAM = 103;
    public static final long LEAVING_CARE_TEAM = 104;
    public static final long HUNTS_TEAM = 105;

    public static final long FENLAND_SW = 1000;
    public static final long FENLAND_TM = 1001;
    public static final long CIC_TM = 1002;
    public static final long CIC_SW = 1003;
    public static final long IRO = 1004;
    public static final long HUNTS_SW = 1005;
    public static final long UASC_TM = 1006;
    public static final long PA = 1007;
    public static final long ADMIN = 1008;
    public static final long OTHER_AUTHORITY_SW = 2000;

    /** A Fenland child on a child protection plan since June 2025, held by the Fenland team. */
    public static final long CASE = 501;
    public static final long CHILD = 601;
    public static final LocalDate BORN = LocalDate.of(2014, 5, 10);

    public final TestDatabase db;
    public FakeOrganisation organisation;
    public FakeCaseDirectory directory;
    public RecordingAuditLog audit;
    public final CouncilClock clock = CouncilClock.fixed(TODAY);
    public final CareSettingsService settings;

    private static FakeOrganisation county() {
        return new FakeOrganisation()
            .authority(AUTHORITY, "Cambridgeshire County Council", "CCC")
            .authority(2, "Peterborough City Council", "PCC")
            .district(FENLAND, AUTHORITY, "Fenland").district(HUNTS, AUTHORITY, "Huntingdonshire")
            .district(20, 2, "Peterborough")
            .team(FENLAND_TEAM, AUTHORITY, FENLAND, "Fenland Family Safeguarding team 1", TeamType.FAMILY_SAFEGUARDING)
            .team(CIC_TEAM, AUTHORITY, null, "Corporate parenting – children in care", TeamType.CHILDREN_IN_CARE)
            .team(UASC_TEAM, AUTHORITY, null, "Unaccompanied asylum-seeking children", TeamType.UASC)
            .team(QA_TEAM, AUTHORITY, null, "Quality assurance", TeamType.QUALITY_ASSURANCE)
            .team(LEAVING_CARE_TEAM, AUTHORITY, null, "Leaving care", TeamType.LEAVING_CARE)
            .team(HUNTS_TEAM, AUTHORITY, HUNTS, "Huntingdonshire Family Safeguarding team 1", TeamType.FAMILY_SAFEGUARDING)
            .team(200, 2, 20L, "Peterborough children's team", TeamType.CHILDRENS)
            .member(FENLAND_SW, AUTHORITY, "Jess Parson", "1.00", FENLAND_TEAM, Role.SOCIAL_WORKER)
            .member(FENLAND_TM, AUTHORITY, "Karen Holbeach", "1.00", FENLAND_TEAM, Role.TEAM_MANAGER)
            .member(CIC_TM, AUTHORITY, "Fiona Larch", "1.00", CIC_TEAM, Role.TEAM_MANAGER)
            .member(CIC_SW, AUTHORITY, "Keisha Munroe", "1.00", CIC_TEAM, Role.SOCIAL_WORKER)
            .member(IRO, AUTHORITY, "Harriet Oakes", "1.00", QA_TEAM, Role.REVIEWING_OFFICER)
            .member(HUNTS_SW, AUTHORITY, "Josh Kimbolton", "1.00", HUNTS_TEAM, Role.SOCIAL_WORKER)
            .member(UASC_TM, AUTHORITY, "Joanna Wrenfield", "1.00", UASC_TEAM, Role.TEAM_MANAGER)
            .member(1009, AUTHORITY, "Samuel Okafor", "1.00", UASC_TEAM, Role.SOCIAL_WORKER)
            .member(PA, AUTHORITY, "Luke Brampton", "1.00", LEAVING_CARE_TEAM, Role.CHILDRENS_PRACTITIONER)
            .member(ADMIN, AUTHORITY, "Alison Marsh", "1.00", QA_TEAM, Role.AUTHORITY_ADMINISTRATOR)
            .member(OTHER_AUTHORITY_SW, 2, "Emily Bretton", "1.00", 200, Role.SOCIAL_WORKER);
    }

    /** One database per test class; {@link #reset} before each test. */
    public TestWorld(String name) {
        db = TestDatabase.create(name, "db/corporate-parenting/changelog.xml");
        settings = new CareSettingsService(db.factory());
        reset();
    }

    /** Empties the module's tables and starts the organisation, cases and audit afresh. */
    public void reset() {
        try (var c = db.connection(); var s = c.createStatement()) {
            for (String table : new String[] {"cp_pathway_review", "cp_care_leaver", "cp_holder", "cp_pep", "cp_health_check",
                    "cp_iro_alert", "cp_review", "cp_placement", "cp_legal_status", "cp_care_episode", "cp_authority_settings"}) {
                s.executeUpdate("DELETE FROM " + table);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        organisation = county();
        directory = new FakeCaseDirectory(organisation);
        audit = new RecordingAuditLog();
        directory.add(FakeCaseDirectory.open(CASE, AUTHORITY, FENLAND, CHILD, "Amy Fenn", BORN, LocalDate.of(2025, 6, 1),
                FENLAND_TEAM, FENLAND_SW));
        directory.add(FakeCaseDirectory.open(502, AUTHORITY, HUNTS, 602, "Ben Hunt", LocalDate.of(2012, 1, 3),
                LocalDate.of(2025, 1, 10), HUNTS_TEAM, HUNTS_SW));
        directory.add(FakeCaseDirectory.open(503, 2, 20, 603, "Cara Boro", LocalDate.of(2015, 2, 2),
                LocalDate.of(2025, 2, 2), 200L, OTHER_AUTHORITY_SW));
    }

    public TestWorld add(ChildCase c) {
        directory.add(c);
        return this;
    }

    public static final String[] WORKER = {CorporateParentingModule.READ, CorporateParentingModule.RECORD,
            CorporateParentingModule.LEAVING_CARE};
    public static final String[] MANAGER = {CorporateParentingModule.READ, CorporateParentingModule.RECORD,
            CorporateParentingModule.ALLOCATE, CorporateParentingModule.RESPOND, CorporateParentingModule.COSTS,
            CorporateParentingModule.LEAVING_CARE};
    public static final String[] REVIEWER = {CorporateParentingModule.READ, CorporateParentingModule.REVIEW};

    public CurrentUser user(long id, String... permissions) {
        return organisation.user(id, permissions);
    }

    public CareTabPages tab() {
        return new CareTabPages(db.factory(), directory, audit, organisation.enablement(), organisation, TestWorkingDays.ENGLAND,
                settings, clock);
    }

    public EpisodePages episodes(FosterCarers fostering) {
        return new EpisodePages(db.factory(), directory, audit, organisation.enablement(), organisation, fostering, clock);
    }

    public HolderPages holders() {
        return new HolderPages(db.factory(), directory, audit, organisation.enablement(), organisation, clock);
    }

    public PlacementPages placements(FosterCarers fostering) {
        return new PlacementPages(db.factory(), directory, audit, organisation.enablement(), fostering, clock);
    }

    public ReviewPages reviews() {
        return new ReviewPages(db.factory(), directory, audit, organisation.enablement(), organisation, TestWorkingDays.ENGLAND,
                settings, clock);
    }

    public HealthPages health() {
        return new HealthPages(db.factory(), directory, audit, organisation.enablement(), clock);
    }

    public ServicePages service() {
        return new ServicePages(db.factory(), directory, audit, organisation.enablement(), organisation, TestWorkingDays.ENGLAND,
                settings, clock);
    }

    public LeaverPages leaver() {
        return new LeaverPages(db.factory(), directory, audit, organisation.enablement(), organisation, settings, clock);
    }

    public CareLeaversPage leavers() {
        return new CareLeaversPage(db.factory(), directory, audit, organisation.enablement(), settings, clock);
    }

    public SettingsPages settingsPages() {
        return new SettingsPages(audit, settings);
    }

    public CareWorkTray workTray() {
        return new CareWorkTray(db.factory(), directory, TestWorkingDays.ENGLAND, settings, organisation, clock);
    }

    public CareChronology chronology() {
        return new CareChronology(db.factory());
    }

    /** Brings a child of a case into care directly (no page), with an optional first placement. */
    public CareEpisode inCare(ChildCase c, LocalDate from, LegalStatus status, PlacementType placement, long weeklyPence) {
        CareWrites writes = new CareWrites(db.factory());
        CareWrites.By by = new CareWrites.By(null, "Test", clock.nowUtc());
        CareEpisode e = writes.startCare(new CareEpisode(c.authorityId(), c.childId(), c.id(), c.childName(),
                c.childDateOfBirth(), from, false, null, "Test", clock.nowUtc()), status, null, by);
        if (placement != null) {
            writes.addPlacement(e.id(), e.version(), new Placement(e.id(), c.authorityId(), placement, "Provider", "Carer",
                    null, from, false, weeklyPence, "Test", clock.nowUtc()), null, change -> { });
        }
        return e;
    }

    public EpisodeRecord current(long childId) {
        return new CareRepository(db.factory()).child(AUTHORITY, childId).current().orElseThrow();
    }

    public ChildCase theCase(long id) {
        return directory.visibleCase(user(CIC_TM), id).orElseThrow();
    }

    public long count(String table) throws Exception {
        try (var c = db.connection(); var s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() throws Exception {
        db.close();
    }
}
