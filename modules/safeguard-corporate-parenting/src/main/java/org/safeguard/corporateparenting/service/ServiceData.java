package org.safeguard.corporateparenting.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.safeguard.caserecords.api.CaseDirectory;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.corporateparenting.CorporateParentingModule;
import org.safeguard.corporateparenting.care.CareRepository;
import org.safeguard.corporateparenting.care.EpisodeRecord;
import org.safeguard.corporateparenting.model.CareEpisode;
import org.safeguard.corporateparenting.rules.PlacementStability;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.organisation.StaffMember;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.security.CurrentUser;

/**
 * An authority's children in care as the service lists see them, loaded once per page: the
 * periods of care the user may see (case records' rule, module enabled for the case's district),
 * their cases, last visits, placements in the stability window, and names of teams and staff.
 */
public final class ServiceData {

    /** One child in care the user may see. */
    public record Child(EpisodeRecord record, ChildCase childCase, LocalDate lastVisit, List<PlacementStability.Stay> stays) {}

    private final List<Child> children;
    private final Map<Long, String> teamNames;
    private final Map<Long, String> staffNames;
    private final int allInCare;

    private ServiceData(List<Child> children, Map<Long, String> teamNames, Map<Long, String> staffNames, int allInCare) {
        this.children = children;
        this.teamNames = teamNames;
        this.staffNames = staffNames;
        this.allInCare = allInCare;
    }

    public static ServiceData load(CurrentUser user, LocalDate today, CareRepository repository, CaseDirectory directory,
                                   ModuleEnablement enablement, OrganisationDirectory organisation) {
        long authorityId = user.authorityId();
        List<EpisodeRecord> inCare = repository.inCare(authorityId);
        Map<Long, ChildCase> visible = visibleCases(user, inCare.stream().map(r -> r.episode().caseId()).toList(),
                directory, enablement);
        List<EpisodeRecord> shown = inCare.stream().filter(r -> visible.containsKey(r.episode().caseId())).toList();
        Map<Long, LocalDate> visits = directory.lastVisits(shown.stream().map(r -> r.episode().caseId()).toList());
        Map<Long, List<PlacementStability.Stay>> stays = staysByChild(repository, authorityId, today);
        List<Child> children = new ArrayList<>();
        for (EpisodeRecord r : shown) {
            CareEpisode e = r.episode();
            children.add(new Child(r, visible.get(e.caseId()), visits.get(e.caseId()),
                    stays.getOrDefault(e.childId(), r.stays())));
        }
        Map<Long, String> teams = organisation.teams(authorityId).stream().collect(Collectors.toMap(Team::id, Team::name));
        Map<Long, String> staff = organisation.staff(authorityId).stream()
                .collect(Collectors.toMap(StaffMember::id, StaffMember::displayName, (a, b) -> a));
        return new ServiceData(children, teams, staff, inCare.size());
    }

    /** Every placement of the authority's children with a night in the last twelve months, by child. */
    static Map<Long, List<PlacementStability.Stay>> staysByChild(CareRepository repository, long authorityId, LocalDate today) {
        Map<Long, List<PlacementStability.Stay>> stays = new HashMap<>();
        for (CareRepository.PlacementRow row : repository.placementsSince(authorityId, PlacementStability.windowStart(today).minusDays(1))) {
            stays.computeIfAbsent(row.episode().childId(), k -> new ArrayList<>()).add(new PlacementStability.Stay(
                    row.placement().startedOn(), row.placement().endedOn(), row.placement().changeReason()));
        }
        return stays;
    }

    /** The cases among these the user may see, where this module is enabled for the case's district, by id. */
    public static Map<Long, ChildCase> visibleCases(CurrentUser user, Collection<Long> caseIds, CaseDirectory directory,
                                                    ModuleEnablement enablement) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        return directory.visibleCases(user, caseIds).stream()
                .filter(c -> enablement.isEnabled(CorporateParentingModule.MODULE_ID, c.authorityId(), c.districtId()))
                .collect(Collectors.toMap(ChildCase::id, Function.identity(), (a, b) -> a));
    }

    public List<Child> children() {
        return children;
    }

    /** All the authority's children in care, seen by this user or not: the service's own figure. */
    public int allInCare() {
        return allInCare;
    }

    /** The team holding the child: this module's, else the case's. */
    public Long holderTeam(Child child) {
        CareEpisode e = child.record().episode();
        return e.holderTeamId() != null ? e.holderTeamId() : child.childCase().teamId();
    }

    public String holder(Child child) {
        CareEpisode e = child.record().episode();
        Long team = holderTeam(child);
        Long worker = e.holderTeamId() != null ? e.holderWorkerId() : child.childCase().leadWorkerId();
        String teamName = team == null ? "Not allocated" : teamNames.getOrDefault(team, "Team " + team);
        return worker == null ? teamName + ": no worker yet" : teamName + ": " + staffNames.getOrDefault(worker, "Worker " + worker);
    }

    public String staffName(Long id) {
        return id == null ? "" : staffNames.getOrDefault(id, "");
    }
}
