package org.safeguard.caserecords.workload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.CaseAccess;
import org.safeguard.caserecords.CaseAccessService;
import org.safeguard.caserecords.CaseDirectoryService;
import org.safeguard.caserecords.CaseRecordsModule;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.model.Allocation;
import org.safeguard.caserecords.model.CaseRecord;
import org.safeguard.caserecords.web.CaseHeader;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.RecordTabs;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A case's allocation: who holds it now, who held it before, and the form to give it to a worker
 * in one of the user's teams. The web host has checked the permission and CSRF; this class checks
 * the case is visible to the user (404 otherwise) and that the team is one of their own.
 */
@Component(service = RouteContribution.class)
public class AllocationPages implements RouteContribution {

    private static final Logger LOG = LoggerFactory.getLogger(AllocationPages.class);

    static final String TEMPLATE = "case-records/workload/allocation";

    static final String CHANGED_MEANWHILE =
            "This case was changed by someone else while you were editing. Check the case and try again.";

    /** The anchor of the "current allocation" heading: where a message about the case as a whole links to. */
    static final String CURRENT_ANCHOR = "current-allocation";

    @Reference(target = "(safeguard.unit=safeguard-case-records)")
    private EntityManagerFactory factory;

    @Reference
    private AuditLog auditLog;

    @Reference
    private CaseAccessService access;

    @Reference
    private CaseDirectoryService cases;

    @Reference
    private RecordTabs recordTabs;

    private CouncilClock clock = CouncilClock.system();
    private AllocationRepository allocations;
    private WorkloadTeams teams;

    public AllocationPages() {
    }

    /** For tests: everything the pages use, without OSGi. */
    AllocationPages(EntityManagerFactory factory, AuditLog auditLog, CaseAccessService access,
                    CaseDirectoryService cases, RecordTabs recordTabs, CouncilClock clock) {
        this.factory = factory;
        this.auditLog = auditLog;
        this.access = access;
        this.cases = cases;
        this.recordTabs = recordTabs;
        this.clock = clock;
        activate();
    }

    @Activate
    void activate() {
        allocations = new AllocationRepository(factory);
        teams = new WorkloadTeams(access.directory(), access.enablement());
    }

