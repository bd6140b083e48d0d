package org.safeguard.corporateparenting.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.safeguard.corporateparenting.model.CareSettings;
import org.safeguard.corporateparenting.web.FormValues;
import org.safeguard.platform.api.web.FormErrors;

/**
 * The authority's timescales as typed, and their limits. Where the law or statutory guidance sets a
 * timescale (review health assessments, visits, pathway plan reviews) an authority may be stricter
 * but never laxer; the initial health assessment may be at most the seeds' 28 days.
 */
public final class SettingsForm {

    /** One setting: field name, label, hint, unit and the range allowed. */
    public record Setting(String name, String label, String hint, String unit, int min, int max) {}

    public static final List<Setting> SETTINGS = List.of(
            new Setting("ihaDays", "Initial health assessment due within",
                    "Days after the child comes into care. The council papers use 28; statutory guidance expects it in time "
                            + "for the first review (20 working days).", "days", 1, 28),
            new Setting("healthReviewMonthsUnder5", "Review health assessments for children under 5: at least every",
                    "At least every 6 months before the fifth birthday (regulation 7).", "months", 1, 6),
            new Setting("healthReviewMonths", "Review health assessments from age 5: at least every",
                    "At least every 12 months from the fifth birthday (regulation 7).", "months", 1, 12),
            new Setting("dentalMonths", "Dental checks: at least every", "The council papers report dental checks yearly.",
                    "months", 1, 12),
            new Setting("pepMonths", "Personal education plan reviewed every",
                    "Termly: three terms a year is every 4 months.", "months", 1, 6),
            new Setting("firstVisitDays", "First visit in a new placement within",
                    "Within one week of the start of any placement (regulation 28).", "days", 1, 7),
            new Setting("visitIntervalDays", "Then visits at least every",
                    "Not more than six weeks in a placement's first year (regulation 28).", "days", 1, 42),
            new Setting("longTermVisitIntervalDays", "After the first year of a long-term placement, visits at least every",
                    "Not more than three months where the placement is intended to last until 18 (regulation 28).", "days", 1, 91),
            new Setting("pathwayReviewMonths", "Pathway plans reviewed at least every",
                    "At least every 6 months (Care Leavers (England) Regulations 2010).", "months", 1, 6),
            new Setting("alertResponseWorkingDays", "Teams answer a case alert within",
                    "A local standard.", "working days", 1, 30));

    private SettingsForm() {
    }

    public static FormValues of(CareSettings s) {
        return FormValues.empty()
                .put("ihaDays", String.valueOf(s.ihaDays()))
                .put("healthReviewMonthsUnder5", String.valueOf(s.healthReviewMonthsUnder5()))
                .put("healthReviewMonths", String.valueOf(s.healthReviewMonths()))
                .put("dentalMonths", String.valueOf(s.dentalMonths()))
                .put("pepMonths", String.valueOf(s.pepMonths()))
                .put("firstVisitDays", String.valueOf(s.firstVisitDays()))
                .put("visitIntervalDays", String.valueOf(s.visitIntervalDays()))
                .put("longTermVisitIntervalDays", String.valueOf(s.longTermVisitIntervalDays()))
                .put("pathwayReviewMonths", String.valueOf(s.pathwayReviewMonths()))
                .put("alertResponseWorkingDays", String.valueOf(s.alertResponseWorkingDays()));
    }

    public static String[] names() {
        return SETTINGS.stream().map(Setting::name).toArray(String[]::new);
    }

    public static Optional<CareSettings> validate(long authorityId, FormValues form, FormErrors errors) {
        List<Integer> values = new ArrayList<>();
        for (Setting s : SETTINGS) {
            String typed = form.get(s.name()).strip();
            OptionalInt number = typed.matches("\\d{1,6}") ? OptionalInt.of(Integer.parseInt(typed)) : OptionalInt.empty();
            if (typed.isEmpty()) {
                errors.add(s.name(), "Enter a number of " + s.unit());
            } else if (number.isEmpty()) {
                errors.add(s.name(), "Enter a whole number of " + s.unit() + ", like " + s.max());
            } else if (number.getAsInt() < s.min() || number.getAsInt() > s.max()) {
                errors.add(s.name(), "Enter a number of " + s.unit() + " between " + s.min() + " and " + s.max());
            } else {
                values.add(number.getAsInt());
            }
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CareSettings(authorityId, values.get(0), values.get(1), values.get(2), values.get(3),
                values.get(4), values.get(5), values.get(6), values.get(7), values.get(8), values.get(9)));
    }

    /** "field=old->new" for each setting that changed: the audit detail (numbers only). */
    public static String changes(CareSettings before, CareSettings after) {
        Map<String, String> b = of(before).values();
        Map<String, String> a = of(after).values();
        List<String> changed = new ArrayList<>();
        for (Setting s : SETTINGS) {
            if (!b.get(s.name()).equals(a.get(s.name()))) {
                changed.add(s.name() + "=" + b.get(s.name()) + "->" + a.get(s.name()));
            }
        }
        return changed.isEmpty() ? "unchanged" : String.join(" ", changed);
    }
}
