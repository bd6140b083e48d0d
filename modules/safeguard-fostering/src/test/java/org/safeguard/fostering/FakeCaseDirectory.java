package org.safeguard.fostering;

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
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.RecordHeader;

/**
 * Case records as fostering's tests need it: cases and households in memory, and case records'
 * access rule in short (same authority; a county-wide team, a team in the case's district, or the
 * case's own worker).
 */
public final class FakeCaseDirectory implements CaseDirectory {

    private final OrganisationDirectory organisation;
    private final Map<Long, ChildCase> cases = new LinkedHashMap<>();
    private final Map<Long, List<FamilyMember>> members = new HashMap<>();

    public FakeCaseDirectory(OrganisationDirectory organisation) {
        this.organisation = organisation;
    }

    public ChildCase addCase(long id, long authorityId, long districtId, long familyId, String childName,
                             LocalDate dateOfBirth, Long teamId, Long leadWorkerId) {
        ChildCase c = new ChildCase(id, authorityId, districtId, familyId, childName.split(" ")[1], 1000 + id, childName,
                dateOfBirth, CaseStage.CHILD_IN_NEED, LocalDate.of(2024, 1, 10), null, teamId, leadWorkerId, null);
        cases.put(id, c);
        return c;
    }

    public void close(long caseId) {
        ChildCase c = cases.get(caseId);
        cases.put(caseId, new ChildCase(c.id(), c.authorityId(), c.districtId(), c.familyId(), c.familyName(), c.childId(),
                c.childName(), c.childDateOfBirth(), CaseStage.CLOSED, c.openedOn(), LocalDate.of(2026, 1, 1), c.teamId(),
                c.leadWorkerId(), c.coWorkerId()));
    }

    public void addMember(long familyId, long personId, String name, boolean child, String description) {
        members.computeIfAbsent(familyId, f -> new ArrayList<>())
                .add(new FamilyMember(personId, name, null, child, description));
    }

    private boolean canSee(CurrentUser user, ChildCase c) {
        if (!Objects.equals(user.authorityId(), c.authorityId())) {
            return false;
        }
        for (Long teamId : user.teamIds()) {
            Optional<Team> team = organisation.team(teamId);
            if (team.isPresent() && (team.get().districtId() == null || team.get().districtId() == c.districtId())) {
                return true;
            }
        }
        return user.userId() != null && user.userId().equals(c.leadWorkerId());
    }

    @Override
    public Optional<ChildCase> visibleCase(CurrentUser user, long caseId) {
        return Optional.ofNullable(cases.get(caseId)).filter(c -> canSee(user, c));
    }

    @Override
    public Optional<FamilySummary> visibleFamily(CurrentUser user, long familyId) {
        return cases.values().stream().filter(c -> c.familyId() == familyId && canSee(user, c)).findFirst()
                .map(c -> new FamilySummary(familyId, c.authorityId(), c.districtId(), c.familyName(), "PE15 8AA"));
    }

    @Override
    public List<FamilyMember> members(long familyId) {
        return List.copyOf(members.getOrDefault(familyId, List.of()));
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
        return caseIds.stream().distinct().map(cases::get).filter(Objects::nonNull).filter(c -> canSee(user, c)).toList();
    }

    @Override
    public RecordHeader caseHeader(CurrentUser user, ChildCase childCase) {
        return new RecordHeader(childCase.familyName() + " family · Case " + childCase.id(), childCase.childName(),
                List.of(), null, List.of(), "Case pages", List.of(
                new RecordHeader.Tab("Summary", "/cases/" + childCase.id(), false),
                new RecordHeader.Tab("Supervised contact", "/fostering/cases/" + childCase.id() + "/contact", false)));
    }

    @Override
    public RecordHeader familyHeader(CurrentUser user, FamilySummary family) {
        return new RecordHeader(null, family.name(), List.of(), null, List.of(), "Family pages", List.of());
    }

    @Override
    public Map<Long, PlanSummary> openPlans(Collection<Long> caseIds) {
        return Map.of();
    }

    @Override
    public Map<Long, LocalDate> lastVisits(Collection<Long> caseIds) {
        return Map.of();
    }

    @Override
    public List<ChildCase> closedTransferredToCare(CurrentUser user, LocalDate since) {
        return List.of(); // only corporate parenting asks; this module never does
    }
}
