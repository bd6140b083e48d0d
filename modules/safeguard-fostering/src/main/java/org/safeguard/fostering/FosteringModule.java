package org.safeguard.fostering;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.safeguard.platform.api.modules.ModuleDescriptor;
import org.safeguard.platform.api.security.PermissionDefinition;
import org.safeguard.platform.api.security.Role;

/** The fostering module. Its id matches the Karaf feature {@code safeguard-module-fostering}. */
@Component(service = ModuleDescriptor.class)
public class FosteringModule implements ModuleDescriptor {

    public static final String MODULE_ID = "fostering";

    /** Supervised contact on the cases you can see; the carer register too when you work in a fostering or placing team. */
    public static final String READ = "fostering.read";
    /** Carer households' details, annual reviews, training, and children placed when corporate parenting is not in use. */
    public static final String RECORD = "fostering.record";
    /** Approve a household, change the terms of its approval, de-register it (the agency decision after panel). */
    public static final String APPROVE = "fostering.approve";
    /** Match children with carers and record what came of the match. */
    public static final String MATCH = "fostering.match";
    /** Arrange and record supervised contact sessions. */
    public static final String CONTACT = "fostering.contact";
    /** The authority's review grace period and due-soon window. */
    public static final String SETTINGS = "fostering.settings";

    /** The module id corporate parenting registers: when it is installed and enabled, placements are recorded there. */
    public static final String CORPORATE_PARENTING = "corporate-parenting";

    @Override
    public String id() {
        return MODULE_ID;
    }

    @Override
    public String name() {
        return "Fostering";
    }

    @Override
    public String description() {
        return "Foster carer households, their approval, annual reviews and training; vacancies and matching children "
                + "with carers; supervised contact sessions on children's cases.";
    }

    @Override
    public List<PermissionDefinition> permissions() {
        // The same readers as case records: supervised contact is part of the child's record.
        Set<Role> readers = Set.of(Role.TEAM_MANAGER, Role.SENIOR_SOCIAL_WORKER, Role.SOCIAL_WORKER,
                Role.CHILDRENS_PRACTITIONER, Role.ADULT_PRACTITIONER_SUBSTANCE_MISUSE,
                Role.ADULT_PRACTITIONER_MENTAL_HEALTH, Role.ADULT_PRACTITIONER_DOMESTIC_ABUSE, Role.CLINICIAN,
                Role.REVIEWING_OFFICER, Role.BUSINESS_SUPPORT);
        return List.of(
                new PermissionDefinition(READ, "See supervised contact on children's cases; in a fostering or "
                        + "corporate parenting team, the foster carer register and matches", readers),
                new PermissionDefinition(RECORD, "Record carer households' details, annual reviews, training and "
                        + "children placed (fostering teams)",
                        Set.of(Role.TEAM_MANAGER, Role.SENIOR_SOCIAL_WORKER, Role.SOCIAL_WORKER, Role.BUSINESS_SUPPORT)),
                new PermissionDefinition(APPROVE, "Approve foster carers, change the terms of approval, de-register "
                        + "(fostering teams)", Set.of(Role.TEAM_MANAGER)),
                new PermissionDefinition(MATCH, "Match children with foster carers and record the outcome",
                        Set.of(Role.TEAM_MANAGER, Role.SENIOR_SOCIAL_WORKER, Role.SOCIAL_WORKER)),
                new PermissionDefinition(CONTACT, "Arrange and record supervised contact sessions",
                        Set.of(Role.TEAM_MANAGER, Role.SENIOR_SOCIAL_WORKER, Role.SOCIAL_WORKER,
                                Role.CHILDRENS_PRACTITIONER, Role.BUSINESS_SUPPORT)),
                new PermissionDefinition(SETTINGS, "Set the fostering review grace period and due-soon window",
                        Set.of(Role.AUTHORITY_ADMINISTRATOR)));
    }
}
