package org.safeguard.fostering.web;

import java.util.Map;

import org.safeguard.fostering.rules.ReviewSchedule;
import org.safeguard.fostering.rules.TrainingStandards;
import org.safeguard.platform.api.time.CouncilClock;

/** GOV.UK tags for states, so every page colours the same state the same way. */
public final class Tags {

    private Tags() {
    }

    /** A moment stored as UTC wall-clock time, as the council's local time for display. */
    public static java.time.LocalDateTime local(java.time.LocalDateTime utc) {
        return utc == null ? null : utc.atOffset(java.time.ZoneOffset.UTC)
                .atZoneSameInstant(CouncilClock.ZONE).toLocalDateTime();
    }

    public static Map<String, Object> tag(String label, String colour) {
        return Map.of("label", label, "classes", colour == null ? "govuk-tag" : "govuk-tag govuk-tag--" + colour);
    }

    public static Map<String, Object> review(ReviewSchedule.State state) {
        return switch (state) {
            case NOT_DUE -> tag(state.label(), "green");
            case DUE_SOON -> tag(state.label(), "yellow");
            case OVERDUE -> tag(state.label(), "orange");
            case LAPSED -> tag(state.label(), "red");
        };
    }

    public static Map<String, Object> training(TrainingStandards.State state) {
        return switch (state) {
            case DONE -> tag(state.label(), "green");
            case DUE -> tag(state.label(), "blue");
            case OVERDUE -> tag(state.label(), "red");
        };
    }
}
