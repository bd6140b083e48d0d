package org.safeguard.corporateparenting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.safeguard.caserecords.api.CaseDirectory;
import org.safeguard.caserecords.api.CaseStage;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.api.FamilyMember;
import org.safeguard.caserecords.api.FamilySummary;
import org.safeguard.caserecords.api.PlanSummary;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.RecordHeader;
import org.safeguard.platform.testing.FakeOrganisation;

/**
 * Case records as this module sees it, in memory, with case records' access rule: same authority,
 * and the case's district served by one of the user's teams, or a county-wide team, or the user
 * holding the case. Case records' own enablement is taken as on everywhere.
 */
public final class FakeCaseDirectory implements CaseDirectory {

    private final FakeOrganisation organisation;
    private final Map<Long, ChildCase> cases = new LinkedHashMap<>();
    private final Map<Long, LocalDate> visits = new HashMap<>();
    private final java.util.Set<Long> alone = new java.util.HashSet<>();

    public FakeCaseDirectory(FakeOrganisation organisation) {
        this.organisation = organisation;
    }

    public FakeCaseDirectory add(ChildCase c) {
        cases.put(c.id(), c);
        return this;
    }

    public FakeCaseDirectory visit(long caseId, LocalDate on) {
        visits.put(caseId, on);
        return this;
    }

    /** The family is a young person on their own: no adult lives with them. */
    public FakeCaseDirectory alone(long familyId) {
        alone.add(familyId);
        return this;
    }

    public static ChildCase open(long id, long authorityId, long districtId, long childId, String name, LocalDate born,
                                 LocalDate opened, Long teamId, Long workerId) {
        return new ChildCase(id, authorityId, districtId, 900 + id, "Family " + id, childId, name, born,
                CaseStage.CHILD_PROTECTION, opened, null, teamId, workerId, null);
    }

    public static ChildCase closed(ChildCase c, LocalDate on) {
        return new ChildCase(c.id(), c.authorityId(), c.districtId(), c.familyId(), c.familyName(), c.childId(), c.childName(),
                c.childDateOfBirth(), CaseStage.CLOSED, c.openedOn(), on, c.teamId(), c.leadWorkerId(), c.coWorkerId());
    }

    private boolean canSee(CurrentUser user, ChildCase c) {
        if (user.authorityId() == null || user.authorityId() != c.authorityId()) {
            return false;
        }
        for (Long teamId : user.teamIds()) {
            Optional<Team> team = organisation.team(teamId);
            if (team.isPresent() && (team.get().districtId() == null || team.get().districtId() == c.districtId())) {
                return true;
            }
        }
        return Objects.equals(user.userId(), c.leadWorkerId());
    }

    @Override
    public Optional<ChildCase> visibleCase(CurrentUser user, long caseId) {
        return Optional.ofNullable(cases.get(caseId)).filter(c -> canSee(user, c));
    }

    @Override
    public Optional<FamilySummary> visibleFamily(CurrentUser user, long familyId) {
        return Optional.empty();
    }

    @Override
    public List<FamilyMember> members(long familyId) {
        return alone.contains(familyId) ? List.of()
                : List.of(new FamilyMember(familyId * 10, "A parent", LocalDate.of(1985, 1, 1), false, "Parent"));
    }

    @Override
    public List<ChildCase> casesOfFamily(long familyId) {
        return cases.values().stream().filter(c -> c.familyId() == familyId).toList();
    }

    @Override
    public List<ChildCase> openCasesOfTeam(long teamId) {
        return cases.values().stream().filter(c -> c.open() && Objects.equals(c.teamId(), teamId)).toList();
    }

    @Override
    public List<FamilySummary> openFamiliesOfTeam(long teamId) {
        return List.of();
    }

    @Override
    public List<ChildCase> visibleCases(CurrentUser user, Collection<Long> caseIds) {
        List<ChildCase> visible = new ArrayList<>();
        for (Long id : caseIds.stream().distinct().toList()) {
            visibleCase(user, id).ifPresent(visible::add);
        }
        return visible;
    }

    @Override
    public RecordHeader caseHeader(CurrentUser user, ChildCase c) {
        return new RecordHeader(c.familyName() + " family · Case " + c.id(), c.childName(), List.of("Born " + c.childDateOfBirth()),
                new RecordHeader.Status(c.stage().label(), c.open()), List.of(), "Case pages",
                List.of(new RecordHeader.Tab("Summary", "/cases/" + c.id(), false),
                        new RecordHeader.Tab("Child in care", "/children-in-care/cases/" + c.id(), false)));
    }

    @Override
    public RecordHeader familyHeader(CurrentUser user, FamilySummary family) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Map<Long, PlanSummary> openPlans(Collection<Long> caseIds) {
        return Map.of();
    }

    /** Closed cases count as transferred to care here: the fake keeps no closure reasons. */
    @Override
    public List<ChildCase> closedTransferredToCare(CurrentUser user, LocalDate since) {
        return cases.values().stream().filter(c -> !c.open() && !c.closedOn().isBefore(since) && canSee(user, c))
                .sorted(java.util.Comparator.comparing(ChildCase::closedOn).reversed()).toList();
    }

    @Override
    public Map<Long, LocalDate> lastVisits(Collection<Long> caseIds) {
        Map<Long, LocalDate> found = new HashMap<>();
        for (Long id : caseIds) {
            if (visits.containsKey(id)) {
                found.put(id, visits.get(id));
            }
        }
        return found;
    }
}
