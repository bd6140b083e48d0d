package org.safeguard.familysafeguarding.settings;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.safeguard.familysafeguarding.model.FamilySafeguardingSettings;
import org.safeguard.familysafeguarding.model.PractitionerScope;
import org.safeguard.familysafeguarding.web.Options;
import org.safeguard.platform.api.web.FormErrors;

/**
 * The authority's Family Safeguarding settings as typed, and their limits. Families per FTE 1–40
 * for each discipline (social workers' guide is 20 cases; adult work is more intensive, so a higher
 * figure than 40 would be no guide at all); assign within 1–60 working days.
 */
public final class SettingsForm {

    static final String SUBSTANCE = "substanceMisusePerFte";
    static final String MENTAL_HEALTH = "mentalHealthPerFte";
    static final String DOMESTIC_ABUSE = "domesticAbusePerFte";
    static final String SCOPE = "practitionerScope";
    static final String ASSIGN_WITHIN = "assignWithinWorkingDays";
    static final int FAMILIES_PER_FTE_MAX = 40;
    static final int ASSIGN_WITHIN_MAX = 60;

    private final String substance;
    private final String mentalHealth;
    private final String domesticAbuse;
    private final String scope;
    private final String assignWithin;

    public SettingsForm(String substance, String mentalHealth, String domesticAbuse, String scope, String assignWithin) {
        this.substance = clean(substance);
        this.mentalHealth = clean(mentalHealth);
        this.domesticAbuse = clean(domesticAbuse);
        this.scope = clean(scope);
        this.assignWithin = clean(assignWithin);
    }

    static SettingsForm of(FamilySafeguardingSettings current) {
        return new SettingsForm(String.valueOf(current.substanceMisusePerFte()), String.valueOf(current.mentalHealthPerFte()),
                String.valueOf(current.domesticAbusePerFte()), current.scope().name(),
                String.valueOf(current.assignWithinWorkingDays()));
    }

    FormErrors validate() {
        FormErrors errors = new FormErrors();
        number(errors, SUBSTANCE, substance, "how many families a full-time substance misuse practitioner works with",
                "Substance misuse families per full-time equivalent", FAMILIES_PER_FTE_MAX);
        number(errors, MENTAL_HEALTH, mentalHealth, "how many families a full-time mental health practitioner works with",
                "Mental health families per full-time equivalent", FAMILIES_PER_FTE_MAX);
        number(errors, DOMESTIC_ABUSE, domesticAbuse, "how many families a full-time domestic abuse practitioner works with",
                "Domestic abuse families per full-time equivalent", FAMILIES_PER_FTE_MAX);
        if (PractitionerScope.parse(scope).isEmpty()) {
            errors.add(SCOPE, "Select which families adult practitioners see");
        }
        number(errors, ASSIGN_WITHIN, assignWithin, "how many working days a family may wait for a practitioner",
                "Working days to assign a practitioner", ASSIGN_WITHIN_MAX);
        return errors;
    }

    private static void number(FormErrors errors, String field, String value, String missing, String subject, int max) {
        if (value.isEmpty()) {
            errors.add(field, "Enter " + missing);
            return;
        }
        OptionalInt parsed = parse(value);
        if (parsed.isEmpty()) {
            errors.add(field, subject + " must be a whole number, like 15");
        } else if (parsed.getAsInt() < 1 || parsed.getAsInt() > max) {
            errors.add(field, subject + " must be between 1 and " + max);
        }
    }

    int substance() {
        return parse(substance).orElseThrow();
    }

    int mentalHealth() {
        return parse(mentalHealth).orElseThrow();
    }

    int domesticAbuse() {
        return parse(domesticAbuse).orElseThrow();
    }

    PractitionerScope scope() {
        return PractitionerScope.parse(scope).orElseThrow();
    }

    int assignWithin() {
        return parse(assignWithin).orElseThrow();
    }

    Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(SUBSTANCE, substance);
        values.put(MENTAL_HEALTH, mentalHealth);
        values.put(DOMESTIC_ABUSE, domesticAbuse);
        values.put(SCOPE, scope);
        values.put(ASSIGN_WITHIN, assignWithin);
        return values;
    }

    List<Map<String, Object>> scopeOptions() {
        return Options.radios(SCOPE, Arrays.stream(PractitionerScope.values())
                .map(s -> new Options.Choice(s.name(), s.label(), s.hint())).toList(), scope);
    }

    /** Digits only, and few enough that parsing cannot overflow. */
    private static OptionalInt parse(String value) {
        return value.matches("\\d{1,6}") ? OptionalInt.of(Integer.parseInt(value)) : OptionalInt.empty();
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
