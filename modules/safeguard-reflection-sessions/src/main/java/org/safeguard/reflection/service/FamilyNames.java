package org.safeguard.reflection.service;

/**
 * A family as the pages name it: "Adams family". Case records keeps a family's name as the surname
 * typed on its form ("Adams"), but the demo county's families carry the word already ("Hall
 * family"), so it is added only when missing.
 */
public final class FamilyNames {

    private FamilyNames() {
    }

    public static String label(String name) {
        if (name == null || name.isBlank()) {
            return "Family";
        }
        String trimmed = name.strip();
        return trimmed.toLowerCase(java.util.Locale.UK).endsWith(" family") ? trimmed : trimmed + " family";
    }
}
