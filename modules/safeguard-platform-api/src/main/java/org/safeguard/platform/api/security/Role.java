package org.safeguard.platform.api.security;

/** The roles a user can hold in a team, as named in the council papers. */
public enum Role {
    SYSTEM_ADMINISTRATOR("System administrator"),
    AUTHORITY_ADMINISTRATOR("Authority administrator"),
    TEAM_MANAGER("Team manager"),
    SENIOR_SOCIAL_WORKER("Senior social worker"),
    SOCIAL_WORKER("Social worker"),
    CHILDRENS_PRACTITIONER("Children's practitioner"),
    ADULT_PRACTITIONER_SUBSTANCE_MISUSE("Adult practitioner (substance misuse)"),
    ADULT_PRACTITIONER_MENTAL_HEALTH("Adult practitioner (mental health)"),
    ADULT_PRACTITIONER_DOMESTIC_ABUSE("Adult practitioner (domestic abuse)"),
    CLINICIAN("Clinician"),
    REVIEWING_OFFICER("Reviewing officer / conference chair"),
    BUSINESS_SUPPORT("Business support");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
