package org.safeguard.caserecords;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.safeguard.caserecords.api.CaseRecordTypes;
import org.safeguard.platform.api.modules.ModuleDescriptor;
import org.safeguard.platform.api.security.PermissionDefinition;
import org.safeguard.platform.api.security.Role;

/** The core case records module. Its id matches the Karaf feature {@code safeguard-module-case-records}. */
@Component(service = ModuleDescriptor.class)
public class CaseRecordsModule implements ModuleDescriptor {

    public static final String MODULE_ID = CaseRecordTypes.MODULE_ID;

    /** See children's and families' records, chronologies, notes (every read is audited). */
    public static final String READ = "case-records.read";
    /** Record people, families, contacts, case notes, visits and significant events. */
    public static final String RECORD = "case-records.record";
    /** Decide a contact's outcome and work the MASH queue. */
    public static final String FRONT_DOOR = "case-records.front-door";
    /** Statutory casework: assessments, strategy discussions, plans, conferences, closure. */
    public static final String CASEWORK = "case-records.casework";
    /** Sign off assessments and plans. */
    public static final String SIGN_OFF = "case-records.sign-off";
    /** Allocate cases to workers, see the team's caseload and work tray. */
    public static final String ALLOCATE = "case-records.allocate";
    /** Move teams between districts, merge teams, bulk-reassign cases. */
    public static final String RESTRUCTURE = "case-records.restructure";
    /** The authority's caseload guide, visit frequencies and due-soon window. */
    public static final String SETTINGS = "case-records.settings";

    /** The roles that may hold cases (managers hold few or none; see the caseload page). */
    public static final Set<Role> CASE_HOLDERS = Set.of(Role.TEAM_MANAGER, Role.SENIOR_SOCIAL_WORKER,
            Role.SOCIAL_WORKER, Role.CHILDRENS_PRACTITIONER);

    @Override
    public String id() {
        return MODULE_ID;
    }

    @Override
    public String name() {
        return "Case records";
    }

    @Override
    public String description() {
        return "Children and families, the journey from contact to closure, statutory timescales, allocation, "
                + "caseloads, work trays and chronologies.";
    }

    @Override
    public List<PermissionDefinition> permissions() {
        // Administrators run the system, they do not read children's records unless an authority grants it.
        Set<Role> readers = Set.of(Role.TEAM_MANAGER, Role.SENIOR_SOCIAL_WORKER, Role.SOCIAL_WORKER,
                Role.CHILDRENS_PRACTITIONER, Role.ADULT_PRACTITIONER_SUBSTANCE_MISUSE,
                Role.ADULT_PRACTITIONER_MENTAL_HEALTH, Role.ADULT_PRACTITIONER_DOMESTIC_ABUSE, Role.CLINICIAN,
                Role.REVIEWING_OFFICER, Role.BUSINESS_SUPPORT);
        Set<Role> recorders = Set.of(Role.TEAM_MANAGER, Role.SENIOR_SOCIAL_WORKER, Role.SOCIAL_WORKER,
                Role.CHILDRENS_PRACTITIONER, Role.BUSINESS_SUPPORT);
        return List.of(
                new PermissionDefinition(READ, "See children's and families' records", readers),
                new PermissionDefinition(RECORD, "Record people, families, contacts, notes and visits", recorders),
                new PermissionDefinition(FRONT_DOOR, "Decide what happens to a contact; work the MASH queue",
                        Set.of(Role.TEAM_MANAGER, Role.SENIOR_SOCIAL_WORKER, Role.SOCIAL_WORKER)),
                new PermissionDefinition(CASEWORK, "Record assessments, strategy discussions, plans, conferences, closures",
                        CASE_HOLDERS),
                new PermissionDefinition(SIGN_OFF, "Sign off assessments", Set.of(Role.TEAM_MANAGER)),
                new PermissionDefinition(ALLOCATE, "Allocate cases; see the team's caseload and work tray",
                        Set.of(Role.TEAM_MANAGER, Role.SENIOR_SOCIAL_WORKER)),
                new PermissionDefinition(RESTRUCTURE, "Move or merge teams and reassign their cases",
                        Set.of(Role.AUTHORITY_ADMINISTRATOR)),
                new PermissionDefinition(SETTINGS, "Set caseload guide, visit frequencies and due-soon window",
                        Set.of(Role.AUTHORITY_ADMINISTRATOR)));
    }
}
