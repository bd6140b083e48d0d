package org.safeguard.familysafeguarding.team;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.api.FamilySummary;
import org.safeguard.familysafeguarding.FamilySafeguardingModule;
import org.safeguard.familysafeguarding.access.FamilyAccess;
import org.safeguard.familysafeguarding.data.FamilySafeguardingData;
import org.safeguard.familysafeguarding.model.Discipline;
import org.safeguard.familysafeguarding.model.PractitionerAssignment;
import org.safeguard.familysafeguarding.rules.PractitionerCapacity;
import org.safeguard.familysafeguarding.rules.WaitingFamilies;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.organisation.StaffMember;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Paging;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/**
 * A team's view of its families' adult work (factors, practitioners, families waiting for one) and
 * the manager's view of practitioner capacity (families held against FTE × the authority's guide).
 * Only the user's own teams, where the module is enabled for the team's district; any other team
 * is 404.
 */
@Component(service = RouteContribution.class)
public class TeamPages implements RouteContribution {

    static final String TEAM = "family-safeguarding/team/team";
    static final String CAPACITY = "family-safeguarding/team/capacity";

    @Reference
    private FamilyAccess access;

    @Reference
    private FamilySafeguardingData data;

    @Reference
    private AuditLog auditLog;

    private CouncilClock clock = CouncilClock.system();

    public TeamPages() {
    }

    /** For tests. */
    public TeamPages(FamilyAccess access, FamilySafeguardingData data, AuditLog auditLog, CouncilClock clock) {
        this.access = access;
        this.data = data;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public String moduleId() {
        return FamilySafeguardingModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/family-safeguarding/teams/{teamId}", FamilySafeguardingModule.READ, this::team),
                Route.get("/family-safeguarding/teams/{teamId}/capacity", FamilySafeguardingModule.ASSIGN, this::capacity));
    }

    /** One row of the team's families list. Public for the template engine. */
    public record FamilyRow(long familyId, String name, String postcode, List<String> factors, List<String> practitioners,
                            List<String> waitingFor) {}

    /** One waiting family. Public for the template engine. */
    public record WaitingRow(long familyId, String name, String practitioner, String kinds, String adults,
                             LocalDate since, String daysText) {}

    /** A discipline filter link. Public for the template engine. */
    public record Filter(String label, String href, boolean current) {}

    PageResult team(WebRequest request) {
        CurrentUser user = request.user();
        Optional<Team> found = Ids.path(request, "teamId").flatMap(id -> access.usersTeam(user, id));
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        Team team = found.get();
        TeamFamilies families = new TeamFamilies(team.id(), access.cases(), data,
                access.teamFamilies(user, team.authorityId()), clock.today());
        boolean showFamilies = request.query("show").filter("families"::equals).isPresent();
        Optional<Discipline> discipline = request.query("discipline").flatMap(Discipline::parse);
        String base = "/family-safeguarding/teams/" + team.id();

        Map<String, Object> model = new HashMap<>();
        model.put("team", team);
        model.put("base", base);
        model.put("showFamilies", showFamilies);
        model.put("familyCount", families.families().size());
        model.put("withFactors", families.withFactors());
        model.put("waitingFamilies", families.waitingFamilies());
        model.put("canAssign", user.hasPermission(FamilySafeguardingModule.ASSIGN));
        model.put("disciplines", disciplineSummary(families));
        model.put("otherTeams", access.usersTeams(user).stream().filter(t -> t.id() != team.id()).toList());
        if (showFamilies) {
            List<FamilySummary> all = new ArrayList<>(families.families().values());
            Paging paging = Paging.of(request, Paging.DEFAULT_SIZE, all.size());
            Map<Long, List<String>> waitingFor = families.waiting().stream().collect(Collectors.groupingBy(
                    WaitingFamilies.Waiting::familyId,
                    Collectors.mapping(w -> w.discipline().practitioner().toLowerCase(), Collectors.toList())));
            model.put("families", all.subList(paging.offset(), (int) Math.min(all.size(), (long) paging.offset()
                    + paging.size())).stream().map(f -> row(f, families, waitingFor)).toList());
            model.put("paging", paging.model(base + "?show=families&"));
            auditLog.record(user, request.remoteAddress(), "fs.team.view", "team", String.valueOf(team.id()),
                    "show=families page=" + paging.page());
        } else {
            List<WaitingFamilies.Waiting> waiting = families.waiting().stream()
                    .filter(w -> discipline.map(d -> w.discipline() == d).orElse(true)).toList();
            Paging paging = Paging.of(request, Paging.DEFAULT_SIZE, waiting.size());
            String filterBase = base + (discipline.map(d -> "?discipline=" + d.name() + "&").orElse("?"));
            model.put("waiting", waiting.subList(paging.offset(), (int) Math.min(waiting.size(), (long) paging.offset()
                    + paging.size())).stream().map(w -> waitingRow(w, families)).toList());
            model.put("paging", paging.model(filterBase));
            model.put("filters", filters(base, discipline));
            model.put("filtered", discipline.isPresent());
            auditLog.record(user, request.remoteAddress(), "fs.team.view", "team", String.valueOf(team.id()),
                    "show=waiting" + discipline.map(d -> " discipline=" + d.name()).orElse("") + " page=" + paging.page());
        }
        return PageResult.page(TEAM, "Family Safeguarding: " + team.name(), model);
    }

