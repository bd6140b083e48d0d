package org.safeguard.familysafeguarding;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.safeguard.platform.api.modules.ModuleDescriptor;
import org.safeguard.platform.api.security.PermissionDefinition;
import org.safeguard.platform.api.security.Role;

/**
 * Family Safeguarding: adult practitioners of three disciplines working with the parents of the
 * families a children's team holds (seeds 000 §6.3, 001). Its id matches the Karaf feature
 * {@code safeguard-module-family-safeguarding}.
 */
@Component(service = ModuleDescriptor.class)
public class FamilySafeguardingModule implements ModuleDescriptor {

    public static final String MODULE_ID = "family-safeguarding";

    /** See the adult work with a family: factors, practitioners, sessions, goals, the workbook (every read audited). */
    public static final String READ = "family-safeguarding.read";
    /** Record toxic-trio factors, sessions with parents, goals and their reviews, and write the workbook. */
    public static final String RECORD = "family-safeguarding.record";
    /** Assign adult practitioners to parents, end assignments, see the team's practitioner capacity. */
    public static final String ASSIGN = "family-safeguarding.assign";
    /** The authority's capacity guides, what adult practitioners may see, and the assignment timescale. */
    public static final String SETTINGS = "family-safeguarding.settings";

    /** The three adult practitioner roles (000 §6.3.1). */
    public static final Set<Role> ADULT_PRACTITIONERS = EnumSet.of(Role.ADULT_PRACTITIONER_SUBSTANCE_MISUSE,
            Role.ADULT_PRACTITIONER_MENTAL_HEALTH, Role.ADULT_PRACTITIONER_DOMESTIC_ABUSE);

    /** The children's workers of a team: they see the adult work of the families the team holds. */
    public static final Set<Role> CHILDRENS_WORKERS = EnumSet.of(Role.TEAM_MANAGER, Role.SENIOR_SOCIAL_WORKER,
            Role.SOCIAL_WORKER, Role.CHILDRENS_PRACTITIONER, Role.CLINICIAN);

    @Override
    public String id() {
        return MODULE_ID;
    }

    @Override
    public String name() {
        return "Family Safeguarding";
    }

    @Override
    public String description() {
        return "Adult practitioners for substance misuse, mental health and domestic abuse working with parents: "
                + "toxic-trio factors, assignments, waiting families, sessions, goals, the family workbook and capacity.";
    }

    @Override
    public List<PermissionDefinition> permissions() {
        // Adult work (mental health, domestic abuse, substance misuse) is among the most sensitive on a
        // family's file: reviewing officers and business support do not read it unless an authority grants it.
        Set<Role> readers = EnumSet.copyOf(CHILDRENS_WORKERS);
        readers.addAll(ADULT_PRACTITIONERS);
        Set<Role> recorders = EnumSet.of(Role.TEAM_MANAGER, Role.SENIOR_SOCIAL_WORKER, Role.SOCIAL_WORKER,
                Role.CHILDRENS_PRACTITIONER);
        recorders.addAll(ADULT_PRACTITIONERS);
        return List.of(
                new PermissionDefinition(READ, "See the adult work with a family: needs, practitioners, sessions, "
                        + "goals and the family workbook", readers),
                new PermissionDefinition(RECORD, "Record toxic-trio factors, sessions with parents and goals; write "
                        + "the family workbook", recorders),
                new PermissionDefinition(ASSIGN, "Assign adult practitioners to parents; see practitioner capacity",
                        EnumSet.of(Role.TEAM_MANAGER, Role.SENIOR_SOCIAL_WORKER)),
                new PermissionDefinition(SETTINGS, "Set adult practitioners' capacity guides and what they may see",
                        EnumSet.of(Role.AUTHORITY_ADMINISTRATOR)));
    }
}
