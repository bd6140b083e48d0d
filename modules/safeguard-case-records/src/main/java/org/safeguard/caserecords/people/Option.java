package org.safeguard.caserecords.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One radio or select option. GOV.UK gives the first radio the field's own id (so the error
 * summary's link lands on it) and numbers the rest: kind, kind-2, kind-3.
 */
public record Option(String value, String label, String inputId, boolean checked) {

    /** @param choices value to label, in the order shown */
    public static List<Option> list(String field, Map<String, String> choices, Object chosen) {
        List<Option> options = new ArrayList<>();
        String selected = chosen == null ? "" : String.valueOf(chosen);
        int index = 0;
        for (Map.Entry<String, String> choice : choices.entrySet()) {
            String inputId = index == 0 ? field : field + "-" + (index + 1);
            options.add(new Option(choice.getKey(), choice.getValue(), inputId, choice.getKey().equals(selected)));
            index++;
        }
        return options;
    }
}
