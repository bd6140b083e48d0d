package org.safeguard.platform.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.audit.AuditEntry;
import org.safeguard.platform.api.audit.AuditEvent;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.organisation.Authority;
import org.safeguard.platform.api.organisation.District;
import org.safeguard.platform.api.organisation.StaffMember;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.organisation.TeamType;
import org.safeguard.platform.api.persistence.Transactions;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.Role;
import org.safeguard.platform.api.web.HttpMethod;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.WebRequest;
import org.safeguard.platform.identity.entity.StaffAccountEntity;
import org.safeguard.platform.identity.entity.TeamEntity;
import org.safeguard.platform.identity.entity.TeamRoleEntity;
import org.safeguard.platform.identity.web.OrganisationRoutes;

/**
 * Moving and merging teams on the shared test database. Each test makes its own teams and staff,
 * so the demo county the other tests read stays as it is.
 */
class OrganisationChangesServiceTest {

    private static TestDatabase db;
    private static OrganisationChangesService changes;
    private static final List<AuditEvent> AUDITED = new ArrayList<>();
    private static long cambs;
    private static long peterborough;
    private static int sequence;

    private CurrentUser admin;

    @BeforeAll
    static void database() throws Exception {
        db = TestDatabase.get();
        changes = new OrganisationChangesService(db.emf, new RecordingAuditLog(),
                Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
        cambs = authority("CCC");
        peterborough = authority("PCC");
    }

    @BeforeEach
    void signIn() {
        admin = db.authentication.currentUser(db.userId("cambs.admin"), null);
        AUDITED.clear();
    }

    private static long authority(String code) {
        return db.directory.authorities().stream().filter(a -> a.code().equals(code)).map(Authority::id).findFirst().orElseThrow();
    }

    private static long district(long authorityId, String name) {
        return db.directory.districts(authorityId).stream().filter(d -> d.name().equals(name)).map(District::id)
                .findFirst().orElseThrow();
    }

    private static long team(long authorityId, Long districtId, String name) {
        return Transactions.inTransaction(db.emf, em -> {
            TeamEntity team = new TeamEntity(authorityId, districtId, name + " " + (++sequence), TeamType.CHILDRENS);
            em.persist(team);
            em.flush();
            return team.getId();
        });
    }

    /** A new account with a role in a team; more roles with {@link #give}. */
    private static long staff(long authorityId, long teamId, Role role) {
        return Transactions.inTransaction(db.emf, em -> {
            StaffAccountEntity account = new StaffAccountEntity("restructure.test" + (++sequence), "Test Worker " + sequence,
                    authorityId, "not-a-real-hash", BigDecimal.ONE);
            em.persist(account);
            em.flush();
            em.persist(new TeamRoleEntity(account.getId(), teamId, role));
            return account.getId();
        });
    }

    private static void give(long accountId, long teamId, Role role) {
        Transactions.run(db.emf, em -> em.persist(new TeamRoleEntity(accountId, teamId, role)));
    }

    private static Set<StaffMember.TeamRole> rolesOf(long accountId) {
        return Set.copyOf(db.directory.staffMember(accountId).orElseThrow().teamRoles());
    }

    @Test
    void mergingGivesEveryRoleInTheNewTeamOnceAndRetiresTheOld() {
        long fenland = district(cambs, "Fenland");
        long from = team(cambs, fenland, "Fenland Unit");
        long into = team(cambs, fenland, "Fenland Children's team");
        long worker = staff(cambs, from, Role.SOCIAL_WORKER);
        long senior = staff(cambs, from, Role.SENIOR_SOCIAL_WORKER);
        long both = staff(cambs, from, Role.SOCIAL_WORKER);
        give(both, into, Role.SOCIAL_WORKER);
        long manager = staff(cambs, into, Role.TEAM_MANAGER);

        Team result = changes.mergeTeams(from, into, admin, "10.0.0.1");

        assertEquals(into, result.id());
        assertEquals(Set.of(new StaffMember.TeamRole(into, Role.SOCIAL_WORKER)), rolesOf(worker));
        assertEquals(Set.of(new StaffMember.TeamRole(into, Role.SENIOR_SOCIAL_WORKER)), rolesOf(senior));
        assertEquals(Set.of(new StaffMember.TeamRole(into, Role.SOCIAL_WORKER)), rolesOf(both), "a role already held is not doubled");
        assertEquals(Set.of(new StaffMember.TeamRole(into, Role.TEAM_MANAGER)), rolesOf(manager));
        assertEquals(Set.of(worker, senior, both, manager),
                db.directory.teamMembers(into).stream().map(StaffMember::id).collect(Collectors.toSet()));
        assertTrue(db.directory.teamMembers(from).isEmpty());

        // gone from every list and choice, still found by id for history
        assertFalse(db.directory.teams(cambs).stream().anyMatch(t -> t.id() == from));
        Team retired = db.directory.team(from).orElseThrow();
        assertTrue(retired.name().startsWith("Fenland Unit"));
        assertEquals(into, Transactions.read(db.emf, em -> em.find(TeamEntity.class, from)).getMergedIntoTeamId());

        // nobody can act in it: the signed-in user's teams name only the team merged into
        CurrentUser signedIn = db.authentication.currentUser(worker, null);
        assertEquals(Set.of(into), signedIn.teamIds());
        assertEquals(fenland, signedIn.districtId());

        assertEquals(1, AUDITED.size());
        AuditEvent audited = AUDITED.get(0);
        assertEquals("team.merge", audited.action());
        assertEquals("team", audited.subjectType());
        assertEquals(Long.toString(from), audited.subjectId());
        assertEquals(cambs, audited.authorityId());
        assertTrue(audited.detail().contains("2 roles given"), audited.detail());
        assertTrue(audited.detail().contains("1 already held"), audited.detail());
    }

    @Test
    void mergingAgainIsHarmlessButMergingARetiredTeamElsewhereIsRefused() {
        long from = team(cambs, null, "Edge of care");
        long into = team(cambs, null, "Adolescent team");
        long other = team(cambs, null, "Children in care");
        long worker = staff(cambs, from, Role.SOCIAL_WORKER);
        changes.mergeTeams(from, into, admin, "10.0.0.1");

        assertEquals(into, changes.mergeTeams(from, into, admin, "10.0.0.1").id());
        assertEquals(Set.of(new StaffMember.TeamRole(into, Role.SOCIAL_WORKER)), rolesOf(worker));
        assertEquals(1, AUDITED.size(), "a retry that changes nothing is not audited again");

        IllegalArgumentException elsewhere = assertThrows(IllegalArgumentException.class,
                () -> changes.mergeTeams(from, other, admin, "10.0.0.1"));
        assertTrue(elsewhere.getMessage().contains("already been merged"), elsewhere.getMessage());
        IllegalArgumentException intoRetired = assertThrows(IllegalArgumentException.class,
                () -> changes.mergeTeams(other, from, admin, "10.0.0.1"));
        assertTrue(intoRetired.getMessage().contains("was merged into"), intoRetired.getMessage());
        assertThrows(IllegalArgumentException.class, () -> changes.moveTeam(from, district(cambs, "Fenland"), admin, "10.0.0.1"));
    }

    @Test
    void badMergesAreRefusedAndChangeNothing() {
        long cambsTeam = team(cambs, null, "Cambridgeshire team");
        long pboroTeam = team(peterborough, null, "Peterborough team");
        long worker = staff(cambs, cambsTeam, Role.SOCIAL_WORKER);

        IllegalArgumentException itself = assertThrows(IllegalArgumentException.class,
                () -> changes.mergeTeams(cambsTeam, cambsTeam, admin, "10.0.0.1"));
        assertEquals("Choose two different teams: a team cannot be merged into itself", itself.getMessage());
        IllegalArgumentException otherAuthority = assertThrows(IllegalArgumentException.class,
                () -> changes.mergeTeams(cambsTeam, pboroTeam, admin, "10.0.0.1"));
        assertEquals("The team to merge into is not one of your authority's teams", otherAuthority.getMessage());
        assertThrows(IllegalArgumentException.class, () -> changes.mergeTeams(pboroTeam, cambsTeam, admin, "10.0.0.1"));
        assertThrows(IllegalArgumentException.class, () -> changes.mergeTeams(cambsTeam, 999_999L, admin, "10.0.0.1"));

        assertEquals(Set.of(new StaffMember.TeamRole(cambsTeam, Role.SOCIAL_WORKER)), rolesOf(worker));
        assertTrue(db.directory.teams(cambs).stream().anyMatch(t -> t.id() == cambsTeam));
        assertTrue(AUDITED.isEmpty());
    }

    @Test
    void aTeamMovesToAnotherDistrictOfItsAuthorityOnly() {
        long fenland = district(cambs, "Fenland");
        long hunts = district(cambs, "Huntingdonshire");
        long team = team(cambs, fenland, "Fenland Family Safeguarding team");
        long worker = staff(cambs, team, Role.SOCIAL_WORKER);

        Team moved = changes.moveTeam(team, hunts, admin, "10.0.0.1");

        assertEquals(Long.valueOf(hunts), moved.districtId());
        assertEquals(Long.valueOf(hunts), db.directory.team(team).orElseThrow().districtId());
        assertEquals(hunts, db.authentication.currentUser(worker, null).districtId(), "its members now work there");
        assertEquals(Set.of(new StaffMember.TeamRole(team, Role.SOCIAL_WORKER)), rolesOf(worker));
        assertEquals(1, AUDITED.size());
        assertEquals("team.move", AUDITED.get(0).action());
        assertTrue(AUDITED.get(0).detail().contains("from Fenland"), AUDITED.get(0).detail());
        assertTrue(AUDITED.get(0).detail().contains("to Huntingdonshire"), AUDITED.get(0).detail());

        assertEquals(Long.valueOf(hunts), changes.moveTeam(team, hunts, admin, "10.0.0.1").districtId());
        assertEquals(1, AUDITED.size(), "moving a team where it already is changes nothing");

        long central = district(peterborough, "Peterborough");
        IllegalArgumentException otherAuthority = assertThrows(IllegalArgumentException.class,
                () -> changes.moveTeam(team, central, admin, "10.0.0.1"));
        assertTrue(otherAuthority.getMessage().startsWith("Select a district of"), otherAuthority.getMessage());
        CurrentUser peterboroughAdmin = db.authentication.currentUser(db.userId("pboro.admin"), null);
        assertThrows(IllegalArgumentException.class, () -> changes.moveTeam(team, hunts, peterboroughAdmin, "10.0.0.1"));
        assertEquals(Long.valueOf(hunts), db.directory.team(team).orElseThrow().districtId());
    }

    @Test
    void theAdministrationPagesNoLongerOfferARetiredTeam() throws Exception {
        long from = team(cambs, null, "Retiring team");
        long into = team(cambs, null, "Surviving team");
        staff(cambs, from, Role.SOCIAL_WORKER);
        String retiredName = db.directory.team(from).orElseThrow().name();
        String survivingName = db.directory.team(into).orElseThrow().name();
        changes.mergeTeams(from, into, admin, "10.0.0.1");

        OrganisationRoutes routes = new OrganisationRoutes(db.directory, db.administration, db.catalogue, new RecordingAuditLog());
        for (String path : List.of("/admin/organisation", "/admin/users/new")) {
            Route route = routes.routes().stream().filter(r -> r.method() == HttpMethod.GET && r.path().equals(path))
                    .findFirst().orElseThrow();
            PageResult.Page page = assertInstanceOf(PageResult.Page.class, route.handler().handle(new Request(path, admin)));
            String model = String.valueOf(page.model());
            assertTrue(model.contains(survivingName), path);
            assertFalse(model.contains(retiredName), path + " still offers " + retiredName);
        }
    }

    private record Request(String path, CurrentUser user) implements WebRequest {
        @Override public HttpMethod method() { return HttpMethod.GET; }
        @Override public String pathParam(String name) { return null; }
        @Override public Optional<String> query(String name) { return Optional.empty(); }
        @Override public Optional<String> form(String name) { return Optional.empty(); }
        @Override public List<String> formValues(String name) { return List.of(); }
        @Override public String remoteAddress() { return "10.0.0.1"; }
        @Override public String csrfToken() { return "token"; }
    }

    private static final class RecordingAuditLog implements AuditLog {
        @Override
        public AuditEntry record(AuditEvent event) {
            AUDITED.add(event);
            return new AuditEntry(AUDITED.size(), Instant.now(), event, "", "");
        }

        @Override
        public List<AuditEntry> recent(Long authorityId, int offset, int limit) {
            return List.of();
        }

        @Override
        public long count(Long authorityId) {
            return AUDITED.size();
        }

        @Override
        public AuditVerification verify() {
            return new AuditVerification(true, AUDITED.size(), null);
        }
    }
}
