package org.safeguard.reflection;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.safeguard.platform.api.modules.ModuleDescriptor;
import org.safeguard.platform.api.security.PermissionDefinition;
import org.safeguard.platform.api.security.Role;

/** Clinician reflection sessions. Its id matches the Karaf feature {@code safeguard-module-reflection-sessions}. */
@Component(service = ModuleDescriptor.class)
public class ReflectionSessionsModule implements ModuleDescriptor {

    public static final String MODULE_ID = "reflection-sessions";

    /** See the team's sessions and the family's discussion history (every read of a family's is audited). */
    public static final String READ = "reflection-sessions.read";
    /** Schedule sessions, shape the agenda, record each family's discussion and close the session. */
    public static final String RUN = "reflection-sessions.run";
    /** Mark an action done or not done: the owner, the team's manager or the session's facilitator. */
    public static final String ACTIONS = "reflection-sessions.actions";
    /** The team's coverage and drift signals. */
    public static final String OVERSIGHT = "reflection-sessions.oversight";
    /** Which teams a clinician is attached to and their time with each. */
    public static final String CLINICIANS = "reflection-sessions.clinicians";
    /** The authority's discussion interval, session length and drift threshold. */
    public static final String SETTINGS = "reflection-sessions.settings";

    /** The team's practitioners: who attends sessions and owns actions. */
    public static final Set<Role> PRACTITIONERS = Set.of(Role.TEAM_MANAGER, Role.SENIOR_SOCIAL_WORKER, Role.SOCIAL_WORKER,
            Role.CHILDRENS_PRACTITIONER, Role.ADULT_PRACTITIONER_SUBSTANCE_MISUSE, Role.ADULT_PRACTITIONER_MENTAL_HEALTH,
            Role.ADULT_PRACTITIONER_DOMESTIC_ABUSE, Role.CLINICIAN);

    @Override
    public String id() {
        return MODULE_ID;
    }

    @Override
    public String name() {
        return "Reflection sessions";
    }

    @Override
    public String description() {
        return "Clinician-led group case discussions: every open family discussed in turn, risks, protective factors, "
                + "the child's lived experience, risk ratings and actions, with coverage and drift for managers.";
    }

    @Override
    public List<PermissionDefinition> permissions() {
        // Reviewing officers read the family's discussion history (they raise alerts on plans that drift);
        // administrators run the system and do not read families' discussions unless an authority grants it.
        Set<Role> readers = new java.util.HashSet<>(PRACTITIONERS);
        readers.add(Role.REVIEWING_OFFICER);
        return List.of(
                new PermissionDefinition(READ, "See the team's reflection sessions and families' discussion history",
                        readers),
                new PermissionDefinition(RUN, "Schedule reflection sessions, set the agenda, record discussions and "
                        + "close sessions", Set.of(Role.CLINICIAN, Role.TEAM_MANAGER)),
                new PermissionDefinition(ACTIONS, "Mark actions from reflection sessions done", PRACTITIONERS),
                new PermissionDefinition(OVERSIGHT, "See the team's discussion coverage and drift signals",
                        Set.of(Role.CLINICIAN, Role.TEAM_MANAGER)),
                new PermissionDefinition(CLINICIANS, "Record which teams a clinician works with and their time",
                        Set.of(Role.TEAM_MANAGER, Role.AUTHORITY_ADMINISTRATOR)),
                new PermissionDefinition(SETTINGS, "Set the discussion interval, session length and drift threshold",
                        Set.of(Role.AUTHORITY_ADMINISTRATOR)));
    }
}
