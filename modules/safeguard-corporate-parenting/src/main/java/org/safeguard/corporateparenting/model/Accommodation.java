package org.safeguard.corporateparenting.model;

/** Where a care leaver lives; whether it is suitable is a separate judgement. */
public enum Accommodation {
    WITH_FAMILY("With parents or relatives"),
    STAYING_PUT("Staying put with former foster carers"),
    SUPPORTED_LODGINGS("Supported lodgings"),
    SUPPORTED_ACCOMMODATION("Semi-independent or supported accommodation"),
    INDEPENDENT("Independent living (own tenancy)"),
    STUDENT("Student accommodation"),
    EMERGENCY("Emergency accommodation or bed and breakfast"),
    CUSTODY("In custody"),
    NO_FIXED_ADDRESS("No fixed address"),
    OTHER("Other");

    private final String label;

    Accommodation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
