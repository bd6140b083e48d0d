package org.safeguard.corporateparenting.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.safeguard.caserecords.api.WorkingDays;
import org.safeguard.corporateparenting.model.CareSettings;
import org.safeguard.corporateparenting.model.HealthCheckKind;
import org.safeguard.corporateparenting.model.Placement;
import org.safeguard.corporateparenting.rules.EducationSchedule;
import org.safeguard.corporateparenting.rules.HealthSchedule;
import org.safeguard.corporateparenting.rules.ReviewSchedule;
import org.safeguard.corporateparenting.rules.Timescale;
import org.safeguard.corporateparenting.rules.VisitSchedule;

/**
 * What is next due for a child in care, from the rules: the review, the health assessment, the
 * dental check, the personal education plan (school age only), the social worker's visit, and, once
 * the child has turned 18, recording that they left care. Nothing is due for a period of care that
 * has ended. Soonest first.
 */
public final class CareDue {

    /** The kinds the lists filter on. */
    public enum Kind {
        REVIEW("Review"), HEALTH("Health assessment"), DENTAL("Dental check"), PEP("Personal education plan"),
        VISIT("Visit"), LEAVING("Leaving care");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One thing due; public for the templates. */
    public record Item(Kind kind, String what, LocalDate dueOn, Timescale status, String words) {

        public boolean overdue() {
            return status == Timescale.OVERDUE;
        }

        public String tagClass() {
            return status.tagClass();
        }

        public String statusLabel() {
            return status.label();
        }
    }

    private CareDue() {
    }

    /** @param lastVisit the latest visit recorded on the child's case; null when none */
    public static List<Item> of(EpisodeRecord record, LocalDate lastVisit, CareSettings settings,
                                WorkingDays workingDays, LocalDate today) {
        if (!record.episode().open()) {
            return List.of();
        }
        LocalDate start = record.episode().startedOn();
        LocalDate born = record.episode().dateOfBirth();
        List<Item> items = new ArrayList<>();
        items.add(item(Kind.REVIEW, ReviewSchedule.nextName(record.reviews().size()),
                ReviewSchedule.nextDue(start, record.reviewDates(), workingDays), today));
        HealthSchedule.Next health = HealthSchedule.nextAssessment(start, born, record.healthChecks(), settings);
        items.add(item(Kind.HEALTH, health.kind() == HealthCheckKind.INITIAL_HEALTH ? "Initial health assessment"
                : "Review health assessment", health.dueOn(), today));
        items.add(item(Kind.DENTAL, "Dental check", HealthSchedule.nextDental(start, record.healthChecks(), settings), today));
        EducationSchedule.nextDue(start, born, record.pepDates(), settings, workingDays, today)
                .ifPresent(due -> items.add(item(Kind.PEP, record.peps().isEmpty() ? "First personal education plan"
                        : "Personal education plan review", due, today)));
        Optional<Placement> placement = record.currentPlacement();
        LocalDate placementStart = placement.map(Placement::startedOn).orElse(start);
        LocalDate visitDue = VisitSchedule.nextDue(placementStart, placement.map(Placement::longTerm).orElse(false),
                lastVisit, settings);
        items.add(item(Kind.VISIT, lastVisit == null || lastVisit.isBefore(placementStart)
                ? "First visit in the placement" : "Social worker's visit", visitDue, today));
        LocalDate eighteenth = born.plusYears(18);
        if (!today.isBefore(eighteenth)) {
            items.add(item(Kind.LEAVING, "Turned 18: record leaving care", eighteenth, today));
        }
        items.sort(Comparator.comparing(Item::dueOn));
        return items;
    }

    private static Item item(Kind kind, String what, LocalDate due, LocalDate today) {
        return new Item(kind, what, due, Timescale.of(due, today), Timescale.inWords(due, today));
    }
}
