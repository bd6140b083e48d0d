package org.safeguard.platform.identity;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.safeguard.platform.api.modules.ModuleDescriptor;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.PermissionDefinition;
import org.safeguard.platform.api.security.Role;
import org.safeguard.platform.identity.security.GrantEditing;

/** The platform's own permissions, declared like any module's so administrators can regrant them. */
@Component(service = ModuleDescriptor.class)
public class PlatformModule implements ModuleDescriptor {

    public static final String MODULES_MANAGE = "platform.modules.manage";
    public static final String MODULES_UNINSTALL = "platform.modules.uninstall";
    public static final String AUDIT_VIEW = "platform.audit.view";
    public static final String ORGANISATION_VIEW = "platform.organisation.view";
    public static final String ORGANISATION_MANAGE = "platform.organisation.manage";
    public static final String PERMISSIONS_MANAGE = "platform.permissions.manage";

    /**
     * Permissions whose effect reaches beyond one authority: an authority may not grant them, so only
     * a system administrator can change who holds them.
     */
    public static final Set<String> PLATFORM_SCOPE = Set.of(MODULES_UNINSTALL);

    private static final Set<Role> ADMINISTRATORS = Set.of(Role.SYSTEM_ADMINISTRATOR, Role.AUTHORITY_ADMINISTRATOR);

    static final List<PermissionDefinition> PERMISSIONS = List.of(
            new PermissionDefinition(MODULES_MANAGE,
                    "Install modules and turn them on or off for the authority and its districts", ADMINISTRATORS),
            new PermissionDefinition(MODULES_UNINSTALL,
                    "Uninstall modules from the whole platform", Set.of(Role.SYSTEM_ADMINISTRATOR)),
            new PermissionDefinition(AUDIT_VIEW,
                    "Read the audit log", ADMINISTRATORS),
            new PermissionDefinition(ORGANISATION_VIEW,
                    "See the authority's districts, teams and staff",
                    Set.of(Role.SYSTEM_ADMINISTRATOR, Role.AUTHORITY_ADMINISTRATOR, Role.TEAM_MANAGER)),
            new PermissionDefinition(ORGANISATION_MANAGE,
                    "Add staff and give them roles in teams", ADMINISTRATORS),
            new PermissionDefinition(PERMISSIONS_MANAGE,
                    "Choose which roles hold which permissions in the authority", ADMINISTRATORS));

    /** What {@code user} may change on an authority's permissions page. */
    public static GrantEditing grantEditing(CurrentUser user) {
        return new GrantEditing(user.hasRole(Role.SYSTEM_ADMINISTRATOR), PLATFORM_SCOPE);
    }

    @Override
    public String id() {
        return ModuleEnablement.PLATFORM;
    }

    @Override
    public String name() {
        return "Platform";
    }

    @Override
    public String description() {
        return "Organisation, staff, permissions, modules and the audit log";
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return PERMISSIONS;
    }
}
