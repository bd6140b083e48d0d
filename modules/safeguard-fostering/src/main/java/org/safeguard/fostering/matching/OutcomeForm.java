package org.safeguard.fostering.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.safeguard.fostering.data.Dates;
import org.safeguard.fostering.model.MatchOutcome;
import org.safeguard.fostering.web.FormValues;
import org.safeguard.platform.api.web.FormDates;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.WebRequest;

/** What came of a match: placed (on a date) or fell through (why). */
final class OutcomeForm {

    static final String OUTCOME = "outcome";
    static final String ON = "outcomeOn";
    static final String REASON = "reason";
    static final int REASON_MAX = 500;

    private final FormValues values;

    OutcomeForm(FormValues values) {
        this.values = values;
    }

    static OutcomeForm from(WebRequest request) {
        return new OutcomeForm(FormValues.read(request, List.of(OUTCOME, REASON), List.of(ON)));
    }

    FormValues values() {
        return values;
    }

    /**
     * @param placedAllowed false while corporate parenting records placements: it marks the match placed
     * @param matchedOn     the outcome cannot be earlier than the match
     */
    FormErrors validate(LocalDate today, LocalDate matchedOn, boolean placedAllowed, FormErrors errors) {
        Optional<MatchOutcome> outcome = values.choice(OUTCOME, MatchOutcome.class)
                .filter(o -> o != MatchOutcome.PENDING)
                .filter(o -> placedAllowed || o != MatchOutcome.PLACED);
        if (outcome.isEmpty()) {
            errors.add(OUTCOME, "Choose what came of the match");
        }
        Optional<LocalDate> on = values.date(ON, "date", true, errors);
        FormDates.notInFuture(on, today, ON, "date", errors);
        if (on.isPresent() && on.get().isBefore(matchedOn)) {
            errors.add(ON + "Day", "The date must be on or after " + Dates.shown(matchedOn) + ", when the match was made");
        }
        if (outcome.filter(o -> o == MatchOutcome.FELL_THROUGH).isPresent()) {
            values.required(REASON, REASON_MAX, "Enter why the match fell through", "The reason", errors);
        } else {
            values.optional(REASON, REASON_MAX, "The reason", errors);
        }
        return errors;
    }

    MatchOutcome outcome() {
        return values.choice(OUTCOME, MatchOutcome.class).orElseThrow();
    }

    LocalDate on() {
        return values.date(ON, "", true, new FormErrors()).orElseThrow();
    }

    String reason() {
        return values.blank(REASON) ? null : values.get(REASON);
    }
}
