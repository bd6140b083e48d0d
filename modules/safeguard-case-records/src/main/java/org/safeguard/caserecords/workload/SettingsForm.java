package org.safeguard.caserecords.workload;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

import org.safeguard.caserecords.model.AuthoritySettings;
import org.safeguard.platform.api.web.FormErrors;

/**
 * The authority's caseload and timescale settings as typed, and their limits. Pure and unit-tested.
 *
 * <p>Limits: cases per FTE 1–50 (the seeds' guide is 20); CP visits 1–28 days, because a child on
 * a child protection plan must be seen at least every 4 weeks (the service reports "CP visit in
 * the last 4 weeks"), so an authority may visit more often but never less; CIN visits 1–90 days,
 * left to local standards; due-soon window 1–20 working days (four weeks of warning at most).
 */
public final class SettingsForm {

    static final String CASES_PER_FTE = "casesPerFte";
    static final String CP_VISIT_DAYS = "cpVisitIntervalDays";
    static final String CIN_VISIT_DAYS = "cinVisitIntervalDays";
    static final String DUE_SOON_DAYS = "dueSoonWorkingDays";

    static final int CASES_PER_FTE_MAX = 50;
    static final int CP_VISIT_DAYS_MAX = 28;
    static final int CIN_VISIT_DAYS_MAX = 90;
    static final int DUE_SOON_DAYS_MAX = 20;

    private final String casesPerFte;
    private final String cpVisitDays;
    private final String cinVisitDays;
    private final String dueSoonDays;

    public SettingsForm(String casesPerFte, String cpVisitDays, String cinVisitDays, String dueSoonDays) {
        this.casesPerFte = clean(casesPerFte);
        this.cpVisitDays = clean(cpVisitDays);
        this.cinVisitDays = clean(cinVisitDays);
        this.dueSoonDays = clean(dueSoonDays);
    }

    static SettingsForm of(AuthoritySettings current) {
        return new SettingsForm(String.valueOf(current.casesPerFte()), String.valueOf(current.cpVisitIntervalDays()),
                String.valueOf(current.cinVisitIntervalDays()), String.valueOf(current.dueSoonWorkingDays()));
    }

    FormErrors validate() {
        FormErrors errors = new FormErrors();
        check(errors, CASES_PER_FTE, casesPerFte, "the number of cases per full-time equivalent",
                "Cases per full-time equivalent", CASES_PER_FTE_MAX);
        check(errors, CP_VISIT_DAYS, cpVisitDays, "how often children on a child protection plan must be visited",
                "Child protection visits", CP_VISIT_DAYS_MAX);
        check(errors, CIN_VISIT_DAYS, cinVisitDays, "how often children on a child in need plan must be visited",
                "Child in need visits", CIN_VISIT_DAYS_MAX);
        check(errors, DUE_SOON_DAYS, dueSoonDays, "how many working days count as due soon",
                "Due soon", DUE_SOON_DAYS_MAX);
        return errors;
    }

    private static void check(FormErrors errors, String field, String value, String missing, String subject, int max) {
        if (value.isEmpty()) {
            errors.add(field, "Enter " + missing);
            return;
        }
        OptionalInt number = number(value);
        if (number.isEmpty()) {
            errors.add(field, subject + " must be a whole number, like 20");
        } else if (number.getAsInt() < 1 || number.getAsInt() > max) {
            errors.add(field, subject + " must be between 1 and " + max);
        }
    }

    int casesPerFte() {
        return number(casesPerFte).orElseThrow();
    }

    int cpVisitDays() {
        return number(cpVisitDays).orElseThrow();
    }

    int cinVisitDays() {
        return number(cinVisitDays).orElseThrow();
    }

    int dueSoonDays() {
        return number(dueSoonDays).orElseThrow();
    }

    Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(CASES_PER_FTE, casesPerFte);
        values.put(CP_VISIT_DAYS, cpVisitDays);
        values.put(CIN_VISIT_DAYS, cinVisitDays);
        values.put(DUE_SOON_DAYS, dueSoonDays);
        return values;
    }

    /** Digits only, and few enough that parsing cannot overflow. */
    private static OptionalInt number(String value) {
        return value.matches("\\d{1,6}") ? OptionalInt.of(Integer.parseInt(value)) : OptionalInt.empty();
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
