package org.safeguard.corporateparenting.model;

/** Where a child in care lives (seed 001 names the costliest: IFA about £1,000 a week, residential £3,800–4,450). */
public enum PlacementType {
    IN_HOUSE_FOSTER("Foster care with the authority's own carers", true),
    INDEPENDENT_FOSTERING_AGENCY("Foster care through an independent fostering agency", false),
    KINSHIP("Kinship or connected person (family and friends)", true),
    RESIDENTIAL("Residential children's home", false),
    SUPPORTED_ACCOMMODATION("Supported accommodation (16 and over)", false),
    PLACED_FOR_ADOPTION("Placed for adoption", false),
    PLACED_WITH_PARENTS("Placed with parents", false);

    private final String label;
    private final boolean fosteringCarers;

    PlacementType(String label, boolean fosteringCarers) {
        this.label = label;
        this.fosteringCarers = fosteringCarers;
    }

    public String label() {
        return label;
    }

    /** The carer is one of the authority's approved households, which the fostering module knows when installed. */
    public boolean fosteringCarers() {
        return fosteringCarers;
    }
}
