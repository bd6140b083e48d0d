package org.safeguard.modules.teamnotices;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.safeguard.platform.api.modules.ModuleDescriptor;
import org.safeguard.platform.api.security.PermissionDefinition;
import org.safeguard.platform.api.security.Role;

/**
 * Tells the platform this module exists. The id must match the Karaf feature name
 * ({@code safeguard-module-team-notices}) so the Modules admin page can pair what is installed
 * with what the distribution offers.
 */
@Component(service = ModuleDescriptor.class)
public class TeamNoticesModule implements ModuleDescriptor {

    public static final String MODULE_ID = "team-notices";

    /** Permission ids are prefixed with the module id so they never clash with another module's. */
    public static final String READ = "team-notices.read";
    public static final String POST = "team-notices.post";

    @Override
    public String id() {
        return MODULE_ID;
    }

    @Override
    public String name() {
        return "Team notices";
    }

    @Override
    public String description() {
        return "Notices a team manager or business support posts to their team: rota changes, duty cover, practice reminders.";
    }

    @Override
    public List<PermissionDefinition> permissions() {
        // Defaults only: each authority's administrators can change who holds what.
        return List.of(
                new PermissionDefinition(READ, "Read the notices posted to your teams",
                        EnumSet.allOf(Role.class)),
                new PermissionDefinition(POST, "Post a notice to one of your teams",
                        Set.of(Role.TEAM_MANAGER, Role.SENIOR_SOCIAL_WORKER, Role.BUSINESS_SUPPORT,
                                Role.AUTHORITY_ADMINISTRATOR)));
    }
}
