package org.safeguard.fostering.model;

/**
 * The kind of fostering a household is approved for. Labels are those of the fostering API's
 * {@code CarerHousehold.approvalType()}.
 */
public enum ApprovalType {
    MAINSTREAM("Mainstream", 12),
    /** Family and friends (connected person) carers, approved for a particular child and family. */
    KINSHIP("Kinship / connected person", 18),
    /** Regular short stays, usually for disabled children who live at home. */
    SHORT_BREAKS("Short breaks", 12);

    private final String label;
    private final int trainingStandardsMonths;

    ApprovalType(String label, int trainingStandardsMonths) {
        this.label = label;
        this.trainingStandardsMonths = trainingStandardsMonths;
    }

    public String label() {
        return label;
    }

    /**
     * Months after approval by which the carers must show they meet the Training, Support and
     * Development Standards for Foster Care: 12, or 18 for family and friends (connected person)
     * carers (DfE/CWDC TSD standards guidance).
     */
    public int trainingStandardsMonths() {
        return trainingStandardsMonths;
    }
}
