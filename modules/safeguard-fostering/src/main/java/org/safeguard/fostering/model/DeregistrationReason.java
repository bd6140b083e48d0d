package org.safeguard.fostering.model;

/** Why a household stopped fostering for the authority (the categories Ofsted's fostering return asks about). */
public enum DeregistrationReason {
    CARERS_RESIGNED("The carers resigned"),
    RETIREMENT("Retirement"),
    CHANGE_OF_CIRCUMSTANCES("A change in the carers' circumstances"),
    TRANSFERRED_TO_ANOTHER_AGENCY("Transferred to another fostering agency"),
    SPECIAL_GUARDIANSHIP_OR_ADOPTION("Became the child's special guardians or adopters"),
    APPROVAL_TERMINATED("Approval ended by the fostering service"),
    OTHER("Another reason");

    private final String label;

    DeregistrationReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
