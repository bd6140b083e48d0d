package org.safeguard.corporateparenting;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.safeguard.platform.api.modules.ModuleDescriptor;
import org.safeguard.platform.api.security.PermissionDefinition;
import org.safeguard.platform.api.security.Role;

/** Corporate parenting: children in care and care leavers. Its id matches the feature {@code safeguard-module-corporate-parenting}. */
@Component(service = ModuleDescriptor.class)
public class CorporateParentingModule implements ModuleDescriptor {

    public static final String MODULE_ID = "corporate-parenting";

    /** See children in care and care leavers: the child's tab and the service's lists (every read audited). */
    public static final String READ = "corporate-parenting.read";
    /** Bring a child into care, legal status, placements, health checks, PEPs, leaving care. */
    public static final String RECORD = "corporate-parenting.record";
    /** Change who holds a child in care (take them into one of your teams). */
    public static final String ALLOCATE = "corporate-parenting.allocate";
    /** Independent reviewing officers: record reviews, raise and resolve case alerts. */
    public static final String REVIEW = "corporate-parenting.review";
    /** Answer an IRO's case alert for the team. */
    public static final String RESPOND = "corporate-parenting.respond";
    /** Personal advisers: leaving care support, pathway plans and their reviews. */
    public static final String LEAVING_CARE = "corporate-parenting.leaving-care";
    /** See what placements cost the authority. */
    public static final String COSTS = "corporate-parenting.costs";
    /** The authority's timescales for children in care. */
    public static final String SETTINGS = "corporate-parenting.settings";

    @Override
    public String id() {
        return MODULE_ID;
    }

    @Override
    public String name() {
        return "Corporate parenting";
    }

    @Override
    public String description() {
        return "Children in care and care leavers: legal status, placements and their cost, placement moves, IRO reviews "
                + "and case alerts, health assessments, personal education plans, statutory visits, unaccompanied "
                + "asylum-seeking children, leaving care support to 21 (25 on request).";
    }

    @Override
    public List<PermissionDefinition> permissions() {
        // Defaults only; each authority's administrators can change the grants. Administrators run the
        // system and do not read children's records unless their authority grants it.
        Set<Role> caseHolders = Set.of(Role.TEAM_MANAGER, Role.SENIOR_SOCIAL_WORKER, Role.SOCIAL_WORKER);
        return List.of(
                new PermissionDefinition(READ, "See children in care and care leavers",
                        Set.of(Role.TEAM_MANAGER, Role.SENIOR_SOCIAL_WORKER, Role.SOCIAL_WORKER,
                                Role.CHILDRENS_PRACTITIONER, Role.REVIEWING_OFFICER, Role.BUSINESS_SUPPORT)),
                new PermissionDefinition(RECORD, "Bring a child into care; record legal status, placements, health checks, "
                        + "personal education plans and leaving care", caseHolders),
                new PermissionDefinition(ALLOCATE, "Take a child in care into one of your teams and allocate their worker",
                        Set.of(Role.TEAM_MANAGER)),
                new PermissionDefinition(REVIEW, "Record reviews of children in care; raise and resolve case alerts",
                        Set.of(Role.REVIEWING_OFFICER)),
                new PermissionDefinition(RESPOND, "Answer an independent reviewing officer's case alert",
                        Set.of(Role.TEAM_MANAGER, Role.SENIOR_SOCIAL_WORKER)),
                new PermissionDefinition(LEAVING_CARE, "Record leaving care support and pathway plans",
                        Set.of(Role.TEAM_MANAGER, Role.SENIOR_SOCIAL_WORKER, Role.SOCIAL_WORKER, Role.CHILDRENS_PRACTITIONER)),
                new PermissionDefinition(COSTS, "See what placements cost the authority",
                        Set.of(Role.TEAM_MANAGER, Role.SENIOR_SOCIAL_WORKER)),
                new PermissionDefinition(SETTINGS, "Set the authority's timescales for children in care",
                        Set.of(Role.AUTHORITY_ADMINISTRATOR)));
    }
}
