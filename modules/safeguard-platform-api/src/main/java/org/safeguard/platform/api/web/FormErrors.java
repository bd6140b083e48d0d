package org.safeguard.platform.api.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validation messages for a form, shaped for GOV.UK Frontend: {@link #summary()} feeds the error
 * summary (each links to its field), {@link #byField()} the message beside each field.
 * Put {@code errors} in the page model as {@code errors.summary} / {@code errors.byField}.
 */
public final class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();

    /** Keeps the first message for a field: the one the user should fix first. */
    public FormErrors add(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public Map<String, String> byField() {
        return Map.copyOf(byField);
    }

    public List<Map<String, String>> summary() {
        List<Map<String, String>> items = new ArrayList<>();
        byField.forEach((field, message) -> items.add(Map.of("text", message, "href", "#" + field)));
        return items;
    }

    /** The model entry templates read: {@code {{#if errors}}}, {@code errors.summary}, {@code errors.byField.x}. */
    public Map<String, Object> toModel() {
        return isEmpty() ? Map.of() : Map.of("summary", summary(), "byField", byField());
    }
}
