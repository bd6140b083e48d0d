package org.safeguard.platform.identity.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.safeguard.platform.api.security.PermissionDefinition;
import org.safeguard.platform.api.security.Role;

/**
 * Which permissions a role holds in one authority: the permission's default roles, unless the
 * authority's administrator has overridden that role and permission.
 */
public final class PermissionResolver {

    /** One authority's decision for a role and a permission. */
    public record Grant(Role role, String permission, boolean granted) {}

    /** A cell of the permissions table whose effective value an administrator changed. */
    public record Change(Role role, String permission, boolean granted) {}

    private final Map<String, PermissionDefinition> definitions = new HashMap<>();
    private final Map<String, Boolean> overrides = new HashMap<>();

    public PermissionResolver(Collection<PermissionDefinition> definitions, Collection<Grant> overrides) {
        definitions.forEach(d -> this.definitions.putIfAbsent(d.id(), d));
        overrides.forEach(g -> this.overrides.put(key(g.role(), g.permission()), g.granted()));
    }

    public boolean isGranted(Role role, String permission) {
        PermissionDefinition definition = definitions.get(permission);
        if (definition == null) {
            // a permission of a module that is not running grants nothing
            return false;
        }
        Boolean override = overrides.get(key(role, permission));
        return override != null ? override : definition.defaultRoles().contains(role);
    }

    public Set<String> permissionsOf(Collection<Role> roles) {
        Set<String> permissions = new TreeSet<>();
        for (String permission : definitions.keySet()) {
            for (Role role : roles) {
                if (isGranted(role, permission)) {
                    permissions.add(permission);
                    break;
                }
            }
        }
        return permissions;
    }

    /**
     * The overrides to store so that exactly {@code wanted} cells are granted: one row per cell
     * that differs from its permission's defaults, none for cells that match them.
     */
    public List<Grant> overridesFor(Set<Cell> wanted) {
        List<Grant> rows = new ArrayList<>();
        for (PermissionDefinition definition : definitions.values()) {
            for (Role role : Role.values()) {
                boolean grant = wanted.contains(new Cell(role, definition.id()));
                if (grant != definition.defaultRoles().contains(role)) {
                    rows.add(new Grant(role, definition.id(), grant));
                }
            }
        }
        return rows;
    }

    /** The cells whose effective value differs between now and {@code wanted}, for the audit entry. */
    public List<Change> changesTo(Set<Cell> wanted) {
        List<Change> changes = new ArrayList<>();
        for (PermissionDefinition definition : definitions.values()) {
            for (Role role : Role.values()) {
                boolean now = isGranted(role, definition.id());
                boolean then = wanted.contains(new Cell(role, definition.id()));
                if (now != then) {
                    changes.add(new Change(role, definition.id(), then));
                }
            }
        }
        changes.sort((a, b) -> a.permission().equals(b.permission())
                ? a.role().compareTo(b.role()) : a.permission().compareTo(b.permission()));
        return changes;
    }

    public record Cell(Role role, String permission) {}

    private static String key(Role role, String permission) {
        return role.name() + '|' + permission;
    }
}
