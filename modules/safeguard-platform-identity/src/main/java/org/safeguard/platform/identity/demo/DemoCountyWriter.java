package org.safeguard.platform.identity.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.safeguard.platform.identity.entity.AuthorityEntity;
import org.safeguard.platform.identity.entity.DistrictEntity;
import org.safeguard.platform.identity.entity.StaffAccountEntity;
import org.safeguard.platform.identity.entity.TeamEntity;
import org.safeguard.platform.identity.entity.TeamRoleEntity;

/** Writes a demo county plan into an empty organisation, inside the caller's transaction. */
public final class DemoCountyWriter {

    private DemoCountyWriter() {
    }

    public static boolean organisationIsEmpty(EntityManager em) {
        return em.createQuery("select count(a) from AuthorityEntity a", Long.class).getSingleResult() == 0L;
    }

    /** @param passwordHash one hash for every account: hashing each at cost 12 would take minutes */
    public static int write(EntityManager em, List<DemoCountyPlan.AuthorityPlan> plan, String passwordHash) {
        int accounts = 0;
        for (DemoCountyPlan.AuthorityPlan authorityPlan : plan) {
            AuthorityEntity authority = new AuthorityEntity(authorityPlan.code(), authorityPlan.name());
            em.persist(authority);
            em.flush();
            Map<String, Long> districts = new HashMap<>();
            for (String name : authorityPlan.districts()) {
                DistrictEntity district = new DistrictEntity(authority.getId(), name);
                em.persist(district);
                em.flush();
                districts.put(name, district.getId());
            }
            for (DemoCountyPlan.TeamPlan teamPlan : authorityPlan.teams()) {
                Long districtId = teamPlan.district() == null ? null : districts.get(teamPlan.district());
                if (teamPlan.district() != null && districtId == null) {
                    throw new IllegalStateException("team " + teamPlan.name() + " names an unknown district " + teamPlan.district());
                }
                TeamEntity team = new TeamEntity(authority.getId(), districtId, teamPlan.name(), teamPlan.type());
                em.persist(team);
                em.flush();
                for (DemoCountyPlan.MemberPlan member : teamPlan.members()) {
                    StaffAccountEntity account = new StaffAccountEntity(member.username(), member.displayName(),
                            authority.getId(), passwordHash, member.fte());
                    em.persist(account);
                    em.flush();
                    em.persist(new TeamRoleEntity(account.getId(), team.getId(), member.role()));
                    accounts++;
                }
            }
        }
        em.flush();
        return accounts;
    }
}