    PageResult capacity(WebRequest request) {
        CurrentUser user = request.user();
        Optional<Team> found = Ids.path(request, "teamId").flatMap(id -> access.usersTeam(user, id));
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        Team team = found.get();
        var settings = data.settings().forAuthority(team.authorityId());
        List<PractitionerCapacity.Practitioner> practitioners = practitioners(team);
        TeamFamilies families = new TeamFamilies(team.id(), access.cases(), data, id -> true, clock.today());
        PractitionerCapacity capacity = PractitionerCapacity.of(practitioners,
                data.assignments().openFamiliesPerPractitioner(practitioners.stream()
                        .map(PractitionerCapacity.Practitioner::userId).toList()),
                families.waitingByDiscipline(), settings);
        Map<String, Object> model = new HashMap<>();
        model.put("team", team);
        model.put("base", "/family-safeguarding/teams/" + team.id());
        model.put("rows", capacity.rows());
        model.put("totals", capacity.totals());
        model.put("guides", List.of(
                Discipline.SUBSTANCE_MISUSE.label() + ": " + settings.substanceMisusePerFte(),
                Discipline.MENTAL_HEALTH.label() + ": " + settings.mentalHealthPerFte(),
                Discipline.DOMESTIC_ABUSE.label() + ": " + settings.domesticAbusePerFte()));
        Optional<Long> chosen = request.query("practitioner").flatMap(Ids::parse)
                .filter(id -> practitioners.stream().anyMatch(p -> p.userId() == id));
        chosen.ifPresent(id -> {
            PractitionerCapacity.Row row = capacity.rows().stream().filter(r -> r.userId() == id).findFirst().orElseThrow();
            model.put("practitioner", row);
            model.put("practitionerFamilies", data.assignments().openOf(id).stream()
                    .map(a -> practitionerFamily(a, families)).toList());
        });
        auditLog.record(user, request.remoteAddress(), "fs.capacity.view", "team", String.valueOf(team.id()),
                chosen.map(id -> "practitioner=" + id).orElse(null));
        return PageResult.page(CAPACITY, "Practitioner capacity: " + team.name(), model);
    }

    /** One of a practitioner's open assignments. Public for the template engine. */
    public record PractitionerFamily(Long familyId, String familyName, String adultName, String work,
                                     LocalDate startedOn) {}

    private static PractitionerFamily practitionerFamily(PractitionerAssignment a, TeamFamilies families) {
        FamilySummary family = families.families().get(a.familyId());
        // a family held by another team is not this manager's to open: say where the work is, not who
        return family == null
                ? new PractitionerFamily(null, "A family held by another team", null, a.workLabel(), a.startedOn())
                : new PractitionerFamily(family.id(), family.name() + " family", a.adultName(), a.workLabel(),
                a.startedOn());
    }

    /** Active members of the team holding an adult practitioner role in it. */
    private List<PractitionerCapacity.Practitioner> practitioners(Team team) {
        List<PractitionerCapacity.Practitioner> practitioners = new ArrayList<>();
        for (StaffMember member : access.organisation().teamMembers(team.id())) {
            if (!member.active()) {
                continue;
            }
            Set<Discipline> disciplines = member.teamRoles().stream()
                    .filter(r -> r.teamId() == team.id())
                    .map(r -> Discipline.ofRole(r.role()))
                    .flatMap(Optional::stream)
                    .collect(Collectors.toSet());
            if (!disciplines.isEmpty()) {
                practitioners.add(new PractitionerCapacity.Practitioner(member.id(), member.displayName(), disciplines,
                        member.fte() == null ? BigDecimal.ZERO : member.fte()));
            }
        }
        return practitioners;
    }

    /** Per discipline: open assignments and waiting families, for the summary at the top. */
    private static List<Map<String, Object>> disciplineSummary(TeamFamilies families) {
        Map<Discipline, Integer> working = families.openAssignmentsByDiscipline();
        Map<Discipline, Integer> waiting = families.waitingByDiscipline();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Discipline discipline : Discipline.values()) {
            rows.add(Map.of("label", discipline.label(), "working", working.getOrDefault(discipline, 0),
                    "waiting", waiting.getOrDefault(discipline, 0)));
        }
        return rows;
    }

    private static List<Filter> filters(String base, Optional<Discipline> chosen) {
        List<Filter> filters = new ArrayList<>();
        filters.add(new Filter("All disciplines", base, chosen.isEmpty()));
        for (Discipline discipline : Discipline.values()) {
            filters.add(new Filter(discipline.label(), base + "?discipline=" + discipline.name(),
                    chosen.map(d -> d == discipline).orElse(false)));
        }
        return filters;
    }

    private static FamilyRow row(FamilySummary family, TeamFamilies families, Map<Long, List<String>> waitingFor) {
        return new FamilyRow(family.id(), family.name(), family.postcode(),
                families.factors(family.id()).stream().map(f -> f.adultName() + ": " + f.kind().label()).toList(),
                families.openAssignments(family.id()).stream()
                        .map(a -> a.practitionerName() + ", " + a.workLabel().toLowerCase() + ", with " + a.adultName())
                        .toList(),
                waitingFor.getOrDefault(family.id(), List.of()));
    }

    private static WaitingRow waitingRow(WaitingFamilies.Waiting w, TeamFamilies families) {
        FamilySummary family = families.families().get(w.familyId());
        return new WaitingRow(w.familyId(), family.name(), w.discipline().practitioner(), w.kindsText(), w.adultsText(),
                w.since(), w.daysText());
    }
}
