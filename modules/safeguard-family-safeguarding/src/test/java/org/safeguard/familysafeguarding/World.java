package org.safeguard.familysafeguarding;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

import org.safeguard.familysafeguarding.access.FamilyAccess;
import org.safeguard.familysafeguarding.data.FamilySafeguardingData;
import org.safeguard.platform.api.organisation.StaffMember;
import org.safeguard.platform.api.organisation.TeamType;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.PermissionDefinition;
import org.safeguard.platform.api.security.Role;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.testing.FakeOrganisation;
import org.safeguard.platform.testing.RecordingAuditLog;
import org.safeguard.platform.testing.TestDatabase;

/**
 * The demo county in miniature, for the module's tests: Cambridgeshire (Fenland, Huntingdonshire)
 * and Peterborough, a Fenland Family Safeguarding team with a manager, a social worker and the three
 * adult practitioners, a second Fenland team, and families with their adults and open cases. Today
 * is fixed: 16 March 2026, a Monday.
 */
public final class World {

    public static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    public static final CouncilClock CLOCK = new CouncilClock(Clock.fixed(
            TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), CouncilClock.ZONE));

    public static final long CCC = 1;
    public static final long PCC = 2;
    public static final long FENLAND = 10;
    public static final long HUNTS = 11;
    public static final long PBORO = 20;

    public static final long TEAM_1 = 100;
    public static final long TEAM_2 = 101;
    public static final long HUNTS_TEAM = 110;
    public static final long PBORO_TEAM = 200;
    public static final long ADMIN_TEAM = 190;

    public static final long MANAGER = 1;
    public static final long SOCIAL_WORKER = 2;
    public static final long SUBSTANCE = 3;
    public static final long MENTAL_HEALTH = 4;
    public static final long DOMESTIC_ABUSE = 5;
    public static final long HUNTS_SW = 6;
    public static final long PBORO_SW = 7;
    public static final long MANAGER_2 = 8;
    public static final long ADMIN = 9;
    public static final long SUPPORT = 10;

    /** Held by team 1: Kelly and Dean Smith, their daughter Amy. */
    public static final long SMITH = 1000;
    public static final long KELLY = 5001;
    public static final long DEAN = 5002;
    public static final long AMY = 5003;
    public static final long SMITH_CASE = 9000;
    /** Held by team 2 in the same district. */
    public static final long JONES = 1001;
    public static final long JO = 5011;
    public static final long JONES_CASE = 9001;
    /** Held by team 1, no adults recorded. */
    public static final long LONE = 1002;
    public static final long LONE_CASE = 9002;
    public static final long HUNT = 1100;
    public static final long PETERS = 2000;

    public final TestDatabase database;
    public final FakeOrganisation organisation = new FakeOrganisation();
    public final FakeCases cases;
    public final FamilySafeguardingData data;
    public final FamilyAccess access;
    public final RecordingAuditLog audit = new RecordingAuditLog();

    public World(String name) {
        organisation.authority(CCC, "Cambridgeshire County Council", "CCC")
                .authority(PCC, "Peterborough City Council", "PCC")
                .district(FENLAND, CCC, "Fenland").district(HUNTS, CCC, "Huntingdonshire")
                .district(PBORO, PCC, "Peterborough")
                .team(TEAM_1, CCC, FENLAND, "Fenland Family Safeguarding team 1", TeamType.FAMILY_SAFEGUARDING)
                .team(TEAM_2, CCC, FENLAND, "Fenland Family Safeguarding team 2", TeamType.FAMILY_SAFEGUARDING)
                .team(HUNTS_TEAM, CCC, HUNTS, "Huntingdonshire Family Safeguarding team 1", TeamType.FAMILY_SAFEGUARDING)
                .team(PBORO_TEAM, PCC, PBORO, "Peterborough Family Safeguarding team", TeamType.FAMILY_SAFEGUARDING)
                .team(ADMIN_TEAM, CCC, null, "Systems and business support", TeamType.ADMINISTRATION)
                .member(MANAGER, CCC, "Karen Holbeach", "1.0", TEAM_1, Role.TEAM_MANAGER)
                .member(SOCIAL_WORKER, CCC, "Jess Parson", "1.0", TEAM_1, Role.SOCIAL_WORKER)
                .member(SUBSTANCE, CCC, "Neil Coates", "1.0", TEAM_1, Role.ADULT_PRACTITIONER_SUBSTANCE_MISUSE)
                .member(MENTAL_HEALTH, CCC, "Shona McAllister", "0.5", TEAM_1, Role.ADULT_PRACTITIONER_MENTAL_HEALTH)
                .member(DOMESTIC_ABUSE, CCC, "Bridget Elm", "1.0", TEAM_1, Role.ADULT_PRACTITIONER_DOMESTIC_ABUSE)
                .member(HUNTS_SW, CCC, "Josh Kimbolton", "1.0", HUNTS_TEAM, Role.SOCIAL_WORKER)
                .member(PBORO_SW, PCC, "Emily Bretton", "1.0", PBORO_TEAM, Role.SOCIAL_WORKER)
                .member(MANAGER_2, CCC, "Stuart Leverington", "1.0", TEAM_2, Role.TEAM_MANAGER)
                .member(ADMIN, CCC, "Alison Marsh", "1.0", ADMIN_TEAM, Role.AUTHORITY_ADMINISTRATOR)
                .member(SUPPORT, CCC, "Tracy Manea", "1.0", TEAM_1, Role.BUSINESS_SUPPORT);
        cases = new FakeCases(organisation, organisation.enablement())
                .family(SMITH, CCC, FENLAND, "Smith")
                .adult(SMITH, KELLY, "Kelly Smith", "Parent of Amy").adult(SMITH, DEAN, "Dean Smith", "Step-parent of Amy")
                .child(SMITH, AMY, "Amy Smith")
                .openCase(SMITH_CASE, SMITH, AMY, TEAM_1, SOCIAL_WORKER, LocalDate.of(2025, 11, 3))
                .family(JONES, CCC, FENLAND, "Jones").adult(JONES, JO, "Jo Jones", "Parent of Kai").child(JONES, 5012, "Kai Jones")
                .openCase(JONES_CASE, JONES, 5012, TEAM_2, MANAGER_2, LocalDate.of(2026, 1, 5))
                .family(LONE, CCC, FENLAND, "Lone").child(LONE, 5021, "Ava Lone")
                .openCase(LONE_CASE, LONE, 5021, TEAM_1, SOCIAL_WORKER, LocalDate.of(2026, 2, 2))
                .family(HUNT, CCC, HUNTS, "Hunt").adult(HUNT, 5101, "Pat Hunt", "Parent of Sam").child(HUNT, 5102, "Sam Hunt")
                .openCase(9100, HUNT, 5102, HUNTS_TEAM, HUNTS_SW, LocalDate.of(2026, 1, 5))
                .family(PETERS, PCC, PBORO, "Peters").adult(PETERS, 5201, "Lee Peters", "Parent of Mo")
                .child(PETERS, 5202, "Mo Peters")
                .openCase(9200, PETERS, 5202, PBORO_TEAM, PBORO_SW, LocalDate.of(2026, 1, 5));
        database = TestDatabase.create(name, "db/family-safeguarding/changelog.xml");
        data = new FamilySafeguardingData(database.factory());
        access = new FamilyAccess(cases, organisation.enablement(), organisation, data);
    }

    /** The user as the platform builds them, with the permissions their roles hold by default. */
    public CurrentUser as(long userId) {
        StaffMember member = organisation.staffMember(userId).orElseThrow();
        Set<Role> roles = new HashSet<>();
        member.teamRoles().forEach(r -> roles.add(r.role()));
        Set<String> permissions = new HashSet<>();
        for (PermissionDefinition permission : new FamilySafeguardingModule().permissions()) {
            if (roles.stream().anyMatch(permission.defaultRoles()::contains)) {
                permissions.add(permission.id());
            }
        }
        return organisation.user(userId, permissions.toArray(String[]::new));
    }

    /** Empties the module's tables between tests of one class. */
    public void reset() {
        try (Connection c = database.connection(); Statement s = c.createStatement()) {
            for (String table : new String[] {"fs_workbook_revision", "fs_workbook_entry", "fs_goal_review", "fs_goal",
                    "fs_session", "fs_assignment", "fs_factor", "fs_settings"}) {
                s.executeUpdate("DELETE FROM " + table);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public void close() {
        try {
            database.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
