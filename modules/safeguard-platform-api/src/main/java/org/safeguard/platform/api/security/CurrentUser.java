package org.safeguard.platform.api.security;

import java.util.Set;

/**
 * Who is making the request, where they work, and what they may do. Built by the platform for
 * every request; a module never builds one itself.
 *
 * @param userId        null when nobody is signed in
 * @param authorityId   the authority the user belongs to (null only when nobody is signed in; a
 *                      system administrator belongs to an authority too and acts on others by role)
 * @param districtId    the district the user is working in now (null for a county-wide team)
 * @param teamIds       teams the user holds a role in
 * @param roles         roles held across those teams
 * @param permissions   permissions those roles grant in the user's authority
 */
public record CurrentUser(Long userId, String username, String displayName,
                          Long authorityId, String authorityName,
                          Long districtId, String districtName,
                          Set<Long> teamIds, Set<Role> roles, Set<String> permissions) {

    public static final CurrentUser ANONYMOUS =
            new CurrentUser(null, null, null, null, null, null, null, Set.of(), Set.of(), Set.of());

    public CurrentUser {
        teamIds = Set.copyOf(teamIds);
        roles = Set.copyOf(roles);
        permissions = Set.copyOf(permissions);
    }

    public boolean isAuthenticated() {
        return userId != null;
    }

    public boolean hasPermission(String permission) {
        return permission == null || permissions.contains(permission);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
