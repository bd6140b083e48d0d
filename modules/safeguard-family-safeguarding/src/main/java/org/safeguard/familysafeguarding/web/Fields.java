package org.safeguard.familysafeguarding.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.safeguard.platform.api.web.FormErrors;

/**
 * Form fields as the shared partials draw them ({@code family-safeguarding/partials/*}): each with
 * its name (= the HTML id the error summary links to), wording, value as typed and error. A page
 * puts them under {@code fields} and includes e.g.
 * {@code {{#with fields.startedOn}}{{> family-safeguarding/partials/date-input}}{{/with}}}.
 */
public final class Fields {

    private Fields() {
    }

    /** A date input; its error sits on {@code <name>Day} as {@code FormDates} puts it. */
    public static Map<String, Object> date(String name, String legend, String hint, Map<String, Object> values,
                                           FormErrors errors) {
        Map<String, Object> field = new HashMap<>();
        field.put("name", name);
        field.put("legend", legend);
        field.put("hint", hint);
        field.put("day", values.get(name + "Day"));
        field.put("month", values.get(name + "Month"));
        field.put("year", values.get(name + "Year"));
        field.put("error", errors.byField().get(name + "Day"));
        return field;
    }

    public static Map<String, Object> radios(String name, String legend, String hint, List<Map<String, Object>> options,
                                             FormErrors errors) {
        Map<String, Object> field = new HashMap<>();
        field.put("name", name);
        field.put("legend", legend);
        field.put("hint", hint);
        field.put("options", options);
        field.put("error", errors.byField().get(name));
        return field;
    }

    public static Map<String, Object> textarea(String name, String label, String hint, Object value, int max, int rows,
                                               FormErrors errors) {
        Map<String, Object> field = new HashMap<>();
        field.put("name", name);
        field.put("label", label);
        field.put("hint", hint);
        field.put("value", value);
        field.put("max", max);
        field.put("rows", rows);
        field.put("error", errors.byField().get(name));
        return field;
    }
}
