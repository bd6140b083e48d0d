package org.safeguard.platform.identity;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.safeguard.platform.identity.entity.RoleGrantEntity;
import org.safeguard.platform.identity.security.PermissionResolver;

/** Reads and replaces an authority's permission overrides. */
final class RoleGrants {

    private RoleGrants() {
    }

    static List<PermissionResolver.Grant> of(EntityManager em, long authorityId) {
        return em.createQuery("select g from RoleGrantEntity g where g.authorityId = :authority", RoleGrantEntity.class)
                .setParameter("authority", authorityId)
                .getResultList().stream()
                .map(g -> new PermissionResolver.Grant(g.getRole(), g.getPermission(), g.isGranted()))
                .toList();
    }

    /**
     * Replaces the overrides of the given permissions only: decisions about a module that is not
     * running now are kept for when it comes back.
     */
    static void replace(EntityManager em, long authorityId, Collection<String> permissionIds,
                        List<PermissionResolver.Grant> grants) {
        if (!permissionIds.isEmpty()) {
            em.createQuery("delete from RoleGrantEntity g where g.authorityId = :authority and g.permission in :permissions")
                    .setParameter("authority", authorityId)
                    .setParameter("permissions", List.copyOf(permissionIds))
                    .executeUpdate();
        }
        for (PermissionResolver.Grant grant : grants) {
            em.persist(new RoleGrantEntity(authorityId, grant.role(), grant.permission(), grant.granted()));
        }
    }
}
