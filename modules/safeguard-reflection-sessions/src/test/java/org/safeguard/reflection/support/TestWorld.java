package org.safeguard.reflection.support;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import org.safeguard.caserecords.api.CaseStage;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.platform.api.organisation.TeamType;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.Role;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.testing.FakeOrganisation;
import org.safeguard.platform.testing.RecordingAuditLog;
import org.safeguard.platform.testing.TestDatabase;
import org.safeguard.reflection.ReflectionSessionsModule;
import org.safeguard.reflection.service.ReflectionServices;

/**
 * A small county for the module's tests: Cambridgeshire with Fenland (two Family Safeguarding teams,
 * the first with a half-time clinician) and Huntingdonshire, a county-wide administration team, and
 * Peterborough as the other authority; a fresh in-memory Derby migrated by the module's changelog;
 * case records faked in memory; today is Wednesday 18 March 2026.
 */
public final class TestWorld implements AutoCloseable {

    public static final long CCC = 1;
    public static final long PCC = 2;
    public static final long FENLAND = 10;
    public static final long HUNTS = 11;
    public static final long PBORO = 20;

    public static final long FENLAND_FS1 = 100;
    public static final long FENLAND_FS2 = 101;
    public static final long HUNTS_FS = 110;
    public static final long ADMIN_TEAM = 120;
    public static final long PBORO_FS = 200;

    public static final long MANAGER = 1;
    public static final long CLINICIAN = 2;
    public static final long SW = 3;
    public static final long SUBSTANCE = 4;
    public static final long SSW = 5;
    public static final long HUNTS_SW = 6;
    public static final long ADMIN = 7;
    public static final long PBORO_SW = 8;
    public static final long MANAGER2 = 9;
    public static final long SUPPORT = 11;

    public static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 18, 9, 0);
    public static final LocalDate TODAY = NOW.toLocalDate();

    public final FakeOrganisation organisation = new FakeOrganisation();
    public final FakeCases cases = new FakeCases(organisation);
    public final RecordingAuditLog audit = new RecordingAuditLog();
    public final MutableClock clock = new MutableClock(NOW);
    public final TestDatabase database;
    public final ReflectionServices services;

    public TestWorld() {
        organisation.authority(CCC, "Cambridgeshire County Council", "CCC")
                .authority(PCC, "Peterborough City Council", "PCC")
                .district(FENLAND, CCC, "Fenland").district(HUNTS, CCC, "Huntingdonshire").district(PBORO, PCC, "Peterborough")
                .team(FENLAND_FS1, CCC, FENLAND, "Fenland Family Safeguarding team 1", TeamType.FAMILY_SAFEGUARDING)
                .team(FENLAND_FS2, CCC, FENLAND, "Fenland Family Safeguarding team 2", TeamType.FAMILY_SAFEGUARDING)
                .team(HUNTS_FS, CCC, HUNTS, "Huntingdonshire Family Safeguarding team 1", TeamType.FAMILY_SAFEGUARDING)
                .team(ADMIN_TEAM, CCC, null, "Systems and business support", TeamType.ADMINISTRATION)
                .team(PBORO_FS, PCC, PBORO, "Peterborough Family Safeguarding team", TeamType.FAMILY_SAFEGUARDING)
                .member(MANAGER, CCC, "Karen Holbeach", "1.0", FENLAND_FS1, Role.TEAM_MANAGER)
                .member(CLINICIAN, CCC, "Dr Ian Wisbech-Clarke", "0.5", FENLAND_FS1, Role.CLINICIAN)
                .member(SW, CCC, "Jess Parson", "1.0", FENLAND_FS1, Role.SOCIAL_WORKER)
                .member(SUBSTANCE, CCC, "Neil Coates", "1.0", FENLAND_FS1, Role.ADULT_PRACTITIONER_SUBSTANCE_MISUSE)
                .member(SSW, CCC, "Simon Marwood", "1.0", FENLAND_FS1, Role.SENIOR_SOCIAL_WORKER)
                .member(SUPPORT, CCC, "Tracy Manea", "1.0", FENLAND_FS1, Role.BUSINESS_SUPPORT)
                .member(MANAGER2, CCC, "Stuart Leverington", "1.0", FENLAND_FS2, Role.TEAM_MANAGER)
                .member(HUNTS_SW, CCC, "Josh Kimbolton", "1.0", HUNTS_FS, Role.SOCIAL_WORKER)
                .member(ADMIN, CCC, "Alison Marsh", "1.0", ADMIN_TEAM, Role.AUTHORITY_ADMINISTRATOR)
                .member(PBORO_SW, PCC, "Emily Bretton", "1.0", PBORO_FS, Role.SOCIAL_WORKER);
        database = TestDatabase.create("reflection-" + UUID.randomUUID(), "db/reflection-sessions/changelog.xml");
        services = new ReflectionServices(database.factory(), audit, organisation, organisation.enablement(), cases,
                new CouncilClock(clock));
    }

    /** The user as the platform builds them, with the module's permissions their role holds by default. */
    public CurrentUser user(long userId) {
        String[] granted = new ReflectionSessionsModule().permissions().stream()
                .filter(p -> organisation.staffMember(userId).orElseThrow().teamRoles().stream()
                        .anyMatch(r -> p.defaultRoles().contains(r.role())))
                .map(p -> p.id())
                .toArray(String[]::new);
        return organisation.user(userId, granted);
    }

    /** A Fenland family with one open case held by team 1, the social worker leading, opened a year ago. */
    public ChildCase fenlandFamily(long familyId, String name) {
        cases.family(familyId, CCC, FENLAND, name);
        return cases.openCase(familyId, "Child " + name, FENLAND_FS1, SW, TODAY.minusYears(1), CaseStage.CHILD_IN_NEED);
    }

    @Override
    public void close() throws Exception {
        database.close();
    }
}
