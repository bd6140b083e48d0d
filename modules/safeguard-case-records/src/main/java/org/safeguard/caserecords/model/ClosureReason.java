package org.safeguard.caserecords.model;

/** Why a case closed; step-downs to early help are closures from children's social care. */
public enum ClosureReason {
    NO_FURTHER_ACTION("No further action"),
    STEP_DOWN_EARLY_HELP("Stepped down to early help"),
    NEEDS_MET("Needs met, plan ended"),
    MOVED_AWAY("Moved to another authority"),
    TRANSFERRED_TO_CARE("Transferred to children in care"),
    TURNED_18("Turned 18"),
    OTHER("Other");

    private final String label;

    ClosureReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
