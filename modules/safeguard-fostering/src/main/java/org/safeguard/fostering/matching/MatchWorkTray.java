package org.safeguard.fostering.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.api.WorkTrayItem;
import org.safeguard.caserecords.api.WorkTraySource;
import org.safeguard.fostering.FosteringContext;
import org.safeguard.fostering.FosteringModule;
import org.safeguard.fostering.data.MatchRecord;

/**
 * Work tray items for the teams holding children's cases: a child matched with foster carers whose
 * move is still to happen, due on the proposed start date, owned by the child's social worker.
 * Carers' annual reviews are not here: a work tray lists tasks on cases, and a carer household is
 * no case; the fostering register lists them instead ("Annual review due soon or overdue").
 */
@Component(service = WorkTraySource.class)
public class MatchWorkTray implements WorkTraySource {

    @Reference
    private FosteringContext context;

    public MatchWorkTray() {
    }

    /** For tests. */
    public MatchWorkTray(FosteringContext context) {
        this.context = context;
    }

    @Override
    public String moduleId() {
        return FosteringModule.MODULE_ID;
    }

    @Override
    public List<WorkTrayItem> items(Set<Long> teamIds, LocalDate dueBy) {
        Map<Long, ChildCase> cases = new HashMap<>();
        for (Long teamId : teamIds) {
            context.cases().openCasesOfTeam(teamId).forEach(c -> cases.put(c.id(), c));
        }
        if (cases.isEmpty()) {
            return List.of();
        }
        List<WorkTrayItem> items = new ArrayList<>();
        for (MatchRecord match : context.matches().pendingForCases(cases.keySet())) {
            if (match.match().proposedStart().isAfter(dueBy)) {
                continue;
            }
            for (Long caseId : match.caseIds()) {
                ChildCase child = cases.get(caseId);
                if (child == null) {
                    continue;
                }
                String owner = child.leadWorkerId() == null ? null
                        : context.organisation().staffMember(child.leadWorkerId()).map(s -> s.displayName()).orElse(null);
                items.add(new WorkTrayItem("Foster placement",
                        "Matched with foster carers: arrange the move" + (match.caseIds().size() > 1
                                ? " (brothers and sisters together)" : ""),
                        child.id(), child.childName(), match.match().proposedStart(), child.leadWorkerId(), owner,
                        "/fostering/matching/" + child.id()));
            }
        }
        return items;
    }
}
