package org.safeguard.corporateparenting.placements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.safeguard.fostering.api.CarerHousehold;
import org.safeguard.fostering.api.FosterCarers;
import org.safeguard.platform.api.security.CurrentUser;

/**
 * The link with the fostering module, which may be absent, installed later or uninstalled at any
 * moment: every call reads the current service once and treats "absent" as "no carers to offer".
 */
public final class FosteringLink {

    private final Supplier<FosterCarers> service;

    public FosteringLink(Supplier<FosterCarers> service) {
        this.service = service;
    }

    public boolean present() {
        return service.get() != null;
    }

    /** Households that fit the child on the day, the one fostering matched with this child first. */
    public List<CarerHousehold> offered(CurrentUser user, long caseId, LocalDate dateOfBirth, LocalDate on) {
        FosterCarers carers = service.get();
        if (carers == null) {
            return List.of();
        }
        List<CarerHousehold> offered = new ArrayList<>();
        Optional<CarerHousehold> match = carers.currentMatch(user, caseId);
        match.ifPresent(offered::add);
        for (CarerHousehold h : carers.candidates(user, List.of(dateOfBirth), on)) {
            if (offered.stream().noneMatch(o -> o.id() == h.id())) {
                offered.add(h);
            }
        }
        return offered;
    }

    public Optional<CarerHousehold> currentMatch(CurrentUser user, long caseId) {
        FosterCarers carers = service.get();
        return carers == null ? Optional.empty() : carers.currentMatch(user, caseId);
    }

    /** Tells fostering the child now lives with the household; its refusal (full, not approved) propagates. */
    public void started(CurrentUser user, long householdId, long caseId, LocalDate from) {
        FosterCarers carers = service.get();
        if (carers == null) {
            throw new IllegalStateException("fostering is not installed");
        }
        carers.placementStarted(user, householdId, caseId, from);
    }

    /** Tells fostering the child left the household, when fostering is there to be told. */
    public void ended(CurrentUser user, Long householdId, long caseId, LocalDate on) {
        FosterCarers carers = service.get();
        if (carers != null && householdId != null) {
            carers.placementEnded(user, householdId, caseId, on);
        }
    }
}
