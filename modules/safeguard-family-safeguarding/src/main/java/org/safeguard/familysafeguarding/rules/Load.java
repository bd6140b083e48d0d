package org.safeguard.familysafeguarding.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How a practitioner's families compare with their guide; the same thresholds as case records' caseloads. */
public enum Load {
    WITHIN(null, null),
    NEAR("Near guide", "govuk-tag--yellow"),
    OVER("Over guide", "govuk-tag--red");

    /** At or above this share of the guide a practitioner is "near" it. */
    static final int NEAR_PERCENT = 90;

    private final String label;
    private final String tagClass;

    Load(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    public String label() {
        return label;
    }

    public String tagClass() {
        return tagClass;
    }

    /** Over: more families than the guide (any family when the guide is 0). Near: at least 90% of it. */
    public static Load of(int families, BigDecimal guide) {
        BigDecimal held = BigDecimal.valueOf(families);
        if (held.compareTo(guide) > 0) {
            return OVER;
        }
        if (families > 0 && held.multiply(BigDecimal.valueOf(100))
                .compareTo(guide.multiply(BigDecimal.valueOf(NEAR_PERCENT))) >= 0) {
            return NEAR;
        }
        return WITHIN;
    }

    /** Whole percent of the guide; null when there is no guide to divide by. */
    public static Integer percent(int families, BigDecimal guide) {
        if (guide.signum() == 0) {
            return null;
        }
        return BigDecimal.valueOf(families).multiply(BigDecimal.valueOf(100))
                .divide(guide, 0, RoundingMode.HALF_UP).intValueExact();
    }

    /** "0.5", "1", "7.5": no trailing zeros, never scientific notation. */
    public static String plain(BigDecimal value) {
        return value == null ? "" : value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
