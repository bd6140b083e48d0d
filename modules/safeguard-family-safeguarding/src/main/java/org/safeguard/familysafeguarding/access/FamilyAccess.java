package org.safeguard.familysafeguarding.access;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.api.CaseDirectory;
import org.safeguard.caserecords.api.CaseRecordTypes;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.api.FamilySummary;
import org.safeguard.familysafeguarding.FamilySafeguardingModule;
import org.safeguard.familysafeguarding.data.FamilySafeguardingData;
import org.safeguard.familysafeguarding.model.PractitionerAssignment;
import org.safeguard.familysafeguarding.model.PractitionerScope;
import org.safeguard.familysafeguarding.rules.PractitionerView;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.security.CurrentUser;

/**
 * Who may see a family's adult work, in one place. A family is visible when case records lets the
 * user see it ({@link CaseDirectory#visibleFamily}: authority, district, team), this module is
 * enabled for the family's own district (the web host has only checked the district the user
 * works in today), and the authority's rule for adult practitioners allows it
 * ({@link PractitionerView}). Anything else is "not found", so a family's existence never leaks.
 */
@Component(service = FamilyAccess.class)
public class FamilyAccess {

    @Reference
    private CaseDirectory cases;

    @Reference
    private ModuleEnablement enablement;

    @Reference
    private OrganisationDirectory organisation;

    @Reference
    private FamilySafeguardingData data;

    public FamilyAccess() {
    }

    /** For tests. */
    public FamilyAccess(CaseDirectory cases, ModuleEnablement enablement, OrganisationDirectory organisation,
                        FamilySafeguardingData data) {
        this.cases = cases;
        this.enablement = enablement;
        this.organisation = organisation;
        this.data = data;
    }

    public Optional<FamilySummary> family(CurrentUser user, long familyId) {
        return cases.visibleFamily(user, familyId)
                .filter(f -> enabledFor(f.authorityId(), f.districtId()))
                .filter(f -> practitionerMaySee(user, f));
    }

    /** A child's case, for the tab on the case page: the same rule, applied to the child's family. */
    public Optional<ChildCase> childCase(CurrentUser user, long caseId) {
        return cases.visibleCase(user, caseId)
                .filter(c -> enabledFor(c.authorityId(), c.districtId()))
                // case records shows a family to anyone who may see one of its cases
                .filter(c -> cases.visibleFamily(user, c.familyId()).filter(f -> practitionerMaySee(user, f))
                        .isPresent());
    }

    /**
     * For list pages of one of the user's teams (whose families all sit in districts the user's team
     * serves): which of those families this user may see.
     */
    public Predicate<Long> teamFamilies(CurrentUser user, long authorityId) {
        if (!PractitionerView.practitionerOnly(user.roles())) {
            return id -> true;
        }
        if (scope(authorityId) == PractitionerScope.TEAM) {
            return id -> true;
        }
        Set<Long> assigned = new HashSet<>();
        for (PractitionerAssignment a : data.assignments().openOf(user.userId())) {
            assigned.add(a.familyId());
        }
        return assigned::contains;
    }

    /** The user's own teams, in their authority, where this module and case records are enabled; by name. */
    public List<Team> usersTeams(CurrentUser user) {
        return user.teamIds().stream()
                .map(organisation::team)
                .flatMap(Optional::stream)
                .filter(team -> Objects.equals(team.authorityId(), user.authorityId()))
                .filter(team -> enabledFor(team.authorityId(), team.districtId()))
                .sorted(Comparator.comparing(Team::name).thenComparingLong(Team::id))
                .toList();
    }

    /** One of the user's own teams, or empty (the page answers 404: another team does not exist for them). */
    public Optional<Team> usersTeam(CurrentUser user, long teamId) {
        return usersTeams(user).stream().filter(team -> team.id() == teamId).findFirst();
    }

    /** Teams holding an open case of this family now. */
    public Set<Long> teamsHolding(long familyId) {
        Set<Long> teams = new HashSet<>();
        for (ChildCase c : cases.casesOfFamily(familyId)) {
            if (c.open() && c.teamId() != null) {
                teams.add(c.teamId());
            }
        }
        return teams;
    }

    public boolean enabledFor(long authorityId, Long districtId) {
        return enablement.isEnabled(FamilySafeguardingModule.MODULE_ID, authorityId, districtId)
                && enablement.isEnabled(CaseRecordTypes.MODULE_ID, authorityId, districtId);
    }

    public PractitionerScope scope(long authorityId) {
        return data.settings().forAuthority(authorityId).scope();
    }

    private boolean practitionerMaySee(CurrentUser user, FamilySummary family) {
        if (!PractitionerView.practitionerOnly(user.roles())) {
            return true;
        }
        boolean assigned = user.userId() != null && data.assignments().hasOpen(user.userId(), family.id());
        boolean teamHolds = !assigned && teamsHolding(family.id()).stream().anyMatch(user.teamIds()::contains);
        return PractitionerView.maySee(user.roles(), scope(family.authorityId()), assigned, teamHolds);
    }

    public CaseDirectory cases() {
        return cases;
    }

    public OrganisationDirectory organisation() {
        return organisation;
    }

    public ModuleEnablement enablement() {
        return enablement;
    }
}
