package org.safeguard.corporateparenting.care;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.corporateparenting.model.CareEpisode;
import org.safeguard.corporateparenting.model.LeavingReason;
import org.safeguard.corporateparenting.model.LegalStatus;
import org.safeguard.corporateparenting.model.LegalStatusPeriod;
import org.safeguard.corporateparenting.model.Placement;
import org.safeguard.corporateparenting.web.FormValues;
import org.safeguard.corporateparenting.web.Staff;
import org.safeguard.platform.api.web.FormErrors;

/** The rules of the forms that change a period of care. Pure: "today" and the records are parameters. */
public final class EpisodeForms {

    public static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    public static final int DETAIL_MAX = 500;

    private EpisodeForms() {
    }

    /**
     * Whether a child can come into care from this case: not in care now, and under 18 on the last
     * day they could have come in (today, or the day a closed case closed — a case closes
     * "Transferred to children in care" when the service takes the child, whichever is recorded first).
     */
    public static boolean canStart(ChildCase childCase, ChildRecord child, LocalDate today) {
        if (child.inCare() || childCase.childDateOfBirth() == null) {
            return false;
        }
        LocalDate last = childCase.open() ? today : childCase.closedOn();
        return last.isBefore(childCase.childDateOfBirth().plusYears(18));
    }

    /** Coming into care, as typed and checked. */
    public record Start(LocalDate on, LegalStatus status, boolean uasc, Optional<Staff.Member> iro) {}

    public static Optional<Start> start(FormValues form, ChildCase childCase, ChildRecord child, List<Staff.Member> iros,
                                        LocalDate today, FormErrors errors) {
        if (child.inCare()) {
            errors.add("startedOnDay", "This child is already in care");
        }
        if (childCase.childDateOfBirth() == null) {
            errors.add("startedOnDay", "The child's date of birth is not recorded in case records: record it first");
        }
        Optional<LocalDate> on = form.pastDate("startedOn", "date they came into care", true, today, errors);
        if (on.isPresent() && !errors.has("startedOnDay")) {
            LocalDate d = on.get();
            if (d.isBefore(childCase.openedOn())) {
                errors.add("startedOnDay", "Date they came into care must be on or after "
                        + SHOWN.format(childCase.openedOn()) + ", when the case opened");
            } else if (!childCase.open() && d.isAfter(childCase.closedOn())) {
                errors.add("startedOnDay", "Date they came into care must be on or before "
                        + SHOWN.format(childCase.closedOn()) + ", when the case closed");
            } else if (!d.isBefore(childCase.childDateOfBirth().plusYears(18))) {
                errors.add("startedOnDay", "Date they came into care must be before their 18th birthday");
            } else {
                child.episodes().stream().map(r -> r.episode().endedOn()).filter(e -> e != null && e.isAfter(d))
                        .findFirst().ifPresent(left -> errors.add("startedOnDay",
                                "Date they came into care must be on or after " + SHOWN.format(left) + ", when they last left care"));
            }
        }
        Optional<LegalStatus> status = form.choice("legalStatus", LegalStatus.class, "Select the legal status", errors);
        Optional<Boolean> uasc = form.yesNo("uasc", "Select yes if they are an unaccompanied asylum-seeking child", true, errors);
        Optional<Staff.Member> iro = Optional.empty();
        String chosen = form.get("iro");
        if (!chosen.isEmpty() && !"none".equals(chosen)) {
            iro = iros.stream().filter(m -> String.valueOf(m.userId()).equals(chosen)).findFirst();
            if (iro.isEmpty()) {
                errors.add("iro", "Select an independent reviewing officer from the list");
            }
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Start(on.orElseThrow(), status.orElseThrow(), uasc.orElseThrow(), iro));
    }

    /** A change of legal status: a different status, from a day after the current one began, not in the future. */
    public record StatusChange(LegalStatus status, LocalDate from) {}

