package org.safeguard.corporateparenting.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.safeguard.platform.api.web.FormErrors;

/**
 * Models for the GOV.UK form components the module's generic form page draws (date input, radios
 * with an optional nested radios reveal, textarea, text input, money input). Ids follow the design
 * system: a date input's first box is {@code <name>Day}, the first radio's id is the field name,
 * later ones {@code <name>-2}..., so the error summary's links land on them.
 */
public final class Fields {

    /** A radio; {@code conditional} is a nested radios field revealed when it is chosen (may be null). */
    public record Option(String value, String label, String hint, Map<String, Object> conditional) {

        public Option(String value, String label) {
            this(value, label, null, null);
        }

        public Option(String value, String label, String hint) {
            this(value, label, hint, null);
        }
    }

    private Fields() {
    }

    public static Map<String, Object> date(String name, String legend, String hint, Map<String, String> values,
                                           FormErrors errors) {
        Map<String, Object> field = base("date", name, hint);
        field.put("legend", legend);
        field.put("error", blank(errors.byField().get(name + "Day")));
        field.put("day", values.getOrDefault(name + "Day", ""));
        field.put("month", values.getOrDefault(name + "Month", ""));
        field.put("year", values.getOrDefault(name + "Year", ""));
        return field;
    }

    public static Map<String, Object> radios(String name, String legend, String hint, List<Option> options, boolean inline,
                                             Map<String, String> values, FormErrors errors) {
        Map<String, Object> field = base("radios", name, hint);
        field.put("legend", legend);
        field.put("inline", inline);
        field.put("error", blank(errors.byField().get(name)));
        String chosen = values.getOrDefault(name, "");
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            Option option = options.get(i);
            Map<String, Object> item = new HashMap<>();
            String id = i == 0 ? name : name + "-" + (i + 1);
            item.put("id", id);
            item.put("name", name);
            item.put("value", option.value());
            item.put("label", option.label());
            item.put("hint", blank(option.hint()));
            item.put("checked", option.value().equals(chosen));
            if (option.conditional() != null) {
                item.put("conditional", option.conditional());
                item.put("conditionalId", "conditional-" + id);
            } else {
                item.put("conditional", "");
            }
            items.add(item);
        }
        field.put("items", items);
        return field;
    }

    public static Map<String, Object> textarea(String name, String label, String hint, int maxLength,
                                               Map<String, String> values, FormErrors errors) {
        Map<String, Object> field = base("textarea", name, hint);
        field.put("label", label);
        field.put("maxLength", maxLength);
        field.put("error", blank(errors.byField().get(name)));
        field.put("value", values.getOrDefault(name, ""));
        return field;
    }

    public static Map<String, Object> text(String name, String label, String hint, Map<String, String> values,
                                           FormErrors errors) {
        Map<String, Object> field = base("text", name, hint);
        field.put("label", label);
        field.put("error", blank(errors.byField().get(name)));
        field.put("value", values.getOrDefault(name, ""));
        return field;
    }

    /** A text input with a £ prefix, numeric keyboard on phones. */
    public static Map<String, Object> money(String name, String label, String hint, Map<String, String> values,
                                            FormErrors errors) {
        Map<String, Object> field = text(name, label, hint, values, errors);
        field.remove("isText");
        field.put("isMoney", true);
        return field;
    }

    /** Yes/no radios side by side. */
    public static Map<String, Object> yesNo(String name, String legend, String hint, Map<String, String> values,
                                            FormErrors errors) {
        return radios(name, legend, hint, List.of(new Option("yes", "Yes"), new Option("no", "No")), true, values, errors);
    }

    private static Map<String, Object> base(String type, String name, String hint) {
        Map<String, Object> field = new HashMap<>();
        field.put("is" + Character.toUpperCase(type.charAt(0)) + type.substring(1), true);
        field.put("name", name);
        field.put("hint", blank(hint));
        return field;
    }

    /**
     * Never null in a model: Handlebars looks a null value up in the enclosing context, so a nested
     * field without a hint would show its parent's.
     */
    static String blank(String value) {
        return value == null ? "" : value;
    }
}
