package org.safeguard.corporateparenting.model;

/**
 * Why a placement ended: the DfE's reasons for a placement change (SSDA903 codes in brackets), and
 * {@link #LEFT_CARE} when it ended because the period of care did.
 */
public enum PlacementChangeReason {
    CARE_PLAN("Change to, or carrying out of, the care plan (CARPL)"),
    PROVIDER_CLOSED("Carer resigned or provider closed (CLOSE)"),
    ALLEGATION("Allegation: section 47 enquiry (ALLEG)"),
    STANDARDS("Concern about standards of care (STAND)"),
    APPROVAL_REMOVED("Carer's approval removed (APPRR)"),
    CARER_REQUEST_BEHAVIOUR("Carer asked for it to end because of the child's behaviour (CREQB)"),
    CARER_REQUEST_OTHER("Carer asked for it to end for another reason (CREQO)"),
    CHILD_REQUEST("The child asked to move (CHILD)"),
    AUTHORITY_REQUEST("The authority ended it (LAREQ)"),
    STATUS_ONLY("Change in the placement's status only: the child stays with the same carer (PLACE)"),
    OTHER("Other (OTHER)"),
    LEFT_CARE("The child left care");

    private final String label;

    PlacementChangeReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reasons a worker chooses when recording a new placement; {@link #LEFT_CARE} is set by leaving care. */
    public boolean chosenForChange() {
        return this != LEFT_CARE;
    }
}
