package org.safeguard.platform.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;


import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.demo.DemoDataContributor;
import org.safeguard.platform.api.organisation.Authority;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.organisation.StaffMember;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.persistence.Transactions;
import org.safeguard.platform.api.security.Authentication;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.Role;
import org.safeguard.platform.api.security.SessionStore;
import org.safeguard.platform.identity.demo.DemoCountyPlan;
import org.safeguard.platform.identity.demo.DemoSeeding;
import org.safeguard.platform.identity.entity.StaffAccountEntity;
import org.safeguard.platform.identity.security.MutableClock;
import org.safeguard.platform.identity.security.GrantEditing;
import org.safeguard.platform.identity.security.PermissionResolver;
import org.safeguard.platform.identity.security.Tokens;

/**
 * The real changelog applied to in-memory Derby, the demo county written through the entities,
 * and the services working on it: a check that schema and mapping agree.
 */
class IdentitySchemaTest {

    private static TestDatabase db;
    private static EntityManagerFactory emf;
    private static DirectoryService directory;
    private static AuthenticationService authentication;
    private static PermissionCatalogue catalogue;
    private static MutableClock sharedClock;

    @BeforeAll
    static void database() throws Exception {
        db = TestDatabase.get();
        emf = db.emf;
        directory = db.directory;
        authentication = db.authentication;
        catalogue = db.catalogue;
        sharedClock = db.clock;
    }

    private static long userId(String username) {
        return db.userId(username);
    }