    public static Optional<StatusChange> statusChange(FormValues form, EpisodeRecord record, LocalDate today, FormErrors errors) {
        Optional<LegalStatus> status = form.choice("legalStatus", LegalStatus.class, "Select the new legal status", errors);
        Optional<LegalStatusPeriod> current = record.currentStatus();
        if (status.isPresent() && current.isPresent() && current.get().status() == status.get()) {
            errors.add("legalStatus", "Select a different legal status: this is the current one");
        }
        Optional<LocalDate> from = form.pastDate("from", "date the new status began", true, today, errors);
        if (from.isPresent() && current.isPresent() && !from.get().isAfter(current.get().fromDate())) {
            errors.add("fromDay", "Date the new status began must be after " + SHOWN.format(current.get().fromDate())
                    + ", when the current status began");
        }
        return errors.isEmpty() ? Optional.of(new StatusChange(status.orElseThrow(), from.orElseThrow())) : Optional.empty();
    }

    /** Leaving care, as typed and checked. */
    public record Leaving(LocalDate on, LeavingReason reason, String detail) {}

    public static Optional<Leaving> leaving(FormValues form, EpisodeRecord record, LocalDate today, FormErrors errors) {
        CareEpisode e = record.episode();
        Optional<LocalDate> on = form.pastDate("endedOn", "date they left care", true, today, errors);
        Optional<LeavingReason> reason = form.choice("reason", LeavingReason.class, "Select why they left care", errors);
        Optional<String> detail = form.text("detail", "Say why they left care", "Why they left care", DETAIL_MAX,
                reason.map(r -> r == LeavingReason.OTHER).orElse(false), errors);
        if (on.isPresent()) {
            LocalDate d = on.get();
            LocalDate latestStart = latestStart(record);
            LocalDate eighteenth = e.dateOfBirth().plusYears(18);
            if (!d.isAfter(latestStart)) {
                errors.add("endedOnDay", "Date they left care must be after " + SHOWN.format(latestStart)
                        + (latestStart.equals(e.startedOn()) ? ", when they came into care" : ", the last change recorded"));
            } else if (reason.isPresent() && reason.get() == LeavingReason.TURNED_18 && !d.equals(eighteenth)) {
                errors.add("endedOnDay", "A young person leaves care on their 18th birthday: " + SHOWN.format(eighteenth));
            } else if (reason.isPresent() && reason.get() != LeavingReason.TURNED_18 && d.isAfter(eighteenth)) {
                errors.add("reason", "They turned 18 on " + SHOWN.format(eighteenth) + ": select Turned 18");
            }
        }
        return errors.isEmpty() ? Optional.of(new Leaving(on.orElseThrow(), reason.orElseThrow(), detail.orElse(null)))
                : Optional.empty();
    }

    /** The latest day something began in this period of care: a new change must come after it. */
    static LocalDate latestStart(EpisodeRecord record) {
        LocalDate latest = record.episode().startedOn();
        for (LegalStatusPeriod s : record.statuses()) {
            latest = s.fromDate().isAfter(latest) ? s.fromDate() : latest;
        }
        for (Placement p : record.placements()) {
            latest = p.startedOn().isAfter(latest) ? p.startedOn() : latest;
        }
        return latest;
    }

    /** A from-date for a change of holder or status: not before the period of care began, not in the future. */
    public static Optional<LocalDate> changeDate(FormValues form, String name, String label, LocalDate notBefore,
                                                 String notBeforeWhat, LocalDate today, FormErrors errors) {
        Optional<LocalDate> d = form.pastDate(name, label, true, today, errors);
        if (d.isPresent() && d.get().isBefore(notBefore)) {
            errors.add(name + "Day", Character.toUpperCase(label.charAt(0)) + label.substring(1) + " must be on or after "
                    + SHOWN.format(notBefore) + ", " + notBeforeWhat);
            return Optional.empty();
        }
        return d;
    }
}
