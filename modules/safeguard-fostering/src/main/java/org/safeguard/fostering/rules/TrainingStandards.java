package org.safeguard.fostering.rules;

import java.time.LocalDate;

import org.safeguard.fostering.model.ApprovalType;

/**
 * The Training, Support and Development Standards for Foster Care: newly approved carers show
 * they meet them within 12 months of approval, family and friends (connected person) carers within
 * 18 months ({@link ApprovalType#trainingStandardsMonths()}). Carers who completed them with
 * another agency keep that record, so any completion counts.
 */
public final class TrainingStandards {

    public enum State {
        DONE("Completed"), DUE("Due"), OVERDUE("Overdue");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private TrainingStandards() {
    }

    public static LocalDate due(LocalDate approvedSince, ApprovalType type) {
        return approvedSince.plusMonths(type.trainingStandardsMonths());
    }

    public static State state(boolean completed, LocalDate due, LocalDate today) {
        if (completed) {
            return State.DONE;
        }
        return today.isAfter(due) ? State.OVERDUE : State.DUE;
    }
}