    @Override
    public String moduleId() {
        return CaseRecordsModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/cases/{caseId}/allocation", CaseRecordsModule.READ, this::show),
                Route.post("/cases/{caseId}/allocation", CaseRecordsModule.ALLOCATE, this::allocate));
    }

    PageResult show(WebRequest request) {
        CurrentUser user = request.user();
        Optional<ChildCase> found = Ids.path(request, "caseId").flatMap(id -> cases.visibleCase(user, id));
        Optional<CaseRecord> record = found.flatMap(c -> allocations.caseRecord(c.id()));
        if (record.isEmpty()) {
            return PageResult.notFound();
        }
        ChildCase childCase = found.get();
        CaseAccess rule = access.forUser(user);
        List<Allocation> history = allocations.history(childCase.id());
        List<AllocationForm.TeamOption> options = teamOptions(rule);
        auditLog.record(user, request.remoteAddress(), "allocation.view", "case", String.valueOf(childCase.id()), null);
        AllocationForm form = AllocationForm.blank(options, clock.today(), record.get().version());
        Map<String, Object> model = model(user, childCase, record.get(), history, options, form, new FormErrors());
        model.put("done", request.query("done").filter("allocated"::equals).isPresent());
        return PageResult.page(TEMPLATE, "Allocation: case " + childCase.id(), model);
    }

    PageResult allocate(WebRequest request) {
        CurrentUser user = request.user();
        Optional<ChildCase> found = Ids.path(request, "caseId").flatMap(id -> cases.visibleCase(user, id));
        Optional<CaseRecord> loaded = found.flatMap(c -> allocations.caseRecord(c.id()));
        if (loaded.isEmpty()) {
            return PageResult.notFound();
        }
        ChildCase childCase = found.get();
        CaseRecord record = loaded.get();
        CaseAccess rule = access.forUser(user);
        List<Allocation> history = allocations.history(childCase.id());
        List<AllocationForm.TeamOption> options = teamOptions(rule);
        AllocationForm form = new AllocationForm(field(request, AllocationForm.TEAM), field(request, AllocationForm.LEAD),
                field(request, AllocationForm.CO_WORKER), field(request, AllocationForm.DATE + "Day"),
                field(request, AllocationForm.DATE + "Month"), field(request, AllocationForm.DATE + "Year"),
                field(request, AllocationForm.REASON), field(request, AllocationForm.VERSION));
        String title = "Error: Allocation: case " + childCase.id();
        if (!record.open()) {
            FormErrors closed = new FormErrors().add(CURRENT_ANCHOR, AllocationForm.CLOSED);
            return PageResult.invalid(TEMPLATE, title, model(user, childCase, record, history, options, form, closed));
        }
        AllocationForm.Current current = current(record, history);
        FormErrors errors = form.validate(options, current, record.openedOn(), clock.today());
        if (!errors.isEmpty()) {
            return PageResult.invalid(TEMPLATE, title, model(user, childCase, record, history, options, form, errors));
        }
        if (form.version() != record.version()) {
            return changedMeanwhile(user, childCase, options, form, title);
        }
        // validate() has proved the team is one of the user's and both workers hold cases in it.
        AllocationForm.TeamOption chosen = options.stream()
                .filter(o -> o.team().id() == form.teamId().orElseThrow()).findFirst().orElseThrow();
        CaseHolder lead = chosen.holder(form.leadWorkerId().orElseThrow()).orElseThrow();
        CaseHolder coWorker = form.coWorkerId().flatMap(chosen::holder).orElse(null);
        try {
            allocations.allocate(new AllocationRepository.NewAllocation(childCase.id(), form.version(), chosen.team(),
                    lead, coWorker, form.allocatedOn(), form.reason(), user.userId(), user.displayName()));
        } catch (RuntimeException e) {
            if (AllocationRepository.isConcurrentChange(e) || e instanceof IllegalStateException) {
                LOG.debug("Allocation of case {} clashed with another change", childCase.id(), e);
                return changedMeanwhile(user, childCase, options, form, title);
            }
            throw e;
        }
        // Ids and dates only: the reason is free text and may name someone.
        auditLog.record(user, request.remoteAddress(), "case.allocate", "case", String.valueOf(childCase.id()),
                "team=" + chosen.team().id() + " lead=" + lead.id()
                        + (coWorker == null ? "" : " coWorker=" + coWorker.id()) + " from=" + form.allocatedOn());
        return PageResult.redirect("/cases/" + childCase.id() + "/allocation?done=allocated");
    }

    /** The form again over the case as it is now, with what the user typed, so they can check and resubmit. */
    private PageResult changedMeanwhile(CurrentUser user, ChildCase stale, List<AllocationForm.TeamOption> options,
                                        AllocationForm typed, String title) {
        ChildCase childCase = cases.findCase(stale.id()).orElse(stale);
        CaseRecord fresh = allocations.caseRecord(stale.id()).orElseThrow();
        Map<String, Object> values = typed.values();
        AllocationForm again = new AllocationForm((String) values.get(AllocationForm.TEAM),
                (String) values.get(AllocationForm.LEAD), (String) values.get(AllocationForm.CO_WORKER),
                (String) values.get(AllocationForm.DATE + "Day"), (String) values.get(AllocationForm.DATE + "Month"),
                (String) values.get(AllocationForm.DATE + "Year"), (String) values.get(AllocationForm.REASON),
                String.valueOf(fresh.version()));
        FormErrors errors = new FormErrors().add(CURRENT_ANCHOR, CHANGED_MEANWHILE);
        Map<String, Object> model = model(user, childCase, fresh, allocations.history(stale.id()), options, again, errors);
        return new PageResult.Page(TEMPLATE, title, model, 409);
    }

    private List<AllocationForm.TeamOption> teamOptions(CaseAccess rule) {
        return teams.usersTeams(rule).stream()
                .map(team -> new AllocationForm.TeamOption(team, teams.caseHolders(team.id())))
                .toList();
    }

    /** Who holds the case now: the case row says who, the open allocation rows say since when and under which names. */
    AllocationForm.Current current(CaseRecord record, List<Allocation> history) {
        if (record.leadWorkerId() == null) {
            return AllocationForm.Current.NONE;
        }
        List<Allocation> open = history.stream().filter(Allocation::current).toList();
        LocalDate since = open.stream().map(Allocation::fromDate).max(Comparator.naturalOrder()).orElse(null);
        String teamName = open.stream().filter(a -> Objects.equals(a.teamId(), record.teamId()))
                .map(Allocation::teamName).findFirst()
                .orElseGet(() -> record.teamId() == null ? "no team"
                        : access.directory().team(record.teamId()).map(Team::name).orElse("team " + record.teamId()));
        return new AllocationForm.Current(record.teamId(), record.leadWorkerId(), record.coWorkerId(), teamName,
                workerName(open, record.leadWorkerId()), workerName(open, record.coWorkerId()), since);
    }

    private String workerName(List<Allocation> open, Long workerId) {
        if (workerId == null) {
            return null;
        }
        return open.stream().filter(a -> a.workerId() == workerId).map(Allocation::workerName).findFirst()
                .or(() -> teams.staffName(workerId))
                .orElse("worker " + workerId);
    }

    private Map<String, Object> model(CurrentUser user, ChildCase childCase, CaseRecord record, List<Allocation> history,
                                      List<AllocationForm.TeamOption> options, AllocationForm form, FormErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("recordHeader", CaseHeader.model(childCase, CaseHeader.Section.ALLOCATION, user, recordTabs));
        AllocationForm.Current current = current(record, history);
        if (current.allocated()) {
            Map<String, Object> now = new HashMap<>();
            now.put("teamName", current.teamName());
            now.put("leadName", current.leadName());
            now.put("coWorkerName", current.coWorkerName());
            now.put("since", current.since());
            model.put("current", now);
        }
        List<HistoryRow> rows = new ArrayList<>();
        for (Allocation a : history) {
            rows.add(new HistoryRow(a.workerName(), a.role() == Allocation.Role.LEAD ? "Lead worker" : "Co-worker",
                    a.teamName(), teams.districtName(a.districtId()), a.fromDate(), a.toDate(), a.reason(),
                    a.allocatedByName()));
        }
        model.put("history", rows);
        boolean mayAllocate = user.hasPermission(CaseRecordsModule.ALLOCATE);
        model.put("open", record.open());
        model.put("mayAllocate", mayAllocate);
        model.put("canAllocate", mayAllocate && record.open() && !options.isEmpty());
        model.put("noTeams", mayAllocate && record.open() && options.isEmpty());
        Map<String, Object> values = form.values();
        String chosenTeam = (String) values.get(AllocationForm.TEAM);
        List<Map<String, Object>> teamRadios = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            String value = String.valueOf(options.get(i).team().id());
            teamRadios.add(Map.of("value", value, "label", options.get(i).team().name(),
                    "inputId", i == 0 ? AllocationForm.TEAM : AllocationForm.TEAM + "-" + (i + 1),
                    "checked", value.equals(chosenTeam)));
        }
        model.put("teams", teamRadios);
        model.put("leadGroups", workerGroups(options, chosenTeam, (String) values.get(AllocationForm.LEAD)));
        model.put("coWorkerGroups", workerGroups(options, chosenTeam, (String) values.get(AllocationForm.CO_WORKER)));
        model.put("form", values);
        model.put("reasonMax", AllocationForm.REASON_MAX);
        model.put("caseId", childCase.id());
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
        }
        return model;
    }

    /**
     * The worker select: one group per team, so it works without JavaScript; the server checks the
     * worker belongs to the team chosen. A worker in two teams is marked chosen in one group only.
     */
    static List<Map<String, Object>> workerGroups(List<AllocationForm.TeamOption> options, String chosenTeam,
                                                  String chosenWorker) {
        boolean teamMatches = options.stream().anyMatch(o -> String.valueOf(o.team().id()).equals(chosenTeam));
        boolean marked = false;
        List<Map<String, Object>> groups = new ArrayList<>();
        for (AllocationForm.TeamOption option : options) {
            boolean inChosenTeam = !teamMatches || String.valueOf(option.team().id()).equals(chosenTeam);
            List<Map<String, Object>> workers = new ArrayList<>();
            for (CaseHolder holder : option.holders()) {
                String value = String.valueOf(holder.id());
                boolean selected = !marked && inChosenTeam && value.equals(chosenWorker);
                marked |= selected;
                workers.add(Map.of("value", value, "label", holder.label(), "selected", selected));
            }
            groups.add(Map.of("label", option.team().name(), "workers", workers));
        }
        return groups;
    }

    private static String field(WebRequest request, String name) {
        return request.form(name).orElse("");
    }

    /** One line of the history table; public for the template engine. */
    public record HistoryRow(String workerName, String role, String teamName, String districtName, LocalDate from,
                             LocalDate to, String reason, String allocatedBy) {}
}
