package org.safeguard.caserecords.workload;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.CaseAccess;
import org.safeguard.caserecords.CaseAccessService;
import org.safeguard.caserecords.CaseRecordsModule;
import org.safeguard.caserecords.CaseSettings;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.Paging;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/**
 * A team's caseload against the guide, a worker's cases, and the district's unallocated cases.
 * Only for the user's own teams: any other team id answers 404, so a team's existence or size
 * never leaks. One audit entry per page view: the pages list many children.
 */
@Component(service = RouteContribution.class)
public class CaseloadPages implements RouteContribution {

    static final String CASELOAD = "case-records/workload/caseload";
    static final String UNALLOCATED = "case-records/workload/unallocated";

    @Reference(target = "(safeguard.unit=safeguard-case-records)")
    private EntityManagerFactory factory;

    @Reference
    private AuditLog auditLog;

    @Reference
    private CaseAccessService access;

    @Reference
    private CaseSettings settings;

    private CaseloadRepository caseload;
    private WorkloadTeams teams;

    public CaseloadPages() {
    }

    /** For tests. */
    CaseloadPages(EntityManagerFactory factory, AuditLog auditLog, CaseAccessService access, CaseSettings settings) {
        this.factory = factory;
        this.auditLog = auditLog;
        this.access = access;
        this.settings = settings;
        activate();
    }

    @Activate
    void activate() {
        caseload = new CaseloadRepository(factory);
        teams = new WorkloadTeams(access.directory(), access.enablement());
    }

    @Override
    public String moduleId() {
        return CaseRecordsModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/cases/teams/{teamId}/caseload", CaseRecordsModule.ALLOCATE, this::caseload),
                Route.get("/cases/teams/{teamId}/unallocated", CaseRecordsModule.ALLOCATE, this::unallocated));
    }

    PageResult caseload(WebRequest request) {
        CurrentUser user = request.user();
        CaseAccess rule = access.forUser(user);
        Optional<Team> found = Ids.path(request, "teamId").flatMap(id -> teams.usersTeam(rule, id));
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        Team team = found.get();
        Optional<Long> worker = Optional.empty();
        if (request.query("worker").isPresent()) {
            worker = Ids.parse(request.query("worker").get());
            if (worker.isEmpty()) {
                return PageResult.notFound();
            }
        }
        int casesPerFte = settings.forAuthority(team.authorityId()).casesPerFte();
        Caseload load = Caseload.of(teams.caseHolders(team.id()), caseload.leadCounts(team.authorityId(), team.id()),
                caseload.coWorkerCounts(team.authorityId(), team.id()), casesPerFte,
                id -> teams.staffName(id).orElse("Worker " + id));
        List<Long> districts = teams.districtsServed(team);
        Map<String, Object> model = new HashMap<>();
        model.put("team", team);
        model.put("casesPerFte", casesPerFte);
        model.put("workers", load.workers());
        model.put("totals", load.totals());
        model.put("unallocated", caseload.unallocatedCount(team.authorityId(), districts));
        model.put("otherTeams", teams.usersTeams(rule).stream().filter(t -> t.id() != team.id()).toList());
        String detail = null;
        if (worker.isPresent()) {
            long workerId = worker.get();
            Paging paging = Paging.of(request, Paging.DEFAULT_SIZE,
                    caseload.workerCaseCount(team.authorityId(), team.id(), workerId));
            List<CaseRow> rows = visibleOnly(rule, caseload.workerCases(team.authorityId(), team.id(), workerId,
                    paging.offset(), paging.size()));
            Map<String, Object> expanded = new HashMap<>();
            expanded.put("id", workerId);
            expanded.put("name", load.workers().stream().filter(w -> w.workerId() == workerId)
                    .map(Caseload.WorkerLoad::name).findFirst()
                    .orElseGet(() -> teams.staffName(workerId).orElse("Worker " + workerId)));
            expanded.put("cases", rows.stream().map(r -> workerCase(r, workerId)).toList());
            model.put("worker", expanded);
            model.put("paging", paging.model("/cases/teams/" + team.id() + "/caseload?worker=" + workerId + "&"));
            detail = "worker=" + workerId + " page=" + paging.page();
        }
        auditLog.record(user, request.remoteAddress(), "caseload.view", "team", String.valueOf(team.id()), detail);
        return PageResult.page(CASELOAD, "Caseload: " + team.name(), model);
    }

    PageResult unallocated(WebRequest request) {
        CurrentUser user = request.user();
        CaseAccess rule = access.forUser(user);
        Optional<Team> found = Ids.path(request, "teamId").flatMap(id -> teams.usersTeam(rule, id));
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        Team team = found.get();
        List<Long> districts = teams.districtsServed(team);
        Paging paging = Paging.of(request, Paging.DEFAULT_SIZE, caseload.unallocatedCount(team.authorityId(), districts));
        List<CaseRow> rows = visibleOnly(rule,
                caseload.unallocated(team.authorityId(), districts, paging.offset(), paging.size()));
        List<Map<String, Object>> shown = new ArrayList<>();
        for (CaseRow row : rows) {
            Map<String, Object> line = new HashMap<>();
            line.put("row", row);
            line.put("districtName", teams.districtName(row.districtId()));
            shown.add(line);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("team", team);
        model.put("cases", shown);
        model.put("paging", paging.model("/cases/teams/" + team.id() + "/unallocated?"));
        model.put("districtNames", districts.stream().map(teams::districtName).toList());
        auditLog.record(user, request.remoteAddress(), "unallocated.view", "team", String.valueOf(team.id()),
                "page=" + paging.page());
        return PageResult.page(UNALLOCATED, "Unallocated cases: " + team.name(), model);
    }

    /** A team's case in a district the user cannot see keeps its place in the list without the child's name. */
    static List<CaseRow> visibleOnly(CaseAccess rule, List<CaseRow> rows) {
        return rows.stream()
                .map(r -> rule.canSee(r.authorityId(), r.districtId(), r.leadWorkerId(), r.coWorkerId()) ? r : r.hidden())
                .toList();
    }

    private static Map<String, Object> workerCase(CaseRow row, long workerId) {
        Map<String, Object> line = new HashMap<>();
        line.put("row", row);
        line.put("role", Long.valueOf(workerId).equals(row.leadWorkerId()) ? "Lead worker" : "Co-worker");
        return line;
    }
}
