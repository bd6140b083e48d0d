package org.safeguard.platform.api.security;

import java.util.Objects;
import java.util.Set;

/**
 * A permission a module defines. {@code defaultRoles} are granted it in every authority until an
 * administrator changes the grants for that authority.
 *
 * @param id           dotted, prefixed with the module id, e.g. {@code team-notices.write}
 * @param description  shown to administrators on the permissions page
 * @param defaultRoles roles that hold it unless an administrator says otherwise
 */
public record PermissionDefinition(String id, String description, Set<Role> defaultRoles) {
    public PermissionDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        defaultRoles = Set.copyOf(defaultRoles);
    }
}
