package org.safeguard.corporateparenting.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.PageResult;

/** The module's generic form page ({@code corporate-parenting/form}): heading, what to know, fields, submit, cancel. */
public final class FormPage {

    public static final String TEMPLATE = "corporate-parenting/form";

    private final Map<String, Object> model;
    private final String heading;

    private FormPage(Map<String, Object> model, String heading) {
        this.model = model;
        this.heading = heading;
    }

    /** @param base the page's model so far, usually the case header from {@link CareContext#model} */
    public static FormPage of(Map<String, Object> base, String heading, String action, String submitLabel, String cancelHref) {
        Map<String, Object> model = new LinkedHashMap<>(base);
        model.put("heading", heading);
        model.put("action", action);
        model.put("submitLabel", submitLabel);
        model.put("cancelHref", cancelHref);
        return new FormPage(model, heading);
    }

    public FormPage intro(String... lines) {
        model.put("intro", List.of(lines));
        return this;
    }

    /** Short facts shown above the form as a summary list. */
    public FormPage fact(String key, String value) {
        @SuppressWarnings("unchecked")
        List<Map<String, String>> facts = (List<Map<String, String>>) model.computeIfAbsent("facts", k -> new ArrayList<>());
        facts.add(Map.of("key", key, "value", value == null ? "" : value));
        return this;
    }

    public FormPage warning(String warning) {
        if (warning != null) {
            model.put("warning", warning);
        }
        return this;
    }

    /** The record's version the form was drawn from, sent back to catch someone else's change meanwhile. */
    public FormPage version(int version) {
        model.put("version", String.valueOf(version));
        return this;
    }

    public FormPage fields(List<Map<String, Object>> fields) {
        model.put("fields", fields);
        return this;
    }

    public FormPage errors(FormErrors errors) {
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
        }
        return this;
    }

    public PageResult show(String childName) {
        return PageResult.page(TEMPLATE, title(childName), model);
    }

    /** Status 400 with the errors: nothing was saved. */
    public PageResult invalid(String childName) {
        return PageResult.invalid(TEMPLATE, "Error: " + title(childName), model);
    }

    private String title(String childName) {
        return childName == null ? heading : heading + ": " + childName;
    }
}
