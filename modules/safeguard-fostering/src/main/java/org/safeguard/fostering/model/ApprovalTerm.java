package org.safeguard.fostering.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Terms of approval that matching takes into account; anything else goes in the approval's free-text terms. */
public enum ApprovalTerm {
    SIBLING_GROUPS("Sibling groups welcome"),
    LONG_TERM_ONLY("Long-term placements only"),
    SHORT_TERM_ONLY("Short-term and emergency placements only");

    private final String label;

    ApprovalTerm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Stored as comma-separated codes; unknown codes (from a later version) are ignored. */
    public static Set<ApprovalTerm> parse(String codes) {
        Set<ApprovalTerm> terms = EnumSet.noneOf(ApprovalTerm.class);
        if (codes == null || codes.isBlank()) {
            return terms;
        }
        for (String code : codes.split(",")) {
            Arrays.stream(values()).filter(t -> t.name().equals(code.trim())).findFirst().ifPresent(terms::add);
        }
        return terms;
    }

    public static String format(Set<ApprovalTerm> terms) {
        return terms.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}
