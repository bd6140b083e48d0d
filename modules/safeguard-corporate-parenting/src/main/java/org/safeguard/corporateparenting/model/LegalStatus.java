package org.safeguard.corporateparenting.model;

/** The legal basis on which a child is looked after (Children Act 1989 unless said otherwise). */
public enum LegalStatus {
    SECTION_20("Accommodated by agreement (section 20)"),
    POLICE_PROTECTION("Police protection (section 46)"),
    EMERGENCY_PROTECTION_ORDER("Emergency protection order (section 44)"),
    INTERIM_CARE_ORDER("Interim care order (section 38)"),
    CARE_ORDER("Care order (section 31)"),
    PLACEMENT_ORDER("Placement order (Adoption and Children Act 2002, section 21)"),
    REMAND("Remanded to local authority accommodation");

    private final String label;

    LegalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
