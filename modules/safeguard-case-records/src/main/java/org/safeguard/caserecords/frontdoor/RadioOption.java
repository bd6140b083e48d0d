package org.safeguard.caserecords.frontdoor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One radio of a question. GOV.UK gives the first radio the field's own id (so the error summary
 * link lands on it) and numbers the rest: outcome, outcome-2, outcome-3.
 */
public record RadioOption(String value, String label, String hint, String inputId, boolean checked) {

    public static RadioOption of(String field, int index, String value, String label, String hint, String chosen) {
        return new RadioOption(value, label, hint, index == 0 ? field : field + "-" + (index + 1), value.equals(chosen));
    }

    /** One radio per enum constant, in declaration order. */
    public static <E extends Enum<E>> List<RadioOption> of(String field, List<E> values, Function<E, String> label,
                                                           Function<E, String> hint, String chosen) {
        List<RadioOption> options = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            E value = values.get(i);
            options.add(of(field, i, value.name(), label.apply(value), hint.apply(value), chosen));
        }
        return options;
    }
}
