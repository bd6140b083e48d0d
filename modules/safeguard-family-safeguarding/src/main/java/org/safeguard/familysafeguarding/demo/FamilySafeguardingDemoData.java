package org.safeguard.familysafeguarding.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.api.CaseDirectory;
import org.safeguard.caserecords.api.CaseRecordTypes;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.api.FamilyMember;
import org.safeguard.caserecords.api.FamilySummary;
import org.safeguard.familysafeguarding.FamilySafeguardingModule;
import org.safeguard.familysafeguarding.data.FamilySafeguardingData;
import org.safeguard.familysafeguarding.model.Discipline;
import org.safeguard.platform.api.demo.DemoDataContributor;
import org.safeguard.platform.api.modules.ModuleEnablement.Enablement;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.organisation.Authority;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.organisation.StaffMember;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.organisation.TeamType;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.time.CouncilClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo county's Family Safeguarding work, built on case records' demo families (so it waits for
 * them: {@link #after()}): in every Family Safeguarding team, factors on the adults of the families
 * it holds, its adult practitioners' assignments, sessions, goals and workbooks, and the families
 * that wait, most of all where a team has no practitioner of a discipline (001: "some staffing
 * challenges remain in certain areas"). Also switches the module on for the demo authorities.
 */
@Component(service = DemoDataContributor.class)
public class FamilySafeguardingDemoData implements DemoDataContributor {

    /** A benchmark-size history holds thousands of families per team; a few dozen show everything. */
    static final int FAMILIES_PER_TEAM = 120;

    private static final Logger LOG = LoggerFactory.getLogger(FamilySafeguardingDemoData.class);

    @Reference
    private FamilySafeguardingData data;

    @Reference
    private CaseDirectory cases;

    @Reference
    private ModuleEnablement enablement;

    private CouncilClock clock = CouncilClock.system();

    public FamilySafeguardingDemoData() {
    }

    /** For tests. */
    FamilySafeguardingDemoData(FamilySafeguardingData data, CaseDirectory cases, ModuleEnablement enablement,
                               CouncilClock clock) {
        this.data = data;
        this.cases = cases;
        this.enablement = enablement;
        this.clock = clock;
    }

    @Override
    public String moduleId() {
        return FamilySafeguardingModule.MODULE_ID;
    }

    @Override
    public Set<String> after() {
        return Set.of(CaseRecordTypes.MODULE_ID);
    }

    @Override
    public void seed(Authority authority, OrganisationDirectory directory) {
        enable(authority);
        long started = System.nanoTime();
        LocalDate today = clock.today();
        List<DemoWork.Team> teams = new ArrayList<>();
        List<List<DemoWork.Family>> families = new ArrayList<>();
        for (Team team : directory.teams(authority.id())) {
            if (team.type() == TeamType.FAMILY_SAFEGUARDING) {
                teams.add(new DemoWork.Team(team.id(), team.name(), authority.id(), practitioners(team, directory)));
                families.add(families(team, directory));
            }
        }
        int[] rows = new int[1];
        // one transaction for the authority: a failure part-way leaves nothing half-seeded, and is tried again
        data.write(em -> {
            DemoWork work = new DemoWork(em, today, clock.nowUtc(), data.settings().forAuthority(authority.id()));
            for (int i = 0; i < teams.size(); i++) {
                work.team(teams.get(i), families.get(i));
            }
            rows[0] = work.rows();
        });
        LOG.info("Family Safeguarding demo seeded for {}: {} teams, {} rows in {} ms", authority.name(), teams.size(),
                rows[0], (System.nanoTime() - started) / 1_000_000);
    }

    /** Demo only: on for the whole authority unless an administrator has already chosen where. */
    private void enable(Authority authority) {
        if (enablement.enablement(FamilySafeguardingModule.MODULE_ID, authority.id()).enabledAnywhere()) {
            return;
        }
        CurrentUser seeder = new CurrentUser(null, "system:demo-county", "Demo county seeder", authority.id(),
                authority.name(), null, null, Set.of(), Set.of(), Set.of());
        enablement.setEnablement(new Enablement(FamilySafeguardingModule.MODULE_ID, authority.id(), true, Set.of()),
                seeder, "demo");
    }

    private static List<DemoWork.Practitioner> practitioners(Team team, OrganisationDirectory directory) {
        List<DemoWork.Practitioner> practitioners = new ArrayList<>();
        for (StaffMember member : directory.teamMembers(team.id())) {
            if (!member.active()) {
                continue;
            }
            member.teamRoles().stream()
                    .filter(r -> r.teamId() == team.id())
                    .map(r -> Discipline.ofRole(r.role()))
                    .flatMap(Optional::stream)
                    .forEach(d -> practitioners.add(new DemoWork.Practitioner(member.id(), member.displayName(), d,
                            member.fte() == null ? BigDecimal.ONE : member.fte())));
        }
        practitioners.sort(Comparator.comparingLong(DemoWork.Practitioner::userId));
        return practitioners;
    }

    /** "social worker", "senior social worker", "children's practitioner": the lead worker's role in the team. */
    private static String roleOf(OrganisationDirectory directory, long userId, long teamId) {
        return directory.staffMember(userId).flatMap(m -> m.teamRoles().stream()
                        .filter(r -> r.teamId() == teamId).map(r -> r.role()).min(Comparator.naturalOrder()))
                .map(role -> role.label().toLowerCase()).orElse("social worker");
    }

    /** The team's families with an open case it holds, by id, with their adults and lead worker. */
    private List<DemoWork.Family> families(Team team, OrganisationDirectory directory) {
        List<DemoWork.Family> families = new ArrayList<>();
        List<FamilySummary> held = cases.openFamiliesOfTeam(team.id()).stream()
                .sorted(Comparator.comparingLong(FamilySummary::id)).limit(FAMILIES_PER_TEAM).toList();
        for (FamilySummary family : held) {
            Optional<ChildCase> open = cases.casesOfFamily(family.id()).stream()
                    .filter(c -> c.open() && Long.valueOf(team.id()).equals(c.teamId()))
                    .min(Comparator.comparing(ChildCase::openedOn));
            if (open.isEmpty()) {
                continue;
            }
            List<FamilyMember> adults = cases.members(family.id()).stream().filter(m -> !m.child()).toList();
            Long lead = open.get().leadWorkerId();
            String leadName = lead == null ? null
                    : directory.staffMember(lead).map(StaffMember::displayName).orElse(null);
            if (lead == null || leadName == null) {
                continue; // an unallocated case: nobody has assessed the family's adults yet
            }
            families.add(new DemoWork.Family(family.id(), family.name(), adults, open.get().openedOn(), lead, leadName,
                    roleOf(directory, lead, team.id())));
        }
        return families;
    }
}
