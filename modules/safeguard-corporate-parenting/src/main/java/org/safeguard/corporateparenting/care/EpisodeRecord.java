package org.safeguard.corporateparenting.care;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.safeguard.corporateparenting.model.CareEpisode;
import org.safeguard.corporateparenting.model.CareReview;
import org.safeguard.corporateparenting.model.EducationPlan;
import org.safeguard.corporateparenting.model.HealthCheck;
import org.safeguard.corporateparenting.model.HolderPeriod;
import org.safeguard.corporateparenting.model.IroAlert;
import org.safeguard.corporateparenting.model.LegalStatusPeriod;
import org.safeguard.corporateparenting.model.Placement;
import org.safeguard.corporateparenting.rules.HealthSchedule;
import org.safeguard.corporateparenting.rules.PlacementStability;

/** One period of care with everything recorded in it, each list oldest first. */
public record EpisodeRecord(CareEpisode episode, List<LegalStatusPeriod> statuses, List<Placement> placements,
                            List<CareReview> reviews, List<HealthCheck> health, List<EducationPlan> peps,
                            List<IroAlert> alerts, List<HolderPeriod> holders) {

    public EpisodeRecord {
        statuses = sorted(statuses, Comparator.comparing(LegalStatusPeriod::fromDate).thenComparing(LegalStatusPeriod::id));
        placements = sorted(placements, Comparator.comparing(Placement::startedOn).thenComparing(Placement::id));
        reviews = sorted(reviews, Comparator.comparing(CareReview::heldOn).thenComparing(CareReview::id));
        health = sorted(health, Comparator.comparing(HealthCheck::doneOn).thenComparing(HealthCheck::id));
        peps = sorted(peps, Comparator.comparing(EducationPlan::heldOn).thenComparing(EducationPlan::id));
        alerts = sorted(alerts, Comparator.comparing(IroAlert::raisedOn).thenComparing(IroAlert::id));
        holders = sorted(holders, Comparator.comparing(HolderPeriod::fromDate).thenComparing(HolderPeriod::id));
    }

    public static EpisodeRecord bare(CareEpisode episode) {
        return new EpisodeRecord(episode, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public Optional<LegalStatusPeriod> currentStatus() {
        return statuses.stream().filter(s -> s.toDate() == null).reduce((a, b) -> b)
                .or(() -> statuses.isEmpty() ? Optional.empty() : Optional.of(statuses.get(statuses.size() - 1)));
    }

    public Optional<Placement> currentPlacement() {
        return placements.stream().filter(Placement::open).reduce((a, b) -> b);
    }

    public Optional<Placement> lastPlacement() {
        return placements.isEmpty() ? Optional.empty() : Optional.of(placements.get(placements.size() - 1));
    }

    public List<LocalDate> reviewDates() {
        return reviews.stream().map(CareReview::heldOn).toList();
    }

    public List<HealthSchedule.Check> healthChecks() {
        return health.stream().map(h -> new HealthSchedule.Check(h.kind(), h.doneOn())).toList();
    }

    public List<LocalDate> pepDates() {
        return peps.stream().map(EducationPlan::heldOn).toList();
    }

    public List<PlacementStability.Stay> stays() {
        return placements.stream().map(p -> new PlacementStability.Stay(p.startedOn(), p.endedOn(), p.changeReason())).toList();
    }

    public long openAlerts() {
        return alerts.stream().filter(IroAlert::open).count();
    }

    private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
        return items.stream().sorted(order).toList();
    }
}
