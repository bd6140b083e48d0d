package org.safeguard.platform.identity;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.platform.api.audit.AuditEvent;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.organisation.OrganisationChanges;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.persistence.Transactions;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.identity.entity.DistrictEntity;
import org.safeguard.platform.identity.entity.TeamEntity;
import org.safeguard.platform.identity.entity.TeamRoleEntity;
import org.safeguard.platform.identity.entity.UtcTime;

/**
 * Moves and merges teams. A merged team is retired, never deleted: cases, allocation histories and
 * other modules' records keep its id and must still be able to name it. Both changes are
 * idempotent, because the caller's own part of a restructure lives in another database
 * transaction and a half-done restructure is finished by simply running it again.
 */
@Component(service = OrganisationChanges.class)
public class OrganisationChangesService implements OrganisationChanges {

    private final EntityManagerFactory emf;
    private final AuditLog auditLog;
    private final Clock clock;

    @Activate
    public OrganisationChangesService(
            @Reference(target = "(safeguard.unit=safeguard-platform-identity)") EntityManagerFactory emf,
            @Reference AuditLog auditLog) {
        this(emf, auditLog, Clock.systemUTC());
    }

    OrganisationChangesService(EntityManagerFactory emf, AuditLog auditLog, Clock clock) {
        this.emf = emf;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    private record Moved(Team team, Long fromDistrictId, String fromName, String toName, boolean changed) {}

    @Override
    public Team moveTeam(long teamId, long districtId, CurrentUser actor, String remoteAddress) {
        Moved moved = Transactions.inTransaction(emf, em -> {
            TeamEntity team = currentTeam(em, teamId, actor, "The team");
            DistrictEntity district = em.find(DistrictEntity.class, districtId);
            if (district == null || district.getAuthorityId() != team.getAuthorityId()) {
                throw new IllegalArgumentException("Select a district of " + team.getName() + "'s authority");
            }
            Long from = team.getDistrictId();
            if (Objects.equals(from, districtId)) {
                // already there: a retry after the caller's part failed, nothing to do or audit
                return new Moved(team.toTeam(), from, district.getName(), district.getName(), false);
            }
            String fromName = from == null ? "authority-wide" : em.find(DistrictEntity.class, from).getName();
            team.moveTo(districtId);
            return new Moved(team.toTeam(), from, fromName, district.getName(), true);
        });
        if (moved.changed()) {
            Team team = moved.team();
            audit(actor, team.authorityId(), remoteAddress, "team.move", team.id(),
                    "Moved " + team.name() + " from " + moved.fromName() + " (district "
                            + (moved.fromDistrictId() == null ? "none" : moved.fromDistrictId()) + ") to "
                            + moved.toName() + " (district " + districtId + ")");
        }
        return moved.team();
    }

    private record Merged(Team into, String fromName, int copied, int alreadyHeld, boolean changed) {}

    @Override
    public Team mergeTeams(long fromTeamId, long intoTeamId, CurrentUser actor, String remoteAddress) {
        if (fromTeamId == intoTeamId) {
            throw new IllegalArgumentException("Choose two different teams: a team cannot be merged into itself");
        }
        Merged merged = Transactions.inTransaction(emf, em -> {
            TeamEntity into = currentTeam(em, intoTeamId, actor, "The team to merge into");
            TeamEntity from = ownTeam(em, fromTeamId, actor, "The team to merge");
            if (from.isRetired()) {
                if (from.getMergedIntoTeamId() == intoTeamId) {
                    // already merged: a retry after the caller's part failed
                    return new Merged(into.toTeam(), from.getName(), 0, 0, false);
                }
                throw new IllegalArgumentException(from.getName() + " has already been merged into another team");
            }
            if (from.getAuthorityId() != into.getAuthorityId()) {
                throw new IllegalArgumentException("Both teams must be in the same authority");
            }
            // Retire first, as one conditional update: of two administrators merging the same team at once,
            // the second waits on the row and then finds it retired, instead of both copying its roles.
            int claimed = em.createQuery("update TeamEntity t set t.mergedIntoTeamId = :into, t.retiredAt = :at"
                            + " where t.id = :from and t.mergedIntoTeamId is null")
                    .setParameter("into", intoTeamId)
                    .setParameter("at", UtcTime.column(clock.instant()))
                    .setParameter("from", fromTeamId)
                    .executeUpdate();
            if (claimed != 1) {
                throw new IllegalArgumentException(from.getName() + " has just been merged by someone else");
            }
            List<TeamRoleEntity> roles = em.createQuery(
                            "select r from TeamRoleEntity r where r.teamId = :team order by r.id", TeamRoleEntity.class)
                    .setParameter("team", fromTeamId)
                    .getResultList();
            Set<String> held = new HashSet<>();
            for (TeamRoleEntity r : em.createQuery("select r from TeamRoleEntity r where r.teamId = :team", TeamRoleEntity.class)
                    .setParameter("team", intoTeamId)
                    .getResultList()) {
                held.add(r.getAccountId() + "/" + r.getRole());
            }
            int copied = 0;
            int alreadyHeld = 0;
            for (TeamRoleEntity role : roles) {
                if (held.add(role.getAccountId() + "/" + role.getRole())) {
                    em.persist(new TeamRoleEntity(role.getAccountId(), intoTeamId, role.getRole()));
                    copied++;
                } else {
                    alreadyHeld++;
                }
            }
            em.createQuery("delete from TeamRoleEntity r where r.teamId = :team")
                    .setParameter("team", fromTeamId)
                    .executeUpdate();
            return new Merged(into.toTeam(), from.getName(), copied, alreadyHeld, true);
        });
        if (merged.changed()) {
            Team into = merged.into();
            audit(actor, into.authorityId(), remoteAddress, "team.merge", fromTeamId,
                    "Merged " + merged.fromName() + " (team " + fromTeamId + ") into " + into.name() + " (team "
                            + into.id() + "); " + merged.copied() + " roles given in " + into.name() + ", "
                            + merged.alreadyHeld() + " already held there; " + merged.fromName() + " retired");
        }
        return merged.into();
    }

    /** A team of the actor's authority that has not been retired. */
    private static TeamEntity currentTeam(EntityManager em, long teamId, CurrentUser actor, String which) {
        TeamEntity team = ownTeam(em, teamId, actor, which);
        if (team.isRetired()) {
            TeamEntity into = em.find(TeamEntity.class, team.getMergedIntoTeamId());
            throw new IllegalArgumentException(team.getName() + " was merged into "
                    + (into == null ? "another team" : into.getName()) + " and can no longer be changed");
        }
        return team;
    }

    /** Teams of another authority answer exactly like teams that do not exist. */
    private static TeamEntity ownTeam(EntityManager em, long teamId, CurrentUser actor, String which) {
        TeamEntity team = em.find(TeamEntity.class, teamId);
        if (team == null || actor.authorityId() == null || team.getAuthorityId() != actor.authorityId()) {
            throw new IllegalArgumentException(which + " is not one of your authority's teams");
        }
        return team;
    }

    private void audit(CurrentUser actor, long authorityId, String remoteAddress, String action, long teamId, String detail) {
        auditLog.record(new AuditEvent(actor.userId(), actor.username(), authorityId, action, "team",
                Long.toString(teamId), detail, remoteAddress));
    }
}
