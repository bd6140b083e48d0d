package org.safeguard.corporateparenting.integration;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.api.ChronologyEvent;
import org.safeguard.caserecords.api.ChronologySource;
import org.safeguard.corporateparenting.CorporateParentingModule;
import org.safeguard.corporateparenting.care.CareRepository;
import org.safeguard.corporateparenting.care.ChildRecord;
import org.safeguard.corporateparenting.care.EpisodeRecord;
import org.safeguard.corporateparenting.model.CareEpisode;
import org.safeguard.corporateparenting.model.CareReview;
import org.safeguard.corporateparenting.model.IroAlert;
import org.safeguard.corporateparenting.model.LeavingReason;
import org.safeguard.corporateparenting.model.LegalStatusPeriod;
import org.safeguard.corporateparenting.model.Placement;
import org.safeguard.corporateparenting.model.PlacementChangeReason;

/**
 * The child's care in their chronology: coming into care, changes of legal status, placements
 * started and ended, reviews, case alerts and leaving care, from every period of care of the child
 * (case records has checked the reader may see this case, and that the module is on for its district).
 */
@Component(service = ChronologySource.class)
public class CareChronology implements ChronologySource {

    static final String CATEGORY = "Child in care";
    static final String SOURCE = "Corporate parenting";

    @Reference(target = "(safeguard.unit=safeguard-corporate-parenting)")
    private EntityManagerFactory factory;

    private CareRepository repository;

    public CareChronology() {
    }

    /** For tests. */
    public CareChronology(EntityManagerFactory factory) {
        this.factory = factory;
        activate();
    }

    @Activate
    void activate() {
        repository = new CareRepository(factory);
    }

    @Override
    public String moduleId() {
        return CorporateParentingModule.MODULE_ID;
    }

    @Override
    public List<ChronologyEvent> events(ChildCase childCase) {
        ChildRecord child = repository.child(childCase.authorityId(), childCase.childId());
        List<ChronologyEvent> events = new ArrayList<>();
        for (EpisodeRecord r : child.episodes()) {
            CareEpisode e = r.episode();
            List<LegalStatusPeriod> statuses = r.statuses();
            String first = statuses.isEmpty() ? "" : " (" + statuses.get(0).status().label() + ")";
            events.add(new ChronologyEvent(e.startedOn(), CATEGORY, "Came into care" + first
                    + (e.uasc() ? ": unaccompanied asylum-seeking child" : ""), e.recordedByName(), SOURCE));
            for (int i = 1; i < statuses.size(); i++) {
                LegalStatusPeriod s = statuses.get(i);
                events.add(new ChronologyEvent(s.fromDate(), CATEGORY, "Legal status changed to " + s.status().label(),
                        s.recordedByName(), SOURCE));
            }
            for (Placement p : r.placements()) {
                events.add(new ChronologyEvent(p.startedOn(), CATEGORY, "Placement started: " + p.type().label() + ", "
                        + p.provider() + (p.carerName() == null ? "" : " (" + p.carerName() + ")"), p.recordedByName(), SOURCE));
                if (p.endedOn() != null && p.changeReason() != PlacementChangeReason.LEFT_CARE) {
                    events.add(new ChronologyEvent(p.endedOn(), CATEGORY, "Placement ended: "
                            + p.changeReason().label(), null, SOURCE));
                }
            }
            for (CareReview v : r.reviews()) {
                events.add(new ChronologyEvent(v.heldOn(), CATEGORY, "Review of the care plan, chaired by " + v.chairName(),
                        v.recordedByName(), SOURCE));
            }
            for (IroAlert a : r.alerts()) {
                events.add(new ChronologyEvent(a.raisedOn(), CATEGORY, "Case alert raised by the independent reviewing "
                        + "officer: " + a.concern().label(), a.raisedByName(), SOURCE));
                if (a.resolvedOn() != null) {
                    events.add(new ChronologyEvent(a.resolvedOn(), CATEGORY, "Case alert resolved: " + a.concern().label(),
                            a.resolvedByName(), SOURCE));
                }
            }
            if (e.endedOn() != null) {
                LeavingReason reason = e.endReason();
                events.add(new ChronologyEvent(e.endedOn(), CATEGORY, "Left care: " + (reason == null ? "" : reason.label()),
                        null, SOURCE));
            }
        }
        return events;
    }
}
