package org.safeguard.platform.identity.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.safeguard.platform.api.security.PermissionDefinition;
import org.safeguard.platform.api.security.Role;

/**
 * Which cells of an authority's permissions table a user may change. Platform-wide permissions and
 * the system administrator's own column are a system administrator's alone, so an authority
 * administrator cannot raise their own role above the authority or change what the system
 * administrator may do.
 */
public final class GrantEditing {

    private final boolean systemAdministrator;
    private final Set<String> platformScope;

    public GrantEditing(boolean systemAdministrator, Set<String> platformScope) {
        this.systemAdministrator = systemAdministrator;
        this.platformScope = Set.copyOf(platformScope);
    }

    public boolean mayChange(Role role, String permission) {
        return systemAdministrator
                || (role != Role.SYSTEM_ADMINISTRATOR && !platformScope.contains(permission));
    }

    /**
     * The cells to store: what was asked for where the user may change it, what holds now
     * everywhere else, whatever was posted for those cells.
     */
    public Set<PermissionResolver.Cell> apply(Set<PermissionResolver.Cell> wanted, PermissionResolver current,
                                              Collection<PermissionDefinition> definitions) {
        Set<PermissionResolver.Cell> result = new HashSet<>();
        for (PermissionDefinition definition : definitions) {
            for (Role role : Role.values()) {
                PermissionResolver.Cell cell = new PermissionResolver.Cell(role, definition.id());
                boolean granted = mayChange(role, definition.id())
                        ? wanted.contains(cell) : current.isGranted(role, definition.id());
                if (granted) {
                    result.add(cell);
                }
            }
        }
        return result;
    }
}
