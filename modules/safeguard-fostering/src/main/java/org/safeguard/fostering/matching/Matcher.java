package org.safeguard.fostering.matching;

import java.util.List;

import org.safeguard.fostering.FosteringContext;
import org.safeguard.fostering.model.FosteringSettings;
import org.safeguard.fostering.rules.HouseholdFacts;
import org.safeguard.fostering.rules.PlacementFit;
import org.safeguard.fostering.rules.PlacementRequest;

/** The fit rules applied to an authority's register as it is today, with the authority's review grace. */
final class Matcher {

    private Matcher() {
    }

    static List<PlacementFit.Assessment> assessAll(FosteringContext context, long authorityId, PlacementRequest request) {
        FosteringSettings settings = context.settings(authorityId);
        return PlacementFit.assessAll(context.households().register(authorityId), request, context.clock().today(),
                settings.reviewGraceDays(), settings.reviewDueSoonDays());
    }

    static List<PlacementFit.Assessment> candidates(FosteringContext context, long authorityId, PlacementRequest request) {
        FosteringSettings settings = context.settings(authorityId);
        return PlacementFit.candidates(context.households().register(authorityId), request, context.clock().today(),
                settings.reviewGraceDays(), settings.reviewDueSoonDays());
    }

    /** The rule as {@link org.safeguard.fostering.data.PlacementBook#match} re-applies it inside its transaction. */
    static PlacementFit.Assessment assess(FosteringContext context, HouseholdFacts facts, PlacementRequest request) {
        FosteringSettings settings = context.settings(facts.household().authorityId());
        return PlacementFit.assess(facts, request, context.clock().today(), settings.reviewGraceDays(),
                settings.reviewDueSoonDays());
    }
}