    private static Authority authority(String code) {
        return directory.authorities().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theDemoCountyReadsBackThroughTheDirectory() {
        assertEquals(List.of("Cambridgeshire County Council", "Peterborough City Council"),
                directory.authorities().stream().map(Authority::name).toList());
        Authority cambs = authority("CCC");
        assertEquals(5, directory.districts(cambs.id()).size());
        Team fenland = directory.teams(cambs.id()).stream()
                .filter(t -> t.name().equals("Fenland Family Safeguarding team 1")).findFirst().orElseThrow();
        assertEquals("Fenland", directory.district(fenland.districtId()).orElseThrow().name());
        List<StaffMember> members = directory.teamMembers(fenland.id());
        assertEquals("fenland.manager", members.get(0).username());
        StaffMember clinician = members.stream().filter(m -> m.username().equals("fenland.clinician")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("0.5").compareTo(clinician.fte()));
        assertEquals(List.of(new StaffMember.TeamRole(fenland.id(), Role.CLINICIAN)), clinician.teamRoles());
    }

    @Test
    void aDemoUserSignsInAndSeesTheirDistrictAndPermissions() {
        Authentication.Result result = authentication.authenticate("Fenland.Manager", DemoCountyPlan.PASSWORD, "127.0.0.1");
        assertTrue(result.succeeded());
        CurrentUser manager = authentication.currentUser(result.userId(), null);
        assertEquals("Fenland", manager.districtName());
        assertEquals("Cambridgeshire County Council", manager.authorityName());
        assertEquals(Set.of(Role.TEAM_MANAGER), manager.roles());
        assertEquals(Set.of(PlatformModule.ORGANISATION_VIEW), manager.permissions());

        CurrentUser admin = authentication.currentUser(userId("cambs.admin"), null);
        assertNull(admin.districtId());
        assertTrue(admin.permissions().containsAll(Set.of(PlatformModule.ORGANISATION_MANAGE, PlatformModule.PERMISSIONS_MANAGE)));
        assertFalse(admin.permissions().contains(PlatformModule.MODULES_UNINSTALL));
    }

    @Test
    void anUnknownUsernameIsJustBadCredentials() {
        assertEquals(Authentication.Outcome.BAD_CREDENTIALS,
                authentication.authenticate("nobody.here", DemoCountyPlan.PASSWORD, "127.0.0.1").outcome());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        for (int i = 1; i < 5; i++) {
            assertEquals(Authentication.Outcome.BAD_CREDENTIALS,
                    authentication.authenticate("hunts.sw", "not-the-password", "127.0.0.1").outcome());
        }
        assertEquals(Authentication.Outcome.LOCKED_OUT, authentication.authenticate("hunts.sw", "not-the-password", "127.0.0.1").outcome());
        assertEquals(Authentication.Outcome.LOCKED_OUT, authentication.authenticate("hunts.sw", DemoCountyPlan.PASSWORD, "127.0.0.1").outcome());

        sharedClock.advance(Duration.ofMinutes(15));
        assertTrue(authentication.authenticate("hunts.sw", DemoCountyPlan.PASSWORD, "127.0.0.1").succeeded());
        StaffAccountEntity account = Transactions.read(emf, em -> em.find(StaffAccountEntity.class, userId("hunts.sw")));
        assertEquals(0, account.getFailedAttempts());
        assertNull(account.getLockedUntil());
    }

    @Test
    void anInactiveAccountCannotSignIn() {
        long id = userId("pboro.sw");
        Transactions.run(emf, em -> em.find(StaffAccountEntity.class, id).setActive(false));
        assertEquals(Authentication.Outcome.BAD_CREDENTIALS,
                authentication.authenticate("pboro.sw", DemoCountyPlan.PASSWORD, "127.0.0.1").outcome());
        assertFalse(authentication.currentUser(id, null).isAuthenticated());
    }

    @Test
    void anAuthoritysOverridesChangeWhatItsStaffMayDo() {
        Authority peterborough = authority("PCC");
        StaffAdministration administration = db.administration;
        try {
            List<PermissionResolver.Change> changes = administration.saveGrants(peterborough.id(), Set.of(
                    new PermissionResolver.Cell(Role.SYSTEM_ADMINISTRATOR, PlatformModule.ORGANISATION_VIEW),
                    new PermissionResolver.Cell(Role.AUTHORITY_ADMINISTRATOR, PlatformModule.ORGANISATION_VIEW),
                    new PermissionResolver.Cell(Role.SOCIAL_WORKER, PlatformModule.ORGANISATION_VIEW)),
                    new GrantEditing(true, PlatformModule.PLATFORM_SCOPE));
            assertTrue(changes.contains(new PermissionResolver.Change(Role.SOCIAL_WORKER, PlatformModule.ORGANISATION_VIEW, true)));
            assertTrue(changes.contains(new PermissionResolver.Change(Role.TEAM_MANAGER, PlatformModule.ORGANISATION_VIEW, false)));

            assertEquals(Set.of(), authentication.currentUser(userId("pboro.manager"), null).permissions());
            assertEquals(Set.of(PlatformModule.ORGANISATION_VIEW), authentication.currentUser(userId("kieran.paston"), null).permissions());
            // Cambridgeshire keeps the defaults
            assertEquals(Set.of(PlatformModule.ORGANISATION_VIEW), authentication.currentUser(userId("hunts.manager"), null).permissions());
        } finally {
            db.restoreDefaultGrants(peterborough.id());
        }
    }

    @Test
    void aNewUserIsSavedAndATakenUsernameIsRefusedByTheDatabase() {
        Authority cambs = authority("CCC");
        Team team = directory.teams(cambs.id()).get(0);
        StaffAdministration administration = db.administration;
        long id = administration.create(new NewStaffForm.NewStaff("new.worker", "New Worker", team.id(), Role.SOCIAL_WORKER,
                new BigDecimal("0.60"), "a-long-enough-password"), cambs.id());
        assertEquals("New Worker", directory.staffMember(id).orElseThrow().displayName());
        assertTrue(administration.usernameTaken("NEW.WORKER"));
        assertThrows(PersistenceException.class, () -> administration.create(new NewStaffForm.NewStaff("new.worker", "Another",
                team.id(), Role.SOCIAL_WORKER, BigDecimal.ONE, "a-long-enough-password"), cambs.id()));
    }

    @Test
    void sessionsAreStoredByHashExtendedOnUseAndExpireWhenIdle() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-25T09:00:00Z"));
        DatabaseSessionStore sessions = new DatabaseSessionStore(emf, clock);
        try {
            long id = userId("fenland.sw");
            SessionStore.Session session = sessions.open(id);
            try (Connection connection = DriverManager.getConnection(TestDatabase.URL);
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select token_hash from sg_session")) {
                assertTrue(rows.next());
                assertEquals(Tokens.sha256(session.token()), rows.getString(1));
                assertNotEquals(session.token(), rows.getString(1));
            }
            clock.advance(Duration.ofMinutes(25));
            assertEquals(id, sessions.find(session.token()).orElseThrow().userId());
            clock.advance(Duration.ofMinutes(25));
            assertTrue(sessions.find(session.token()).isPresent(), "using it extended it");
            long fenland = directory.districts(authority("CCC").id()).stream()
                    .filter(d -> d.name().equals("Fenland")).findFirst().orElseThrow().id();
            assertEquals(fenland, sessions.changeDistrict(session.token(), fenland).orElseThrow().districtId());
            clock.advance(Duration.ofMinutes(31));
            assertTrue(sessions.find(session.token()).isEmpty());

            SessionStore.Session other = sessions.open(id);
            sessions.close(other.token());
            assertTrue(sessions.find(other.token()).isEmpty());
        } finally {
            sessions.deactivate();
        }
    }

