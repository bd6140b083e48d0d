package org.safeguard.corporateparenting.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.api.CaseDirectory;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.api.WorkingDays;
import org.safeguard.corporateparenting.CorporateParentingModule;
import org.safeguard.corporateparenting.care.CareRepository;
import org.safeguard.corporateparenting.model.CareEpisode;
import org.safeguard.corporateparenting.model.IroAlert;
import org.safeguard.corporateparenting.model.PlacementType;
import org.safeguard.corporateparenting.rules.Money;
import org.safeguard.corporateparenting.rules.PlacementCosts;
import org.safeguard.corporateparenting.rules.PlacementStability;
import org.safeguard.corporateparenting.rules.Timescale;
import org.safeguard.corporateparenting.settings.CareSettingsService;
import org.safeguard.corporateparenting.web.CareLinks;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Paging;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/**
 * The service's pages: children in care with what is due (paged, filtered), placement moves and
 * costs, and IRO case alerts. Each lists only children the user may see; the service's own figures
 * (the indicator, costs) are the authority's totals, which name nobody. One audit entry per view.
 */
@Component(service = RouteContribution.class)
public class ServicePages implements RouteContribution {

    static final String LIST = "corporate-parenting/list";
    static final String PLACEMENTS = "corporate-parenting/placements";
    static final String ALERTS = "corporate-parenting/alerts";
    /** Resolved alerts stay on the alerts page this long, so the team sees what was closed. */
    static final int RESOLVED_SHOWN_DAYS = 90;

    @Reference(target = "(safeguard.unit=safeguard-corporate-parenting)")
    private EntityManagerFactory factory;
    @Reference
    private CaseDirectory directory;
    @Reference
    private AuditLog auditLog;
    @Reference
    private ModuleEnablement enablement;
    @Reference
    private OrganisationDirectory organisation;
    @Reference
    private WorkingDays workingDays;
    @Reference
    private CareSettingsService settings;

    private CouncilClock clock = CouncilClock.system();
    private CareRepository repository;

    public ServicePages() {
    }

    /** For tests. */
    public ServicePages(EntityManagerFactory factory, CaseDirectory directory, AuditLog auditLog, ModuleEnablement enablement,
                        OrganisationDirectory organisation, WorkingDays workingDays, CareSettingsService settings,
                        CouncilClock clock) {
        this.factory = factory;
        this.directory = directory;
        this.auditLog = auditLog;
        this.enablement = enablement;
        this.organisation = organisation;
        this.workingDays = workingDays;
        this.settings = settings;
        this.clock = clock;
        activate();
    }

    @Activate
    void activate() {
        repository = new CareRepository(factory);
    }

    @Override
    public String moduleId() {
        return CorporateParentingModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        String read = CorporateParentingModule.READ;
        return List.of(Route.get(CareLinks.CHILDREN_IN_CARE, read, this::list),
                Route.get(CareLinks.PLACEMENTS, read, this::placements),
                Route.get(CareLinks.ALERTS, read, this::alerts));
    }

