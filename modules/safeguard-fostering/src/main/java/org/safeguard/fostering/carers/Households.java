package org.safeguard.fostering.carers;

import java.util.Optional;

import org.safeguard.fostering.FosteringAccess;
import org.safeguard.fostering.FosteringContext;
import org.safeguard.fostering.model.FosteringSettings;
import org.safeguard.fostering.rules.HouseholdFacts;
import org.safeguard.fostering.rules.HouseholdState;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.WebRequest;

/** The household named in the path, when the user may reach the carer register and it is their authority's. */
final class Households {

    private Households() {
    }

    static Optional<HouseholdFacts> inPath(FosteringContext context, WebRequest request) {
        FosteringAccess access = context.access(request.user());
        Long authorityId = request.user().authorityId();
        if (authorityId == null || !access.seesRegister()) {
            return Optional.empty();
        }
        return Ids.path(request, "householdId").flatMap(id -> context.households().facts(authorityId, id));
    }

    /**
     * Why a change to this household's records cannot go ahead: not found (404), or the user is not
     * in a fostering team (403, the household itself is no secret to them); empty when it can.
     */
    static Optional<PageResult> refusal(FosteringContext context, WebRequest request, Optional<HouseholdFacts> found) {
        if (found.isEmpty()) {
            return Optional.of(PageResult.notFound());
        }
        if (!context.access(request.user()).keepsCarerRecords()) {
            return Optional.of(PageResult.forbidden());
        }
        return Optional.empty();
    }

    static HouseholdState state(FosteringContext context, HouseholdFacts facts) {
        FosteringSettings settings = context.settings(facts.household().authorityId());
        return HouseholdState.of(facts, context.clock().today(), settings.reviewGraceDays(),
                settings.reviewDueSoonDays());
    }
}
