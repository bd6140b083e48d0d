package org.safeguard.reflection.model;

import java.util.Optional;

/**
 * The risk rating agreed for a family at a discussion: four points, from the plan working to
 * immediate danger. Four rather than three so "worse than medium" can still be told apart from
 * "act now"; no "no risk" point, because every family discussed has an open case. The order is
 * the scale's: a later constant is a higher risk, so "improved" means a lower ordinal.
 */
public enum RiskRating {
    LOW("Low", "Protective factors outweigh the risks; the plan is working for the child", "govuk-tag--green"),
    MEDIUM("Medium", "Risks remain but the plan and the family's strengths are managing them", "govuk-tag--yellow"),
    HIGH("High", "The plan is not reducing the risks; the child may be suffering significant harm", "govuk-tag--orange"),
    VERY_HIGH("Very high", "Immediate or escalating risk of significant harm: consider a strategy discussion, "
            + "pre-proceedings or legal planning now", "govuk-tag--red");

    private final String label;
    private final String hint;
    private final String tagClass;

    RiskRating(String label, String hint, String tagClass) {
        this.label = label;
        this.hint = hint;
        this.tagClass = tagClass;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }

    /** The GOV.UK tag colour the pages show the rating in. */
    public String tagClass() {
        return tagClass;
    }

    /** Lower risk than {@code earlier}. */
    public boolean improvedOn(RiskRating earlier) {
        return ordinal() < earlier.ordinal();
    }

    public static Optional<RiskRating> parse(String value) {
        for (RiskRating rating : values()) {
            if (rating.name().equals(value)) {
                return Optional.of(rating);
            }
        }
        return Optional.empty();
    }
}
