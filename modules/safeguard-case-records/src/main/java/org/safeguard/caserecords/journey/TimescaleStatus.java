package org.safeguard.caserecords.journey;

/** How a statutory timescale stands today, with the GOV.UK tag colour the pages show it in. */
public enum TimescaleStatus {
    OVERDUE("Overdue", "govuk-tag--red"),
    DUE_SOON("Due soon", "govuk-tag--yellow"),
    ON_TIME("On time", "govuk-tag--green"),
    DONE("Done", "govuk-tag--grey");

    private final String label;
    private final String tagClass;

    TimescaleStatus(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    public String label() {
        return label;
    }

    public String tagClass() {
        return tagClass;
    }
}
