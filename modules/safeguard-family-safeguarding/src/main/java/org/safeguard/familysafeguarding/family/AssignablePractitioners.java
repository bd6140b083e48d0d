package org.safeguard.familysafeguarding.family;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.safeguard.familysafeguarding.access.FamilyAccess;
import org.safeguard.familysafeguarding.family.AssignmentForm.PractitionerOption;
import org.safeguard.familysafeguarding.model.Discipline;
import org.safeguard.platform.api.organisation.StaffMember;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.security.CurrentUser;

/**
 * Whom a user may assign to a family's parents: the active adult practitioners of the user's own
 * teams that hold an open case of the family. A manager assigns within the team that holds the
 * family, never another team's practitioners and never for another team's family.
 */
public final class AssignablePractitioners {

    private final FamilyAccess access;

    public AssignablePractitioners(FamilyAccess access) {
        this.access = access;
    }

    /** The user's teams that hold the family now: empty means the user may not assign for it. */
    public List<Team> teams(CurrentUser user, long familyId) {
        Set<Long> holding = access.teamsHolding(familyId);
        return access.usersTeams(user).stream().filter(team -> holding.contains(team.id())).toList();
    }

    /** By discipline, then name; someone in two of those teams is offered once. */
    public List<PractitionerOption> options(CurrentUser user, long familyId) {
        Map<String, PractitionerOption> options = new LinkedHashMap<>();
        for (Team team : teams(user, familyId)) {
            for (StaffMember member : access.organisation().teamMembers(team.id())) {
                if (!member.active()) {
                    continue;
                }
                for (StaffMember.TeamRole role : member.teamRoles()) {
                    if (role.teamId() != team.id()) {
                        continue;
                    }
                    Discipline.ofRole(role.role()).ifPresent(discipline -> {
                        PractitionerOption option = new PractitionerOption(team.id(), team.name(), member.id(),
                                member.displayName(), discipline);
                        options.putIfAbsent(option.value(), option);
                    });
                }
            }
        }
        List<PractitionerOption> sorted = new ArrayList<>(options.values());
        sorted.sort(Comparator.comparing(PractitionerOption::discipline).thenComparing(PractitionerOption::name)
                .thenComparingLong(PractitionerOption::userId));
        return sorted;
    }
}
