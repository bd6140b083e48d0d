package org.safeguard.fostering.carers;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.safeguard.fostering.data.Dates;
import org.safeguard.fostering.model.ReviewOutcome;
import org.safeguard.fostering.web.FormValues;
import org.safeguard.platform.api.web.FormDates;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.WebRequest;

/** "Record an annual review": the date of the review meeting, its outcome, the panel, a summary. */
public final class ReviewForm {

    static final String REVIEWED_ON = "reviewedOn";
    static final String OUTCOME = "outcome";
    static final String PANEL = "toPanel";
    static final String SUMMARY = "summary";
    static final int SUMMARY_MAX = 4000;

    private final FormValues values;

    public ReviewForm(FormValues values) {
        this.values = values;
    }

    public static ReviewForm from(WebRequest request) {
        return new ReviewForm(FormValues.read(request, List.of(OUTCOME, PANEL, SUMMARY), List.of(REVIEWED_ON)));
    }

    public FormValues values() {
        return values;
    }

    /**
     * @param approvedSince when the approval being reviewed began: a review cannot be earlier
     * @param firstReview   the first review of this approval, which goes to the fostering panel
     *                      (Fostering Services (England) Regulations 2011, reg. 28(3))
     */
    public FormErrors validate(LocalDate today, LocalDate approvedSince, boolean firstReview, FormErrors errors) {
        Optional<LocalDate> on = values.date(REVIEWED_ON, "date of the review", true, errors);
        FormDates.notInFuture(on, today, REVIEWED_ON, "date of the review", errors);
        if (on.isPresent() && on.get().isBefore(approvedSince)) {
            errors.add(REVIEWED_ON + "Day", "The date of the review must be on or after " + Dates.shown(approvedSince)
                    + ", when this approval began");
        }
        if (values.choice(OUTCOME, ReviewOutcome.class).isEmpty()) {
            errors.add(OUTCOME, "Choose what the review concluded");
        }
        String panel = values.get(PANEL);
        if (!"yes".equals(panel) && !"no".equals(panel)) {
            errors.add(PANEL, "Say whether the review went to the fostering panel");
        } else if (firstReview && "no".equals(panel)) {
            errors.add(PANEL, "The first review of an approval goes to the fostering panel");
        }
        values.required(SUMMARY, SUMMARY_MAX, "Enter a summary of the review", "The summary", errors);
        return errors;
    }

    public LocalDate reviewedOn() {
        return values.date(REVIEWED_ON, "", true, new FormErrors()).orElseThrow();
    }

    public ReviewOutcome outcome() {
        return values.choice(OUTCOME, ReviewOutcome.class).orElseThrow();
    }

    public boolean toPanel() {
        return "yes".equals(values.get(PANEL));
    }

    public String summary() {
        return values.get(SUMMARY);
    }
}
