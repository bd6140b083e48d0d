package org.safeguard.reflection.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
 * Case records as this module sees it, in memory: families, their children's cases and plans. The
 * access rule is case records' in short: same authority, and the family's district served by one of
 * the user's teams (or a county-wide team), or a case the user holds.
 */
public final class FakeCases implements CaseDirectory {

    private final OrganisationDirectory organisation;
    private final Map<Long, FamilySummary> families = new LinkedHashMap<>();
    private final Map<Long, ChildCase> cases = new LinkedHashMap<>();
    private final Map<Long, PlanSummary> plans = new HashMap<>();
    private long nextCase = 5000;

    public FakeCases(OrganisationDirectory organisation) {
        this.organisation = organisation;
    }

    public FamilySummary family(long id, long authorityId, long districtId, String name) {
        FamilySummary family = new FamilySummary(id, authorityId, districtId, name, "PE15 8AA");
        families.put(id, family);
        return family;
    }

    /** An open case of a child of the family, held by the team with this lead worker. */
    public ChildCase openCase(long familyId, String childName, Long teamId, Long leadWorkerId, LocalDate openedOn,
                              CaseStage stage) {
        FamilySummary family = families.get(familyId);
        ChildCase c = new ChildCase(nextCase++, family.authorityId(), family.districtId(), familyId, family.name(),
                nextCase + 100000, childName, LocalDate.of(2018, 5, 1), stage, openedOn, null, teamId, leadWorkerId, null);
        cases.put(c.id(), c);
        return c;
    }

    public ChildCase close(ChildCase c, LocalDate on) {
        ChildCase closed = new ChildCase(c.id(), c.authorityId(), c.districtId(), c.familyId(), c.familyName(),
                c.childId(), c.childName(), c.childDateOfBirth(), CaseStage.CLOSED, c.openedOn(), on, c.teamId(),
                c.leadWorkerId(), c.coWorkerId());
        cases.put(c.id(), closed);
        plans.remove(c.id());
        return closed;
    }

    public void cpPlan(ChildCase c, LocalDate startedOn) {
        plans.put(c.id(), new PlanSummary(c.id(), true, "Child protection plan", "Neglect", startedOn, null));
    }

    @Override
    public Optional<ChildCase> visibleCase(CurrentUser user, long caseId) {
        return Optional.ofNullable(cases.get(caseId)).filter(c -> canSee(user, c));
    }

    @Override
    public Optional<FamilySummary> visibleFamily(CurrentUser user, long familyId) {
        return Optional.ofNullable(families.get(familyId))
                .filter(f -> canSeeDistrict(user, f.authorityId(), f.districtId())
                        || casesOfFamily(familyId).stream().anyMatch(c -> canSee(user, c)));
    }

    @Override
    public List<FamilyMember> members(long familyId) {
        List<FamilyMember> members = new ArrayList<>();
        for (ChildCase c : cases.values()) {
            if (c.familyId() == familyId) {
                members.add(new FamilyMember(c.childId(), c.childName(), c.childDateOfBirth(), true, "Child"));
            }
        }
        return members;
    }

    @Override
    public List<ChildCase> casesOfFamily(long familyId) {
        return cases.values().stream().filter(c -> c.familyId() == familyId)
                .sorted(Comparator.comparing((ChildCase c) -> !c.open()).thenComparing(ChildCase::openedOn,
                        Comparator.reverseOrder()))
                .toList();
    }

    @Override
    public List<ChildCase> openCasesOfTeam(long teamId) {
        return cases.values().stream().filter(c -> c.open() && Objects.equals(c.teamId(), teamId))
                .sorted(Comparator.comparing(ChildCase::childName)).toList();
    }

    @Override
    public List<FamilySummary> openFamiliesOfTeam(long teamId) {
        return openCasesOfTeam(teamId).stream().map(c -> families.get(c.familyId())).distinct()
                .sorted(Comparator.comparing(FamilySummary::name)).toList();
    }

    @Override
    public List<ChildCase> visibleCases(CurrentUser user, Collection<Long> caseIds) {
        return caseIds.stream().map(cases::get).filter(Objects::nonNull).filter(c -> canSee(user, c)).toList();
    }

    @Override
    public RecordHeader caseHeader(CurrentUser user, ChildCase childCase) {
        return new RecordHeader(null, childCase.childName(), List.of(), null, List.of(), "Case pages", List.of());
    }

    @Override
    public RecordHeader familyHeader(CurrentUser user, FamilySummary family) {
        return new RecordHeader("Family record " + family.id(), family.name() + " family", List.of(), null, List.of(),
                "Family pages", List.of(new RecordHeader.Tab("Family", "/cases/families/" + family.id(), false),
                new RecordHeader.Tab("Reflection sessions", "/reflection/families/" + family.id(), false)));
    }

    @Override
    public Map<Long, PlanSummary> openPlans(Collection<Long> caseIds) {
        Map<Long, PlanSummary> found = new HashMap<>();
        caseIds.forEach(id -> Optional.ofNullable(plans.get(id)).ifPresent(p -> found.put(id, p)));
        return found;
    }

    @Override
    public Map<Long, LocalDate> lastVisits(Collection<Long> caseIds) {
        return Map.of();
    }

    private boolean canSee(CurrentUser user, ChildCase c) {
        return canSeeDistrict(user, c.authorityId(), c.districtId())
                || (user.userId() != null && (user.userId().equals(c.leadWorkerId()) && user.authorityId() == c.authorityId()));
    }

    private boolean canSeeDistrict(CurrentUser user, long authorityId, long districtId) {
        if (user.authorityId() == null || user.authorityId() != authorityId) {
            return false;
        }
        for (Long teamId : user.teamIds()) {
            Optional<Team> team = organisation.team(teamId);
            if (team.isPresent() && (team.get().districtId() == null || team.get().districtId() == districtId)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<ChildCase> closedTransferredToCare(CurrentUser user, LocalDate since) {
        return List.of(); // only corporate parenting asks; this module never does
    }
}
