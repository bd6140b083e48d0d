package org.safeguard.corporateparenting.model;

/** The categories of care leaver in the Children Act 1989 (Children (Leaving Care) Act 2000). */
public enum LeaverCategory {
    ELIGIBLE("Eligible", "16 or 17, in care, and looked after for at least 13 weeks since turning 14"),
    RELEVANT("Relevant", "16 or 17, was eligible and has left care"),
    FORMER_RELEVANT("Former relevant", "18 or over, was eligible or relevant"),
    QUALIFYING("Qualifying", "Looked after after turning 16 but not eligible (for example under 13 weeks, or a special guardianship order)");

    private final String label;
    private final String description;

    LeaverCategory(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
