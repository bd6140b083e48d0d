package org.safeguard.familysafeguarding.model;

import java.util.Arrays;
import java.util.Optional;

/** The practitioner's rating of the parent's engagement in an attended session, 1 (none) to 5 (full). */
public enum Engagement {
    NOT_ENGAGED(1, "Not engaged"),
    RELUCTANT(2, "Reluctant"),
    PARTLY(3, "Partly engaged"),
    ENGAGED(4, "Engaged"),
    FULLY(5, "Fully engaged");

    private final int score;
    private final String label;

    Engagement(int score, String label) {
        this.score = score;
        this.label = label;
    }

    public int score() {
        return score;
    }

    public String label() {
        return label;
    }

    public static Optional<Engagement> ofScore(Integer score) {
        return score == null ? Optional.empty() : Arrays.stream(values()).filter(e -> e.score == score).findFirst();
    }

    public static Optional<Engagement> parse(String value) {
        return Arrays.stream(values()).filter(e -> e.name().equals(value)).findFirst();
    }
}
