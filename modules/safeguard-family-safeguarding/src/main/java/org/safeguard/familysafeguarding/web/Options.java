package org.safeguard.familysafeguarding.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Radios and checkboxes as the templates draw them. GOV.UK gives the first input the field's own id
 * (so the error summary's link lands on it) and the others {@code <name>-2}, {@code <name>-3}...
 */
public final class Options {

    /** One choice: its value, label and optional hint. */
    public record Choice(String value, String label, String hint) {
        public static Choice of(String value, String label) {
            return new Choice(value, label, null);
        }
    }

    private Options() {
    }

    public static List<Map<String, Object>> radios(String name, List<Choice> choices, String selected) {
        List<Map<String, Object>> options = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            Choice choice = choices.get(i);
            Map<String, Object> option = new LinkedHashMap<>();
            option.put("value", choice.value());
            option.put("label", choice.label());
            option.put("itemHint", choice.hint());
            option.put("inputId", i == 0 ? name : name + "-" + (i + 1));
            option.put("itemHintId", (i == 0 ? name : name + "-" + (i + 1)) + "-item-hint");
            option.put("checked", choice.value().equals(selected));
            options.add(option);
        }
        return options;
    }
}
