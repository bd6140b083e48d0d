package org.safeguard.fostering.carers;

import java.util.HashMap;
import java.util.Map;

import org.safeguard.fostering.rules.HouseholdFacts;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.PageResult;

/** A form about one household: its name above the heading, its fields, errors with status 400. */
final class HouseholdFormPage {

    private HouseholdFormPage() {
    }

    static PageResult of(String template, String title, HouseholdFacts facts, Map<String, Object> fields,
                         FormErrors errors, Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("fields", fields);
        model.put("householdId", facts.id());
        model.put("householdName", facts.household().name());
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
            return PageResult.invalid(template, "Error: " + title, model);
        }
        return PageResult.page(template, title, model);
    }
}
