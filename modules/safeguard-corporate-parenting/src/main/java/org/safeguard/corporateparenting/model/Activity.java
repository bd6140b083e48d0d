package org.safeguard.corporateparenting.model;

/** What a care leaver is doing: in education, employment or training, or not (NEET). */
public enum Activity {
    HIGHER_EDUCATION("In higher education"),
    EDUCATION("In other education"),
    TRAINING("In training or an apprenticeship"),
    EMPLOYMENT("In employment"),
    NEET_ILLNESS("Not in education, employment or training: illness or disability"),
    NEET_PARENTING("Not in education, employment or training: pregnant or parenting"),
    NEET_OTHER("Not in education, employment or training: other reasons");

    private final String label;

    Activity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
