package org.safeguard.platform.api.modules;

import java.util.List;

import org.safeguard.platform.api.security.PermissionDefinition;

/**
 * Registered as a service by every service module: names it and declares its permissions.
 * The module id is also the suffix of its Karaf feature name: {@code safeguard-module-<id>}.
 */
public interface ModuleDescriptor {

    /** Lower-case, hyphenated, e.g. {@code team-notices}. */
    String id();

    String name();

    String description();

    List<PermissionDefinition> permissions();
}
