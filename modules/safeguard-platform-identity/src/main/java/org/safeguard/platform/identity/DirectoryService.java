package org.safeguard.platform.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.platform.api.organisation.Authority;
import org.safeguard.platform.api.organisation.District;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.organisation.StaffMember;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.persistence.Transactions;
import org.safeguard.platform.identity.entity.AuthorityEntity;
import org.safeguard.platform.identity.entity.DistrictEntity;
import org.safeguard.platform.identity.entity.StaffAccountEntity;
import org.safeguard.platform.identity.entity.TeamEntity;
import org.safeguard.platform.identity.entity.TeamRoleEntity;

@Component(service = OrganisationDirectory.class)
public class DirectoryService implements OrganisationDirectory {

    private final EntityManagerFactory emf;

    @Activate
    public DirectoryService(@Reference(target = "(safeguard.unit=safeguard-platform-identity)") EntityManagerFactory emf) {
        this.emf = emf;
    }

    @Override
    public List<Authority> authorities() {
        return Transactions.read(emf, em -> em.createQuery("select a from AuthorityEntity a order by a.name", AuthorityEntity.class)
                .getResultList().stream().map(AuthorityEntity::toAuthority).toList());
    }

    @Override
    public Optional<Authority> authority(long authorityId) {
        return Transactions.read(emf, em -> Optional.ofNullable(em.find(AuthorityEntity.class, authorityId))
                .map(AuthorityEntity::toAuthority));
    }

    @Override
    public List<District> districts(long authorityId) {
        return Transactions.read(emf, em -> em.createQuery(
                        "select d from DistrictEntity d where d.authorityId = :authority order by d.name", DistrictEntity.class)
                .setParameter("authority", authorityId)
                .getResultList().stream().map(DistrictEntity::toDistrict).toList());
    }

    @Override
    public Optional<District> district(long districtId) {
        return Transactions.read(emf, em -> Optional.ofNullable(em.find(DistrictEntity.class, districtId))
                .map(DistrictEntity::toDistrict));
    }

    /** Current teams only: a team retired by a merge is left out of every list and choice. */
    @Override
    public List<Team> teams(long authorityId) {
        return Transactions.read(emf, em -> em.createQuery(
                        "select t from TeamEntity t where t.authorityId = :authority and t.mergedIntoTeamId is null"
                                + " order by t.name", TeamEntity.class)
                .setParameter("authority", authorityId)
                .getResultList().stream().map(TeamEntity::toTeam).toList());
    }

    /** Retired teams too: history pages name the team a case was held in. */
    @Override
    public Optional<Team> team(long teamId) {
        return Transactions.read(emf, em -> Optional.ofNullable(em.find(TeamEntity.class, teamId)).map(TeamEntity::toTeam));
    }

    @Override
    public List<StaffMember> staff(long authorityId) {
        return Transactions.read(emf, em -> {
            List<StaffAccountEntity> accounts = em.createQuery(
                            "select s from StaffAccountEntity s where s.authorityId = :authority order by s.displayName",
                            StaffAccountEntity.class)
                    .setParameter("authority", authorityId)
                    .getResultList();
            List<TeamRoleEntity> roles = em.createQuery(
                            "select r from TeamRoleEntity r, StaffAccountEntity s where r.accountId = s.id"
                                    + " and s.authorityId = :authority order by r.id", TeamRoleEntity.class)
                    .setParameter("authority", authorityId)
                    .getResultList();
            return members(accounts, roles);
        });
    }

    @Override
    public List<StaffMember> teamMembers(long teamId) {
        return Transactions.read(emf, em -> {
            List<StaffAccountEntity> accounts = em.createQuery(
                            "select distinct s from StaffAccountEntity s, TeamRoleEntity r where r.accountId = s.id"
                                    + " and r.teamId = :team", StaffAccountEntity.class)
                    .setParameter("team", teamId)
                    .getResultList();
            List<TeamRoleEntity> roles = em.createQuery(
                            "select r from TeamRoleEntity r where r.teamId = :team order by r.id", TeamRoleEntity.class)
                    .setParameter("team", teamId)
                    .getResultList();
            return members(accounts, roles);
        });
    }

    @Override
    public Optional<StaffMember> staffMember(long userId) {
        return Transactions.read(emf, em -> Optional.ofNullable(em.find(StaffAccountEntity.class, userId))
                .map(account -> members(List.of(account), rolesOf(em, userId)).get(0)));
    }

    static List<TeamRoleEntity> rolesOf(EntityManager em, long accountId) {
        return em.createQuery("select r from TeamRoleEntity r where r.accountId = :account order by r.id", TeamRoleEntity.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    /** Accounts with the roles among {@code roles} that are theirs, by role (most senior first) then name. */
    private static List<StaffMember> members(List<StaffAccountEntity> accounts, List<TeamRoleEntity> roles) {
        Map<Long, List<StaffMember.TeamRole>> byAccount = new LinkedHashMap<>();
        for (TeamRoleEntity role : roles) {
            byAccount.computeIfAbsent(role.getAccountId(), id -> new ArrayList<>())
                    .add(new StaffMember.TeamRole(role.getTeamId(), role.getRole()));
        }
        List<StaffMember> members = new ArrayList<>();
        for (StaffAccountEntity account : accounts) {
            members.add(new StaffMember(account.getId(), account.getAuthorityId(), account.getUsername(),
                    account.getDisplayName(), account.getFte(), account.isActive(),
                    byAccount.getOrDefault(account.getId(), List.of())));
        }
        members.sort(Comparator.comparing(DirectoryService::seniority).thenComparing(StaffMember::displayName));
        return members;
    }

    private static int seniority(StaffMember member) {
        return member.teamRoles().stream().mapToInt(r -> r.role().ordinal()).min().orElse(Integer.MAX_VALUE);
    }
}
