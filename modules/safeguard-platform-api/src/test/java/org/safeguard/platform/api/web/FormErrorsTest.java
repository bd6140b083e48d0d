package org.safeguard.platform.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FormErrorsTest {

    @Test
    void summaryLinksEachMessageToItsFieldInTheOrderFound() {
        FormErrors errors = new FormErrors()
                .add("title", "Enter a title")
                .add("expiresOn", "Expiry date must be a real date in the future");
        assertEquals(List.of(
                Map.of("text", "Enter a title", "href", "#title"),
                Map.of("text", "Expiry date must be a real date in the future", "href", "#expiresOn")),
                errors.summary());
    }

    @Test
    void keepsTheFirstMessageForAField() {
        FormErrors errors = new FormErrors().add("title", "Enter a title").add("title", "Title is too long");
        assertEquals("Enter a title", errors.byField().get("title"));
        assertEquals(1, errors.summary().size());
    }

    @Test
    void noErrorsMeansNothingInTheModel() {
        FormErrors errors = new FormErrors();
        assertTrue(errors.isEmpty());
        assertEquals(Map.of(), errors.toModel(), "templates test {{#if errors}}: it must be falsy-empty");
        errors.add("body", "Enter the notice");
        assertFalse(errors.isEmpty());
        assertTrue(errors.has("body"));
        assertEquals(Map.of("body", "Enter the notice"), errors.toModel().get("byField"));
    }
}
