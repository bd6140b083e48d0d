package org.safeguard.platform.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.safeguard.platform.api.audit.AuditEvent;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.persistence.Transactions;
import org.safeguard.platform.api.security.Authentication;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.Role;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.identity.entity.AuthorityEntity;
import org.safeguard.platform.identity.entity.DistrictEntity;
import org.safeguard.platform.identity.entity.StaffAccountEntity;
import org.safeguard.platform.identity.entity.TeamEntity;
import org.safeguard.platform.identity.entity.TeamRoleEntity;
import org.safeguard.platform.identity.entity.UtcTime;
import org.safeguard.platform.identity.security.LockoutPolicy;
import org.safeguard.platform.identity.security.PasswordHasher;
import org.safeguard.platform.identity.security.PermissionResolver;
import org.safeguard.platform.identity.security.Tokens;
import org.safeguard.platform.identity.security.UnknownUsernameFailures;
import org.safeguard.platform.identity.security.WorkingDistrict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Component(service = Authentication.class)
public class AuthenticationService implements Authentication {

    private static final Logger LOG = LoggerFactory.getLogger(AuthenticationService.class);
    /** How staff read times: the audit log is read in England. */
    private static final DateTimeFormatter LONDON_TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK).withZone(CouncilClock.ZONE);

    private final EntityManagerFactory emf;
    private final PermissionCatalogue catalogue;
    private final PasswordHasher passwords;
    private final LockoutPolicy lockout;
    private final UnknownUsernameFailures unknownUsernames;
    /**
     * A real cost-12 hash checked for unknown usernames, so a wrong username takes as long as a
     * wrong password and timing does not tell which usernames exist.
     */
    private final String decoyHash;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile AuditLog auditLog;

    @Activate
    public AuthenticationService(
            @Reference(target = "(safeguard.unit=safeguard-platform-identity)") EntityManagerFactory emf,
            @Reference PermissionCatalogue catalogue) {
        this(emf, catalogue, new PasswordHasher(), Clock.systemUTC());
    }

    AuthenticationService(EntityManagerFactory emf, PermissionCatalogue catalogue, PasswordHasher passwords, Clock clock) {
        this.emf = emf;
        this.catalogue = catalogue;
        this.passwords = passwords;
        this.lockout = new LockoutPolicy(clock);
        this.unknownUsernames = new UnknownUsernameFailures(clock, UnknownUsernameFailures.MAX_ENTRIES);
        this.decoyHash = passwords.hash("decoy-" + Tokens.random());
    }

    @Override
    public Result authenticate(String username, String password, String remoteAddress) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        String given = password == null ? "" : password;
        Optional<StaffAccountEntity> found = Transactions.read(emf, em -> em.createQuery(
                        "select s from StaffAccountEntity s where s.username = :username", StaffAccountEntity.class)
                .setParameter("username", name)
                .getResultStream().findFirst());
        if (found.isEmpty() || !found.get().isActive()) {
            // always pay for the hash, so an unknown or inactive username answers no faster than a real one
            passwords.matches(given, found.isEmpty() ? decoyHash : found.get().getPasswordHash());
            // counted like a real account's failures, so "locked" does not tell which usernames exist
            boolean locked = unknownUsernames.recordFailure(name);
            // the account's id, never the typed name, tells the audit log who it was: null means no such account
            Long knownId = found.map(StaffAccountEntity::getId).orElse(null);
            return new Result(locked ? Outcome.LOCKED_OUT : Outcome.BAD_CREDENTIALS, knownId);
        }
        StaffAccountEntity account = found.get();
        long accountId = account.getId();
        boolean matches = passwords.matches(given, account.getPasswordHash());
        if (lockout.isLocked(account.getLockedUntil())) {
            return new Result(Outcome.LOCKED_OUT, accountId);
        }
        if (matches) {
            Transactions.run(emf, em -> em.find(StaffAccountEntity.class, accountId).recordSignIn(lockout.now()));
            return new Result(Outcome.SIGNED_IN, accountId);
        }
        Failure failure = countFailure(accountId);
        if (failure.lockedNow()) {
            LOG.warn("Account {} locked after {} failed sign-in attempts", accountId, failure.failedAttempts());
            audit(new AuditEvent(accountId, account.getUsername(), account.getAuthorityId(), "account.locked",
                    "staff-account", Long.toString(accountId),
                    failure.failedAttempts() + " failed sign-in attempts; locked until "
                            + londonTime(failure.lockedUntil()), remoteAddress));
        }
        return new Result(failure.lockedUntil() != null ? Outcome.LOCKED_OUT : Outcome.BAD_CREDENTIALS, accountId);
    }

    /** As staff read a time: "25 November 2026, 14:05", in England's time whatever the server's zone. */
    static String londonTime(Instant instant) {
        return LONDON_TIME.format(instant);
    }

    /** An account's failures after a wrong password; {@code lockedNow} for the one attempt that locked it. */
    record Failure(int failedAttempts, Instant lockedUntil, boolean lockedNow) {}

    /**
     * Counts a wrong password in one transaction. The increment is a single UPDATE, which holds the
     * row until commit, so parallel wrong passwords queue up and each reads back its own count: none
     * can overwrite another's and slip past the limit.
     */
    Failure countFailure(long accountId) {
        Instant now = lockout.now();
        return Transactions.inTransaction(emf, em -> {
            // a lock that has run out starts a fresh count
            em.createQuery("update StaffAccountEntity s set s.failedAttempts = 0, s.lockedUntil = null"
                            + " where s.id = :id and s.lockedUntil is not null and s.lockedUntil <= :now")
                    .setParameter("id", accountId)
                    .setParameter("now", UtcTime.column(now))
                    .executeUpdate();
            em.createQuery("update StaffAccountEntity s set s.failedAttempts = s.failedAttempts + 1 where s.id = :id")
                    .setParameter("id", accountId)
                    .executeUpdate();
            Object[] row = em.createQuery("select s.failedAttempts, s.lockedUntil from StaffAccountEntity s where s.id = :id",
                            Object[].class)
                    .setParameter("id", accountId)
                    .getSingleResult();
            int failures = ((Number) row[0]).intValue();
            Instant lockedUntil = UtcTime.instant((LocalDateTime) row[1]);
            Instant until = lockout.lockAfter(failures, lockedUntil);
            if (until != null) {
                em.createQuery("update StaffAccountEntity s set s.lockedUntil = :until where s.id = :id")
                        .setParameter("until", UtcTime.column(until))
                        .setParameter("id", accountId)
                        .executeUpdate();
                return new Failure(failures, until, true);
            }
            return new Failure(failures, lockedUntil, false);
        });
    }

    @Override
    public CurrentUser currentUser(long userId, Long districtId) {
        return Transactions.read(emf, em -> {
            StaffAccountEntity account = em.find(StaffAccountEntity.class, userId);
            if (account == null || !account.isActive()) {
                return CurrentUser.ANONYMOUS;
            }
            List<TeamRoleEntity> teamRoles = DirectoryService.rolesOf(em, userId);
            List<Team> teams = teamsInOrder(em, teamRoles);
            Set<Role> roles = teamRoles.stream().map(TeamRoleEntity::getRole).collect(Collectors.toSet());
            Long working = WorkingDistrict.choose(districtId, teams);
            AuthorityEntity authority = em.find(AuthorityEntity.class, account.getAuthorityId());
            DistrictEntity district = working == null ? null : em.find(DistrictEntity.class, working);
            Set<String> permissions = new PermissionResolver(catalogue.definitions(),
                    RoleGrants.of(em, account.getAuthorityId())).permissionsOf(roles);
            return new CurrentUser(userId, account.getUsername(), account.getDisplayName(),
                    account.getAuthorityId(), authority == null ? null : authority.getName(),
                    working, district == null ? null : district.getName(),
                    teams.stream().map(Team::id).collect(Collectors.toSet()), roles, permissions);
        });
    }

    /** The user's teams in the order they were given roles: the first is their home team. */
    private static List<Team> teamsInOrder(EntityManager em, List<TeamRoleEntity> teamRoles) {
        Set<Long> ids = teamRoles.stream().map(TeamRoleEntity::getTeamId).collect(Collectors.toCollection(LinkedHashSet::new));
        if (ids.isEmpty()) {
            return List.of();
        }
        // a retired (merged) team has no roles left; leaving it out here too means nobody acts in it
        Map<Long, Team> byId = em.createQuery("select t from TeamEntity t where t.id in :ids and t.mergedIntoTeamId is null",
                        TeamEntity.class)
                .setParameter("ids", List.copyOf(ids))
                .getResultList().stream().map(TeamEntity::toTeam)
                .collect(Collectors.toMap(Team::id, Function.identity()));
        List<Team> teams = new ArrayList<>();
        ids.stream().map(byId::get).filter(Objects::nonNull).forEach(teams::add);
        return teams;
    }

    private void audit(AuditEvent event) {
        AuditLog log = auditLog;
        if (log == null) {
            return;
        }
        try {
            log.record(event);
        } catch (RuntimeException e) {
            LOG.error("Could not audit {}", event.action(), e);
        }
    }
}
