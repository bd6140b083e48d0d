package org.safeguard.reflection.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Paging;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;
import org.safeguard.reflection.ReflectionSessionsModule;
import org.safeguard.reflection.model.ReflectionSettings;
import org.safeguard.reflection.rules.Coverage;
import org.safeguard.reflection.rules.DriftRule;
import org.safeguard.reflection.service.ReflectionServices;
import org.safeguard.reflection.service.TeamOversight;

/**
 * For the team's manager and clinician: how much of the team's open caseload has been discussed
 * within the authority's interval and which families are overdue, and which families drift (a long
 * child protection plan whose risk rating is not improving, or actions that keep going unfinished).
 * Own teams only; each view of a list of families is audited once, naming the team.
 */
@Component(service = RouteContribution.class)
public class OversightPages implements RouteContribution {

    static final String COVERAGE = "reflection-sessions/coverage";
    static final String DRIFT = "reflection-sessions/drift";

    @Reference
    private ReflectionServices services;

    public OversightPages() {
    }

    /** For tests. */
    OversightPages(ReflectionServices services) {
        this.services = services;
    }

    @Override
    public String moduleId() {
        return ReflectionSessionsModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/reflection/teams/{teamId}/coverage", ReflectionSessionsModule.OVERSIGHT, this::coverage),
                Route.get("/reflection/teams/{teamId}/drift", ReflectionSessionsModule.OVERSIGHT, this::drift));
    }

    /** A family in a list, linked to its tab; public for the template engine. */
    public record OverdueRow(long familyId, String name, String href, LocalDate lastDiscussedOn, LocalDate dueOn,
                             long daysOverdue) {}

    PageResult coverage(WebRequest request) {
        CurrentUser user = request.user();
        Optional<Team> found = Ids.path(request, "teamId").flatMap(id -> services.teams().usersTeam(user, id));
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        Team team = found.get();
        LocalDate today = services.clock().today();
        ReflectionSettings settings = services.settings().forAuthority(team.authorityId());
        List<TeamOversight.OpenFamily> families = services.oversight().openFamilies(team.id(), user);
        Coverage.Result coverage = services.oversight().coverage(team.authorityId(), families, today, settings);
        List<Coverage.Overdue> overdue = coverage.overdue();
        Paging paging = Paging.of(request, Paging.DEFAULT_SIZE, overdue.size());
        Map<String, Object> model = new HashMap<>();
        model.put("team", team);
        model.put("coverage", coverage);
        model.put("percent", coverage.percent());
        model.put("intervalWeeks", settings.intervalWeeks());
        model.put("today", today);
        model.put("overdue", overdue.subList(paging.offset(), (int) Math.min(overdue.size(), (long) paging.offset()
                        + paging.size())).stream()
                .map(o -> new OverdueRow(o.familyId(), o.name(), "/reflection/families/" + o.familyId(),
                        o.lastDiscussedOn(), o.dueOn(), o.daysOverdue()))
                .toList());
        model.put("paging", paging.model("/reflection/teams/" + team.id() + "/coverage?"));
        services.auditLog().record(user, request.remoteAddress(), "reflection.coverage.view", "team",
                String.valueOf(team.id()), "page=" + paging.page());
        return PageResult.page(COVERAGE, team.name() + ": discussion coverage", model);
    }

    PageResult drift(WebRequest request) {
        CurrentUser user = request.user();
        Optional<Team> found = Ids.path(request, "teamId").flatMap(id -> services.teams().usersTeam(user, id));
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        Team team = found.get();
        LocalDate today = services.clock().today();
        ReflectionSettings settings = services.settings().forAuthority(team.authorityId());
        List<TeamOversight.OpenFamily> families = services.oversight().openFamilies(team.id(), user);
        List<DriftRule.Signal> signals = services.oversight().drift(team.authorityId(), families, today, settings);
        Paging paging = Paging.of(request, Paging.DEFAULT_SIZE, signals.size());
        Map<String, Object> model = new HashMap<>();
        model.put("team", team);
        model.put("signals", signals.subList(paging.offset(),
                (int) Math.min(signals.size(), (long) paging.offset() + paging.size())));
        model.put("total", signals.size());
        model.put("openFamilies", families.size());
        model.put("cpMonths", settings.driftCpMonths());
        model.put("overdueActions", DriftRule.OVERDUE_ACTIONS);
        model.put("carriedOver", DriftRule.CARRIED_OVER_SESSIONS);
        model.put("paging", paging.model("/reflection/teams/" + team.id() + "/drift?"));
        services.auditLog().record(user, request.remoteAddress(), "reflection.drift.view", "team",
                String.valueOf(team.id()), "page=" + paging.page());
        return PageResult.page(DRIFT, team.name() + ": drift", model);
    }
}