    @Test
    void demoDataIsSeededOncePerModuleAndAuthorityHoweverOftenTheModuleStarts() {
        DemoSeeding seeding = new DemoSeeding(emf, directory, sharedClock);
        assertEquals(0, seeding.seedOrganisation(() -> {
            throw new AssertionError("an organisation that exists is not seeded, so no password is hashed");
        }));

        List<String> seeded = new ArrayList<>();
        DemoDataContributor notices = new DemoDataContributor() {
            @Override
            public String moduleId() {
                return "demo-test-notices";
            }

            @Override
            public void seed(Authority authority, OrganisationDirectory dir) {
                seeded.add(authority.code());
            }
        };
        seeding.seedModule(notices, () -> true);
        seeding.seedModule(notices, () -> true);
        assertEquals(List.of("CCC", "PCC"), seeded);

        List<String> attempts = new ArrayList<>();
        DemoDataContributor flaky = new DemoDataContributor() {
            @Override
            public String moduleId() {
                return "demo-test-flaky";
            }

            @Override
            public void seed(Authority authority, OrganisationDirectory dir) {
                attempts.add(authority.code());
                if (authority.code().equals("PCC") && attempts.size() < 3) {
                    throw new IllegalStateException("not today");
                }
            }
        };
        seeding.seedModule(flaky, () -> true);
        seeding.seedModule(flaky, () -> true);
        seeding.seedModule(flaky, () -> true);
        assertEquals(List.of("CCC", "PCC", "PCC"), attempts, "a failed authority is tried again, a seeded one never");
    }

    @Test
    void aModuleWhoseDemoDataBuildsOnAnotherWaitsForIt() {
        DemoSeeding seeding = new DemoSeeding(emf, directory, sharedClock);
        List<String> order = new ArrayList<>();
        DemoDataContributor extending = contributor("demo-test-extending", Set.of("demo-test-core"), order);
        DemoDataContributor core = contributor("demo-test-core", Set.of(), order);

        assertFalse(seeding.seedModule(extending, () -> true), "the core's data is not there yet: nothing seeded");
        assertTrue(order.isEmpty());
        assertTrue(seeding.seedModule(core, () -> true));
        assertTrue(seeding.seedModule(extending, () -> true));
        assertEquals(List.of("demo-test-core CCC", "demo-test-core PCC", "demo-test-extending CCC", "demo-test-extending PCC"), order);
    }

    private static DemoDataContributor contributor(String moduleId, Set<String> after, List<String> order) {
        return new DemoDataContributor() {
            @Override
            public String moduleId() {
                return moduleId;
            }

            @Override
            public void seed(Authority authority, OrganisationDirectory dir) {
                order.add(moduleId + " " + authority.code());
            }

            @Override
            public Set<String> after() {
                return after;
            }
        };
    }
}