    PageResult list(WebRequest request) {
        CurrentUser user = request.user();
        if (user.authorityId() == null) {
            return PageResult.notFound();
        }
        LocalDate today = clock.today();
        ServiceData data = ServiceData.load(user, today, repository, directory, enablement, organisation);
        ChildrenInCareList list = new ChildrenInCareList(data, settings.forAuthority(user.authorityId()), workingDays, today);
        ChildrenInCareList.Show show = ChildrenInCareList.Show.of(request.query("show").orElse("all"));
        boolean mine = request.query("mine").filter("1"::equals).isPresent();
        Set<Long> ownTeams = mine ? user.teamIds() : null;
        List<ChildrenInCareList.Row> rows = list.rows(show, ownTeams, today);
        Paging paging = Paging.of(request, Paging.DEFAULT_SIZE, rows.size());
        String base = CareLinks.CHILDREN_IN_CARE + "?show=" + show.param() + (mine ? "&mine=1" : "") + "&";
        Map<ChildrenInCareList.Show, Integer> counts = list.counts(ownTeams);
        List<Map<String, Object>> filters = new ArrayList<>();
        for (ChildrenInCareList.Show s : ChildrenInCareList.Show.values()) {
            filters.add(Map.of("value", s.param(), "label", s.label() + " (" + counts.get(s) + ")", "checked", s == show,
                    "id", s == ChildrenInCareList.Show.ALL ? "show" : "show-" + s.param()));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("rows", rows.subList(paging.offset(), (int) Math.min(rows.size(), (long) paging.offset() + paging.size())));
        model.put("paging", paging.model(base));
        model.put("filters", filters);
        model.put("mine", mine);
        model.put("showLabel", show.label());
        model.put("total", data.children().size());
        model.put("counts", Map.of("overdueReviews", counts.get(ChildrenInCareList.Show.REVIEW),
                "overdueHealth", counts.get(ChildrenInCareList.Show.HEALTH), "overduePeps", counts.get(ChildrenInCareList.Show.PEP),
                "overdueVisits", counts.get(ChildrenInCareList.Show.VISIT), "uasc", counts.get(ChildrenInCareList.Show.UASC)));
        model.put("intake", intake(user, today));
        model.put("left", leftCare(user, today));
        model.put("nav", nav(CareLinks.CHILDREN_IN_CARE));
        auditLog.record(user, request.remoteAddress(), "children-in-care.list", "authority", String.valueOf(user.authorityId()),
                "show=" + show.param() + (mine ? " mine" : "") + " page=" + paging.page() + " rows=" + rows.size());
        return PageResult.page(LIST, "Children in care", model);
    }

    /** A child case records says moved to the children in care service, with no period of care recorded here. */
    public record Intake(String href, String name, LocalDate closedOn) {}

    /** Cases closed "Transferred to children in care" in the last year whose child has no period of care covering it. */
    List<Intake> intake(CurrentUser user, LocalDate today) {
        List<ChildCase> transferred = directory.closedTransferredToCare(user, today.minusYears(1)).stream()
                .filter(c -> enablement.isEnabled(CorporateParentingModule.MODULE_ID, c.authorityId(), c.districtId()))
                .toList();
        if (transferred.isEmpty()) {
            return List.of();
        }
        var episodes = repository.episodesOfChildren(user.authorityId(), transferred.stream().map(ChildCase::childId).toList());
        List<Intake> missing = new ArrayList<>();
        for (ChildCase c : transferred) {
            boolean recorded = episodes.getOrDefault(c.childId(), List.of()).stream().map(r -> r.episode())
                    .anyMatch(e -> !e.startedOn().isAfter(c.closedOn().plusDays(30))
                            && (e.endedOn() == null || !e.endedOn().isBefore(c.closedOn())));
            if (!recorded) {
                missing.add(new Intake(CareLinks.tab(c.id()), c.childName(), c.closedOn()));
            }
        }
        return missing;
    }

    /** How many children the user may see left care in the last 12 months by each route, and their time in care. */
    public record LeftLine(String reason, int children, long averageDays) {

        public String averageTime() {
            return averageDays < 61 ? averageDays + " days" : Math.round(averageDays / 30.44) + " months";
        }
    }

    /** Time in care to leaving, by route (seed 004 §2.50: the service monitors it for permanence). */
    List<LeftLine> leftCare(CurrentUser user, LocalDate today) {
        List<org.safeguard.corporateparenting.model.CareEpisode> ended = repository.endedSince(user.authorityId(), today.minusYears(1));
        Map<Long, ChildCase> visible = ServiceData.visibleCases(user, ended.stream().map(e -> e.caseId()).toList(), directory,
                enablement);
        List<LeftLine> lines = new ArrayList<>();
        for (org.safeguard.corporateparenting.model.LeavingReason reason : org.safeguard.corporateparenting.model.LeavingReason.values()) {
            List<Long> days = ended.stream().filter(e -> e.endReason() == reason && visible.containsKey(e.caseId()))
                    .map(e -> java.time.temporal.ChronoUnit.DAYS.between(e.startedOn(), e.endedOn())).toList();
            if (!days.isEmpty()) {
                lines.add(new LeftLine(reason.label(), days.size(),
                        Math.round(days.stream().mapToLong(Long::longValue).average().orElse(0))));
            }
        }
        return lines;
    }

    /** A child named on the moves page. */
    public record MoveRow(String href, String name, int placements, int moves, String placement) {}

    /** A line of a cost table. */
    public record CostRow(String type, int placements, String total, String average) {}

    PageResult placements(WebRequest request) {
        CurrentUser user = request.user();
        if (user.authorityId() == null) {
            return PageResult.notFound();
        }
        LocalDate today = clock.today();
        long authorityId = user.authorityId();
        // the indicator is the service's: every child in care of the authority, named or not
        List<CareRepository.PlacementRow> recent = repository.placementsSince(authorityId,
                PlacementCosts.financialYearStart(PlacementStability.windowStart(today)).minusDays(1));
        Map<Long, List<PlacementStability.Stay>> staysOfAll = ServiceData.staysByChild(repository, authorityId, today);
        Map<Long, List<PlacementStability.Stay>> inCare = new HashMap<>();
        for (var r : repository.inCare(authorityId)) {
            inCare.put(r.episode().childId(), staysOfAll.getOrDefault(r.episode().childId(), r.stays()));
        }
        PlacementStability.Indicator indicator = PlacementStability.indicator(inCare, today);
        ServiceData data = ServiceData.load(user, today, repository, directory, enablement, organisation);
        List<MoveRow> moved = new ArrayList<>();
        for (ServiceData.Child c : data.children()) {
            int count = PlacementStability.placementsInYear(c.stays(), today);
            if (count >= PlacementStability.THRESHOLD) {
                moved.add(new MoveRow(CareLinks.tab(c.childCase().id()), c.childCase().childName(), count,
                        PlacementStability.movesInYear(c.stays(), today),
                        c.record().currentPlacement().map(p -> p.type().label()).orElse("No placement recorded")));
            }
        }
        moved.sort(java.util.Comparator.comparing(MoveRow::placements).reversed().thenComparing(MoveRow::name));
        Map<String, Object> model = new HashMap<>();
        model.put("indicator", Map.of("children", indicator.childrenInCare(), "unstable", indicator.withThreeOrMore(),
                "percent", indicator.percent()));
        model.put("windowStart", PlacementStability.windowStart(today));
        model.put("today", today);
        model.put("moved", moved);
        boolean costs = user.hasPermission(CorporateParentingModule.COSTS);
        model.put("showCosts", costs);
        if (costs) {
            List<PlacementCosts.Priced> priced = recent.stream().map(r -> new PlacementCosts.Priced(r.placement().type(),
                    r.placement().startedOn(), r.placement().endedOn(), r.placement().weeklyCostPence())).toList();
            Map<PlacementType, PlacementCosts.Line> weekly = PlacementCosts.weekly(priced, today);
            Map<PlacementType, PlacementCosts.Line> ytd = PlacementCosts.yearToDate(priced, today);
            model.put("weekly", costRows(weekly));
            model.put("weeklyTotal", costRow("Total", PlacementCosts.total(weekly)));
            model.put("ytd", costRows(ytd));
            model.put("ytdTotal", costRow("Total", PlacementCosts.total(ytd)));
            model.put("yearStart", PlacementCosts.financialYearStart(today));
        }
        model.put("nav", nav(CareLinks.PLACEMENTS));
        auditLog.record(user, request.remoteAddress(), "placements.view", "authority", String.valueOf(authorityId),
                "named=" + moved.size() + (costs ? " costs" : ""));
        return PageResult.page(PLACEMENTS, "Placement moves and costs", model);
    }

    private static List<CostRow> costRows(Map<PlacementType, PlacementCosts.Line> lines) {
        List<CostRow> rows = new ArrayList<>();
        lines.forEach((type, line) -> rows.add(costRow(type.label(), line)));
        return rows;
    }

    private static CostRow costRow(String label, PlacementCosts.Line line) {
        return new CostRow(label, line.placements(), Money.format(line.pence()),
                line.placements() == 0 ? "" : Money.format(line.averagePence()));
    }

    /** A line of the alerts page. */
    public record AlertLine(String href, String name, String concern, LocalDate raisedOn, String raisedBy, LocalDate respondBy,
                            boolean overdue, boolean responded, boolean open, String holder) {}

    PageResult alerts(WebRequest request) {
        CurrentUser user = request.user();
        if (user.authorityId() == null) {
            return PageResult.notFound();
        }
        LocalDate today = clock.today();
        List<CareRepository.AlertRow> rows = repository.alerts(user.authorityId(), today.minusDays(RESOLVED_SHOWN_DAYS));
        Map<Long, ChildCase> visible = ServiceData.visibleCases(user, rows.stream().map(r -> r.episode().caseId()).toList(),
                directory, enablement);
        boolean mine = request.query("mine").filter("1"::equals).isPresent();
        Map<Long, String> teams = new HashMap<>();
        organisation.teams(user.authorityId()).forEach(t -> teams.put(t.id(), t.name()));
        List<AlertLine> open = new ArrayList<>();
        List<AlertLine> resolved = new ArrayList<>();
        for (CareRepository.AlertRow row : rows) {
            ChildCase c = visible.get(row.episode().caseId());
            if (c == null) {
                continue;
            }
            CareEpisode e = row.episode();
            Long team = e.holderTeamId() != null ? e.holderTeamId() : c.teamId();
            IroAlert a = row.alert();
            boolean ours = team != null && user.teamIds().contains(team) || user.userId() != null && user.userId() == a.raisedByUserId();
            if (mine && !ours) {
                continue;
            }
            AlertLine line = new AlertLine(CareLinks.tab(c.id()), c.childName(), a.concern().label(), a.raisedOn(),
                    a.raisedByName(), a.respondBy(), a.open() && a.response() == null
                    && Timescale.of(a.respondBy(), today) == Timescale.OVERDUE, a.response() != null, a.open(),
                    team == null ? "Not allocated" : teams.getOrDefault(team, "Team " + team));
            (a.open() ? open : resolved).add(line);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("open", open);
        model.put("resolved", resolved);
        model.put("mine", mine);
        model.put("resolvedDays", RESOLVED_SHOWN_DAYS);
        model.put("nav", nav(CareLinks.ALERTS));
        auditLog.record(user, request.remoteAddress(), "alerts.list", "authority", String.valueOf(user.authorityId()),
                (mine ? "mine " : "") + "open=" + open.size() + " resolved=" + resolved.size());
        return PageResult.page(ALERTS, "Case alerts", model);
    }

    /** The service's pages as a secondary navigation, the current one marked. */
    static List<Map<String, Object>> nav(String current) {
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(Map.of("label", "Children in care", "href", CareLinks.CHILDREN_IN_CARE, "current", CareLinks.CHILDREN_IN_CARE.equals(current)));
        items.add(Map.of("label", "Placement moves and costs", "href", CareLinks.PLACEMENTS, "current", CareLinks.PLACEMENTS.equals(current)));
        items.add(Map.of("label", "Case alerts", "href", CareLinks.ALERTS, "current", CareLinks.ALERTS.equals(current)));
        items.add(Map.of("label", "Care leavers", "href", CareLinks.CARE_LEAVERS, "current", CareLinks.CARE_LEAVERS.equals(current)));
        return items;
    }

    public static List<Map<String, Object>> navFor(String current) {
        return nav(current);
    }
}
