package org.safeguard.familysafeguarding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.safeguard.caserecords.api.CaseDirectory;
import org.safeguard.caserecords.api.CaseRecordTypes;
import org.safeguard.caserecords.api.CaseStage;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.api.FamilyMember;
import org.safeguard.caserecords.api.FamilySummary;
import org.safeguard.caserecords.api.PlanSummary;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.RecordHeader;

/**
 * Case records as this module sees it, in memory, with case records' access rule: same authority,
 * case records enabled for the district, and a team of the user's serving the district (or the
 * user holding the case).
 */
public final class FakeCases implements CaseDirectory {

    private final OrganisationDirectory organisation;
    private final ModuleEnablement enablement;
    private final Map<Long, FamilySummary> families = new LinkedHashMap<>();
    private final Map<Long, List<FamilyMember>> members = new LinkedHashMap<>();
    private final List<ChildCase> cases = new ArrayList<>();

    public FakeCases(OrganisationDirectory organisation, ModuleEnablement enablement) {
        this.organisation = organisation;
        this.enablement = enablement;
    }

    public FakeCases family(long id, long authorityId, long districtId, String name) {
        families.put(id, new FamilySummary(id, authorityId, districtId, name, "PE15 8AA"));
        members.put(id, new ArrayList<>());
        return this;
    }

    public FakeCases adult(long familyId, long personId, String name, String description) {
        members.get(familyId).add(new FamilyMember(personId, name, LocalDate.of(1990, 5, 1), false, description));
        return this;
    }

    public FakeCases child(long familyId, long personId, String name) {
        members.get(familyId).add(0, new FamilyMember(personId, name, LocalDate.of(2019, 3, 2), true, "Child"));
        return this;
    }

    /** Someone leaves the household: no longer among its members. */
    public FakeCases leaves(long familyId, long personId) {
        members.get(familyId).removeIf(m -> m.personId() == personId);
        return this;
    }

    public FakeCases openCase(long caseId, long familyId, long childId, Long teamId, Long leadWorkerId, LocalDate openedOn) {
        FamilySummary f = families.get(familyId);
        String child = members.get(familyId).stream().filter(m -> m.personId() == childId).findFirst()
                .map(FamilyMember::name).orElse("Child " + childId);
        cases.add(new ChildCase(caseId, f.authorityId(), f.districtId(), familyId, f.name(), childId, child,
                LocalDate.of(2019, 3, 2), CaseStage.CHILD_PROTECTION, openedOn, null, teamId, leadWorkerId, null));
        return this;
    }

    @Override
    public Optional<ChildCase> visibleCase(CurrentUser user, long caseId) {
        return cases.stream().filter(c -> c.id() == caseId).findFirst()
                .filter(c -> canSee(user, c.authorityId(), c.districtId())
                        || Objects.equals(user.userId(), c.leadWorkerId()));
    }

    @Override
    public Optional<FamilySummary> visibleFamily(CurrentUser user, long familyId) {
        return Optional.ofNullable(families.get(familyId))
                .filter(f -> canSee(user, f.authorityId(), f.districtId())
                        || casesOfFamily(familyId).stream().anyMatch(c -> visibleCase(user, c.id()).isPresent()));
    }

    private boolean canSee(CurrentUser user, long authorityId, long districtId) {
        if (user.authorityId() == null || user.authorityId() != authorityId
                || !enablement.isEnabled(CaseRecordTypes.MODULE_ID, authorityId, districtId)) {
            return false;
        }
        return user.teamIds().stream().map(organisation::team).flatMap(Optional::stream)
                .filter(t -> t.authorityId() == authorityId)
                .anyMatch(t -> t.districtId() == null || t.districtId() == districtId);
    }

    @Override
    public List<FamilyMember> members(long familyId) {
        return List.copyOf(members.getOrDefault(familyId, List.of()));
    }

    @Override
    public List<ChildCase> casesOfFamily(long familyId) {
        return cases.stream().filter(c -> c.familyId() == familyId).toList();
    }

    @Override
    public List<ChildCase> openCasesOfTeam(long teamId) {
        return cases.stream().filter(c -> c.open() && Objects.equals(c.teamId(), teamId)).toList();
    }

    @Override
    public List<FamilySummary> openFamiliesOfTeam(long teamId) {
        return openCasesOfTeam(teamId).stream().map(c -> families.get(c.familyId())).distinct()
                .sorted(Comparator.comparing(FamilySummary::name)).toList();
    }

    @Override
    public List<ChildCase> visibleCases(CurrentUser user, Collection<Long> caseIds) {
        return caseIds.stream().map(id -> visibleCase(user, id)).flatMap(Optional::stream).toList();
    }

    @Override
    public RecordHeader caseHeader(CurrentUser user, ChildCase childCase) {
        return new RecordHeader(childCase.familyName() + " family", childCase.childName(), List.of(), null, List.of(),
                "Case pages", List.of(new RecordHeader.Tab("Summary", "/cases/" + childCase.id(), false),
                new RecordHeader.Tab("Work with parents", "/family-safeguarding/cases/" + childCase.id(), false)));
    }

    @Override
    public RecordHeader familyHeader(CurrentUser user, FamilySummary family) {
        return new RecordHeader("Family record " + family.id(), family.name() + " family", List.of(), null, List.of(),
                "Family pages", List.of(new RecordHeader.Tab("Family", "/cases/families/" + family.id(), false),
                new RecordHeader.Tab("Work with parents", "/family-safeguarding/families/" + family.id(), false)));
    }

    @Override
    public Map<Long, PlanSummary> openPlans(Collection<Long> caseIds) {
        return Map.of();
    }

    @Override
    public Map<Long, LocalDate> lastVisits(Collection<Long> caseIds) {
        return Map.of();
    }

    public Optional<Team> team(long id) {
        return organisation.team(id);
    }

    @Override
    public List<ChildCase> closedTransferredToCare(CurrentUser user, LocalDate since) {
        return List.of(); // only corporate parenting asks; this module never does
    }
}
