package org.safeguard.reflection.caserecords;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.api.ChronologyEvent;
import org.safeguard.caserecords.api.ChronologySource;
import org.safeguard.reflection.ReflectionSessionsModule;
import org.safeguard.reflection.data.DiscussionRepository;
import org.safeguard.reflection.model.DiscussionAction;
import org.safeguard.reflection.service.ReflectionServices;

/**
 * Each reflection session discussion of the child's family while the child's case was open, in
 * the child's chronology with its risk rating: the chronology shows the team reviewing the risk,
 * and how often. The discussion's words stay on the family's tab, where reading them is audited.
 */
@Component(service = ChronologySource.class)
public class ReflectionChronology implements ChronologySource {

    static final String CATEGORY = "Reflection session";

    @Reference
    private ReflectionServices services;

    public ReflectionChronology() {
    }

    /** For tests. */
    public ReflectionChronology(ReflectionServices services) {
        this.services = services;
    }

    @Override
    public String moduleId() {
        return ReflectionSessionsModule.MODULE_ID;
    }

    @Override
    public List<ChronologyEvent> events(ChildCase childCase) {
        List<DiscussionRepository.Held> held = services.discussions().between(childCase.authorityId(),
                childCase.familyId(), childCase.openedOn(), childCase.closedOn());
        Map<Long, List<DiscussionAction>> actions = services.actions().ofDiscussions(
                held.stream().map(h -> h.discussion().id()).toList());
        List<ChronologyEvent> events = new ArrayList<>();
        for (DiscussionRepository.Held h : held) {
            int agreed = actions.getOrDefault(h.discussion().id(), List.of()).size();
            events.add(new ChronologyEvent(h.discussion().discussedOn(), CATEGORY,
                    "Discussed at reflection session (" + h.session().teamName() + "): risk rating "
                            + h.discussion().riskRating().label()
                            + (agreed == 0 ? "" : agreed == 1 ? "; 1 action agreed" : "; " + agreed + " actions agreed"),
                    h.session().facilitatorName(), "Reflection sessions"));
        }
        return events;
    }
}
