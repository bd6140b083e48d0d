package org.safeguard.fostering.model;

/** What an annual review of a foster carer's approval concluded. */
public enum ReviewOutcome {
    CONTINUES("Approval continues on the same terms"),
    CHANGED_TERMS("Approval continues with changed terms"),
    ENDING_RECOMMENDED("Ending the approval is recommended");

    private final String label;

    ReviewOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
