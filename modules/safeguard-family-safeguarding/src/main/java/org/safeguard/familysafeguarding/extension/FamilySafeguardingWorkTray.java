package org.safeguard.familysafeguarding.extension;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.api.CaseDirectory;
import org.safeguard.caserecords.api.FamilySummary;
import org.safeguard.caserecords.api.WorkTrayItem;
import org.safeguard.caserecords.api.WorkTraySource;
import org.safeguard.caserecords.api.WorkingDays;
import org.safeguard.familysafeguarding.FamilySafeguardingModule;
import org.safeguard.familysafeguarding.data.FamilySafeguardingData;
import org.safeguard.familysafeguarding.model.ParentGoal;
import org.safeguard.familysafeguarding.model.PractitionerAssignment;
import org.safeguard.familysafeguarding.rules.WaitingFamilies;
import org.safeguard.familysafeguarding.web.Text;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.time.CouncilClock;

/**
 * The module's items in the work trays:
 * <ul>
 * <li>families waiting for an adult practitioner, due the authority's number of working days after
 * they began to wait, with no owner: they are the team manager's to act on (the team tray);</li>
 * <li>goal reviews, due on their review date, owned by the practitioner doing the work (their own
 * tray, and the team's).</li>
 * </ul>
 * Case records asks only for the teams where this module is enabled. The line names the family,
 * not a child: the work is with the parents.
 */
@Component(service = WorkTraySource.class)
public class FamilySafeguardingWorkTray implements WorkTraySource {

    @Reference
    private FamilySafeguardingData data;

    @Reference
    private CaseDirectory cases;

    @Reference
    private WorkingDays workingDays;

    @Reference
    private OrganisationDirectory organisation;

    private CouncilClock clock = CouncilClock.system();

    public FamilySafeguardingWorkTray() {
    }

    /** For tests. */
    public FamilySafeguardingWorkTray(FamilySafeguardingData data, CaseDirectory cases, WorkingDays workingDays,
                                      OrganisationDirectory organisation, CouncilClock clock) {
        this.data = data;
        this.cases = cases;
        this.workingDays = workingDays;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Override
    public String moduleId() {
        return FamilySafeguardingModule.MODULE_ID;
    }

    @Override
    public List<WorkTrayItem> items(Set<Long> teamIds, LocalDate dueBy) {
        List<WorkTrayItem> items = new ArrayList<>();
        LocalDate today = clock.today();
        for (long teamId : teamIds) {
            items.addAll(waitingFamilies(teamId, dueBy, today));
        }
        items.addAll(goalReviews(teamIds, dueBy));
        return items;
    }

    private List<WorkTrayItem> waitingFamilies(long teamId, LocalDate dueBy, LocalDate today) {
        Map<Long, FamilySummary> families = cases.openFamiliesOfTeam(teamId).stream()
                .collect(Collectors.toMap(FamilySummary::id, Function.identity(), (a, b) -> a));
        if (families.isEmpty()) {
            return List.of();
        }
        Long authorityId = organisation.team(teamId).map(t -> t.authorityId()).orElse(null);
        if (authorityId == null) {
            return List.of();
        }
        int within = data.settings().forAuthority(authorityId).assignWithinWorkingDays();
        List<WorkTrayItem> items = new ArrayList<>();
        for (WaitingFamilies.Waiting w : WaitingFamilies.of(data.factors().openOfFamilies(families.keySet()),
                data.assignments().ofFamilies(families.keySet()), today)) {
            LocalDate due = workingDays.plusWorkingDays(w.since(), within);
            if (due.isAfter(dueBy)) {
                continue;
            }
            FamilySummary family = families.get(w.familyId());
            items.add(new WorkTrayItem("Adult practitioner", "Assign a " + w.discipline().practitioner().toLowerCase()
                    + ": waiting since " + Text.date(w.since()) + " (" + w.kindsText() + ")", null,
                    family.name() + " family", due, null, null,
                    "/family-safeguarding/families/" + family.id() + "/assignments/new"));
        }
        return items;
    }

    private List<WorkTrayItem> goalReviews(Set<Long> teamIds, LocalDate dueBy) {
        List<PractitionerAssignment> open = data.assignments().openOfTeams(teamIds);
        if (open.isEmpty()) {
            return List.of();
        }
        Map<Long, PractitionerAssignment> byId = open.stream()
                .collect(Collectors.toMap(PractitionerAssignment::id, Function.identity()));
        Map<Long, String> familyNames = new HashMap<>();
        for (long teamId : teamIds) {
            cases.openFamiliesOfTeam(teamId).forEach(f -> familyNames.put(f.id(), f.name()));
        }
        List<WorkTrayItem> items = new ArrayList<>();
        for (ParentGoal goal : data.goals().reviewsDue(byId.keySet(), dueBy)) {
            PractitionerAssignment a = byId.get(goal.assignmentId());
            // a family whose children's cases have all closed still has its name on them
            String family = familyNames.computeIfAbsent(goal.familyId(), id -> cases.casesOfFamily(id).stream()
                    .findFirst().map(c -> c.familyName()).orElse("Unnamed"));
            items.add(new WorkTrayItem("Goal review", "Review " + a.adultName() + "'s goal with "
                    + a.discipline().practitioner().toLowerCase() + " " + a.practitionerName(), null,
                    family + " family", goal.nextReviewOn(), a.practitionerUserId(), a.practitionerName(),
                    "/family-safeguarding/families/" + goal.familyId() + "/goals/" + goal.id()));
        }
        return items;
    }
}
