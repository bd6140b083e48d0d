package org.safeguard.fostering.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.safeguard.platform.api.web.FormErrors;

/**
 * Models for the GOV.UK form fields the templates under {@code fostering/fields/} draw: every
 * input's id is its name (the date input's first box is {@code <name>Day}), so the error summary's
 * links land on it; each field carries its own error message and the value as typed.
 */
public final class Fields {

    /** A radio, checkbox or select option. {@code name} is only set for checkboxes that each have their own name. */
    public record Option(String value, String label, String hint, String name) {
        public Option(String value, String label) {
            this(value, label, null, null);
        }

        public Option(String value, String label, String hint) {
            this(value, label, hint, null);
        }
    }

    private Fields() {
    }

    public static Map<String, Object> text(String name, String label, String value, String hint, FormErrors errors) {
        Map<String, Object> field = base(name, hint, errors.byField().get(name));
        field.put("label", label);
        field.put("value", value == null ? "" : value);
        return field;
    }

    /** A narrow numeric input, e.g. an age. */
    public static Map<String, Object> number(String name, String label, String value, String hint, FormErrors errors,
                                             int widthChars) {
        Map<String, Object> field = text(name, label, value, hint, errors);
        field.put("numeric", true);
        field.put("width", "govuk-input--width-" + widthChars);
        return field;
    }

    public static Map<String, Object> textarea(String name, String label, String value, String hint, int max,
                                               FormErrors errors) {
        Map<String, Object> field = text(name, label, value, hint, errors);
        field.put("max", max);
        field.put("rows", max > 2000 ? 8 : 4);
        return field;
    }

    /** @param values the form's typed values; reads {@code <name>Day}, {@code <name>Month}, {@code <name>Year} */
    public static Map<String, Object> date(String name, String legend, String hint, Map<String, String> values,
                                           FormErrors errors) {
        Map<String, Object> field = base(name, hint, errors.byField().get(name + "Day"));
        field.put("legend", legend);
        field.put("day", values.getOrDefault(name + "Day", ""));
        field.put("month", values.getOrDefault(name + "Month", ""));
        field.put("year", values.getOrDefault(name + "Year", ""));
        return field;
    }

    public static Map<String, Object> radios(String name, String legend, String hint, List<Option> options,
                                             String chosen, FormErrors errors) {
        Map<String, Object> field = base(name, hint, errors.byField().get(name));
        field.put("legend", legend);
        field.put("items", items(name, options, chosen == null ? List.of() : List.of(chosen)));
        return field;
    }

    public static Map<String, Object> checkboxes(String name, String legend, String hint, List<Option> options,
                                                 Collection<String> chosen, FormErrors errors) {
        Map<String, Object> field = base(name, hint, errors.byField().get(name));
        field.put("legend", legend);
        field.put("items", items(name, options, chosen));
        return field;
    }

    public static Map<String, Object> select(String name, String label, String hint, List<Option> options,
                                             String chosen, FormErrors errors) {
        Map<String, Object> field = base(name, hint, errors.byField().get(name));
        field.put("label", label);
        field.put("items", items(name, options, chosen == null ? List.of() : List.of(chosen)));
        return field;
    }

    private static Map<String, Object> base(String name, String hint, String error) {
        Map<String, Object> field = new HashMap<>();
        field.put("name", name);
        if (hint != null && !hint.isBlank()) {
            field.put("hint", hint);
        }
        if (error != null) {
            field.put("error", error);
        }
        return field;
    }

    private static List<Map<String, Object>> items(String name, List<Option> options, Collection<String> chosen) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            Option option = options.get(i);
            Map<String, Object> item = new HashMap<>();
            String itemName = option.name() != null ? option.name() : name;
            // the first item carries the field's own id, so the error summary's link lands on it
            item.put("id", option.name() != null ? option.name() : i == 0 ? name : name + "-" + (i + 1));
            item.put("name", itemName);
            item.put("value", option.value());
            item.put("label", option.label());
            if (option.hint() != null) {
                item.put("hint", option.hint());
            }
            item.put("checked", option.name() != null ? chosen.contains(option.name()) : chosen.contains(option.value()));
            items.add(item);
        }
        return items;
    }
}
