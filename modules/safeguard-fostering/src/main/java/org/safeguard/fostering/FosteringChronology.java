package org.safeguard.fostering;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.api.ChronologyEvent;
import org.safeguard.caserecords.api.ChronologySource;
import org.safeguard.fostering.data.Dates;
import org.safeguard.fostering.data.MatchRecord;
import org.safeguard.fostering.model.ContactAttendee;
import org.safeguard.fostering.model.ContactSession;
import org.safeguard.fostering.model.FosterPlacement;
import org.safeguard.fostering.model.Household;
import org.safeguard.fostering.model.MatchOutcome;

/**
 * Fostering's lines in a child's chronology: supervised contact that took place (or did not),
 * matches with carers and those that fell through, and moves in and out of carers' homes recorded
 * on fostering's pages (placements recorded by corporate parenting are in its own lines, not
 * repeated here). Case records has checked who may read the chronology and audits that read.
 */
@Component(service = ChronologySource.class)
public class FosteringChronology implements ChronologySource {

    static final String SOURCE = "Fostering";

    @Reference
    private FosteringContext context;

    public FosteringChronology() {
    }

    /** For tests. */
    public FosteringChronology(FosteringContext context) {
        this.context = context;
    }

    @Override
    public String moduleId() {
        return FosteringModule.MODULE_ID;
    }

    @Override
    public List<ChronologyEvent> events(ChildCase childCase) {
        List<ChronologyEvent> events = new ArrayList<>();
        List<ContactSession> sessions = context.contact().allOfCase(childCase.id()).stream()
                .filter(s -> s.attendance().recorded()).toList();
        Map<Long, List<ContactAttendee>> present = context.contact()
                .attendees(sessions.stream().map(ContactSession::id).toList());
        for (ContactSession session : sessions) {
            List<ContactAttendee> who = present.getOrDefault(session.id(), List.of());
            events.add(new ChronologyEvent(session.startsAt().toLocalDate(), "Supervised contact",
                    "Supervised contact at " + session.venue() + ": " + session.attendance().label().toLowerCase()
                            + (who.isEmpty() ? "" : "; with " + who.stream().map(ContactAttendee::name)
                            .collect(Collectors.joining(", "))),
                    session.supervisorName(), SOURCE));
        }
        List<MatchRecord> matches = context.matches().forCase(childCase.id());
        List<FosterPlacement> placements = context.households().placementsOfCase(childCase.id()).stream()
                .filter(p -> p.source() == FosterPlacement.Source.FOSTERING).toList();
        Set<Long> householdIds = new HashSet<>();
        matches.forEach(m -> householdIds.add(m.match().householdId()));
        placements.forEach(p -> householdIds.add(p.householdId()));
        Map<Long, Household> households = context.households().householdsById(householdIds);
        for (MatchRecord record : matches) {
            String carers = name(households, record.match().householdId());
            events.add(new ChronologyEvent(record.match().matchedAt().toLocalDate(), "Foster carer match",
                    "Matched with foster carers " + carers + " for a " + record.match().need().label().toLowerCase()
                            + " placement from " + Dates.shown(record.match().proposedStart()),
                    record.match().matchedByName(), SOURCE));
            if (record.match().outcome() == MatchOutcome.FELL_THROUGH) {
                events.add(new ChronologyEvent(record.match().outcomeOn(), "Foster carer match",
                        "The match with foster carers " + carers + " fell through", null, SOURCE));
            }
        }
        for (FosterPlacement placement : placements) {
            String carers = name(households, placement.householdId());
            events.add(new ChronologyEvent(placement.startedOn(), "Placement",
                    "Came to live with foster carers " + carers, null, SOURCE));
            if (placement.endedOn() != null) {
                events.add(new ChronologyEvent(placement.endedOn(), "Placement", "Left foster carers " + carers, null,
                        SOURCE));
            }
        }
        return events;
    }

    private static String name(Map<Long, Household> households, long id) {
        Household household = households.get(id);
        return household == null ? "(household " + id + ")" : household.name();
    }
}
