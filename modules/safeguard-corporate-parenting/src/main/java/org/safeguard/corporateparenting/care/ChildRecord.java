package org.safeguard.corporateparenting.care;

import java.util.List;
import java.util.Optional;

import org.safeguard.corporateparenting.model.CareLeaver;
import org.safeguard.corporateparenting.model.PathwayReview;
import org.safeguard.corporateparenting.rules.LeaverEligibility;
import org.safeguard.corporateparenting.rules.PlacementStability;

/**
 * A child's whole corporate parenting record in one authority: every period of care (newest
 * first) and their leaving care support, if any.
 */
public record ChildRecord(List<EpisodeRecord> episodes, Optional<CareLeaver> leaver, List<PathwayReview> pathwayReviews) {

    public ChildRecord {
        episodes = List.copyOf(episodes);
        pathwayReviews = List.copyOf(pathwayReviews);
    }

    public Optional<EpisodeRecord> current() {
        return episodes.stream().filter(e -> e.episode().open()).findFirst();
    }

    public boolean inCare() {
        return current().isPresent();
    }

    public List<LeaverEligibility.CarePeriod> periods() {
        return episodes.stream().map(e -> new LeaverEligibility.CarePeriod(e.episode().startedOn(), e.episode().endedOn(),
                e.episode().endReason())).toList();
    }

    public List<PlacementStability.Stay> stays() {
        return episodes.stream().flatMap(e -> e.stays().stream()).toList();
    }
}
