package org.safeguard.corporateparenting.health;

import java.time.LocalDate;
import java.util.Optional;

import org.safeguard.corporateparenting.care.EpisodeForms;
import org.safeguard.corporateparenting.care.EpisodeRecord;
import org.safeguard.corporateparenting.model.HealthCheckKind;
import org.safeguard.corporateparenting.model.HealthOutcome;
import org.safeguard.corporateparenting.web.FormValues;
import org.safeguard.platform.api.web.FormErrors;

/** The rules of the health check and personal education plan forms. Pure. */
public final class HealthForms {

    public static final int SETTING_MAX = 200;

    private HealthForms() {
    }

    public record Check(HealthCheckKind kind, LocalDate on, HealthOutcome outcome) {}

    public static Optional<Check> check(FormValues form, EpisodeRecord record, LocalDate today, FormErrors errors) {
        Optional<HealthCheckKind> kind = form.choice("kind", HealthCheckKind.class, "Select which check it was", errors);
        boolean initialDone = record.health().stream().anyMatch(h -> h.kind() == HealthCheckKind.INITIAL_HEALTH);
        if (kind.isPresent() && kind.get() == HealthCheckKind.INITIAL_HEALTH && initialDone) {
            errors.add("kind", "The initial health assessment is already recorded: select review health assessment");
        } else if (kind.isPresent() && kind.get() == HealthCheckKind.REVIEW_HEALTH && !initialDone) {
            errors.add("kind", "Record the initial health assessment first: reviews follow it");
        }
        Optional<LocalDate> on = form.pastDate("doneOn", "date of the check", true, today, errors);
        notBeforeCare(on, record, "doneOn", "Date of the check", errors);
        Optional<HealthOutcome> outcome = form.choice("outcome", HealthOutcome.class, "Select whether it took place", errors);
        return errors.isEmpty() ? Optional.of(new Check(kind.get(), on.get(), outcome.get())) : Optional.empty();
    }

    public record Pep(LocalDate on, String setting) {}

    public static Optional<Pep> pep(FormValues form, EpisodeRecord record, LocalDate today, FormErrors errors) {
        Optional<LocalDate> on = form.pastDate("heldOn", "date of the PEP meeting", true, today, errors);
        notBeforeCare(on, record, "heldOn", "Date of the PEP meeting", errors);
        Optional<String> setting = form.text("setting", "", "School or setting", SETTING_MAX, false, errors);
        return errors.isEmpty() ? Optional.of(new Pep(on.get(), setting.orElse(null))) : Optional.empty();
    }

    private static void notBeforeCare(Optional<LocalDate> on, EpisodeRecord record, String name, String label, FormErrors errors) {
        if (on.isPresent() && on.get().isBefore(record.episode().startedOn())) {
            errors.add(name + "Day", label + " must be on or after " + EpisodeForms.SHOWN.format(record.episode().startedOn())
                    + ", when they came into care");
        }
    }
}
