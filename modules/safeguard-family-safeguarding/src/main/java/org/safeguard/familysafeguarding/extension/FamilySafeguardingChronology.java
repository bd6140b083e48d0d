package org.safeguard.familysafeguarding.extension;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.api.ChronologyEvent;
import org.safeguard.caserecords.api.ChronologySource;
import org.safeguard.familysafeguarding.FamilySafeguardingModule;
import org.safeguard.familysafeguarding.data.FamilySafeguardingData;
import org.safeguard.familysafeguarding.model.PractitionerAssignment;
import org.safeguard.familysafeguarding.model.ToxicTrioFactor;

/**
 * The child's chronology gets the adult work with their household: each toxic-trio factor
 * identified and ended, each adult practitioner starting and stopping work with a parent. Only what
 * happened while this case was open: a family's earlier or later episodes have their own cases.
 * Case records asks only where this module is enabled for the case's district, and only for a
 * case the reader may already see.
 */
@Component(service = ChronologySource.class)
public class FamilySafeguardingChronology implements ChronologySource {

    static final String SOURCE = "Family Safeguarding";

    @Reference
    private FamilySafeguardingData data;

    public FamilySafeguardingChronology() {
    }

    /** For tests. */
    public FamilySafeguardingChronology(FamilySafeguardingData data) {
        this.data = data;
    }

    @Override
    public String moduleId() {
        return FamilySafeguardingModule.MODULE_ID;
    }

    @Override
    public List<ChronologyEvent> events(ChildCase childCase) {
        List<ChronologyEvent> events = new ArrayList<>();
        for (ToxicTrioFactor f : data.factors().ofFamily(childCase.familyId())) {
            if (during(childCase, f.identifiedOn())) {
                events.add(new ChronologyEvent(f.identifiedOn(), "Adult need identified",
                        f.kind().label() + ": " + f.adultName() + " (identified by " + f.identifiedBy() + ", "
                                + f.source().inSentence() + ")", f.recordedByName(), SOURCE));
            }
            if (!f.open() && during(childCase, f.endedOn())) {
                events.add(new ChronologyEvent(f.endedOn(), "Adult need ended",
                        f.kind().label() + ": " + f.adultName() + " no longer a factor", f.endedByName(), SOURCE));
            }
        }
        for (PractitionerAssignment a : data.assignments().ofFamily(childCase.familyId())) {
            if (during(childCase, a.startedOn())) {
                events.add(new ChronologyEvent(a.startedOn(), "Adult practitioner assigned",
                        a.practitionerName() + ", " + a.workLabel().toLowerCase() + ", started working with "
                                + a.adultName(), a.assignedByName(), SOURCE));
            }
            if (!a.open() && during(childCase, a.endedOn())) {
                events.add(new ChronologyEvent(a.endedOn(), "Adult practitioner ended",
                        a.practitionerName() + " stopped working with " + a.adultName() + ": "
                                + a.endReason().label().toLowerCase(), a.endedByName(), SOURCE));
            }
        }
        return events;
    }

    static boolean during(ChildCase childCase, LocalDate on) {
        return on != null && !on.isBefore(childCase.openedOn())
                && (childCase.closedOn() == null || !on.isAfter(childCase.closedOn()));
    }
}
