package org.safeguard.reflection.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.Role;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Paging;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;
import org.safeguard.reflection.ReflectionSessionsModule;
import org.safeguard.reflection.model.ReflectionSession;
import org.safeguard.reflection.service.ReflectionServices;
import org.safeguard.reflection.service.ReflectionTeams;

/**
 * A team's session calendar: its clinicians and their time, the sessions still to be held or
 * closed, the ones held or cancelled (paged), and its coverage and drift in one line for those who
 * oversee. Only for the team's own members. The calendar names no family, so viewing it is not
 * audited; every page that shows a family's discussion is.
 */
@Component(service = RouteContribution.class)
public class TeamPages implements RouteContribution {

    static final String TEMPLATE = "reflection-sessions/team";
    static final int ENDED_PER_PAGE = 10;

    @Reference
    private ReflectionServices services;

    public TeamPages() {
    }

    /** For tests. */
    TeamPages(ReflectionServices services) {
        this.services = services;
    }

    @Override
    public String moduleId() {
        return ReflectionSessionsModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.get("/reflection/teams/{teamId}", ReflectionSessionsModule.READ, this::calendar));
    }

    PageResult calendar(WebRequest request) {
        CurrentUser user = request.user();
        Optional<Team> found = Ids.path(request, "teamId").flatMap(id -> services.teams().usersTeam(user, id));
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        Team team = found.get();
        LocalDate today = services.clock().today();
        List<ReflectionSession> open = services.sessions().open(team.authorityId(), team.id());
        Paging paging = Paging.of(request, ENDED_PER_PAGE, services.sessions().countEnded(team.authorityId(), team.id()));
        List<ReflectionSession> ended = services.sessions().ended(team.authorityId(), team.id(), paging.offset(),
                paging.size());
        List<Long> ids = new ArrayList<>();
        open.forEach(s -> ids.add(s.id()));
        ended.forEach(s -> ids.add(s.id()));
        Map<Long, Long> agenda = services.sessions().agendaSizes(ids);
        Map<Long, Long> discussed = services.discussions().countsBySession(ids);

        List<ReflectionTeams.Clinician> clinicians = services.teams().clinicians(team);
        Map<String, Object> model = new HashMap<>();
        model.put("team", team);
        model.put("clinicians", clinicians.stream().map(c -> Map.of("name", c.name(), "time", Words.fte(c.fte()),
                "attached", c.attached())).toList());
        model.put("noFacilitator", clinicians.stream().noneMatch(ReflectionTeams.Clinician::attached));
        model.put("maySchedule", maySchedule(services, user, team));
        model.put("mayManageClinicians", user.hasPermission(ReflectionSessionsModule.CLINICIANS));
        model.put("openSessions", SessionRow.of(open, agenda, discussed, today));
        model.put("endedSessions", SessionRow.of(ended, agenda, discussed, today));
        model.put("paging", paging.model("/reflection/teams/" + team.id() + "?"));
        if (user.hasPermission(ReflectionSessionsModule.OVERSIGHT)) {
            model.put("summary", OversightSummary.of(services, team, user, today));
        }
        request.query("done").filter("cancelled"::equals).ifPresent(d -> model.put("banner", "Session cancelled"));
        return PageResult.page(TEMPLATE, team.name() + ": reflection sessions", model);
    }

    /**
     * Team managers and the team's attached clinicians schedule its sessions, once the team has a
     * clinician attached to facilitate them.
     */
    static boolean maySchedule(ReflectionServices services, CurrentUser user, Team team) {
        if (!user.hasPermission(ReflectionSessionsModule.RUN) || user.userId() == null) {
            return false;
        }
        List<ReflectionTeams.Clinician> facilitators = services.teams().facilitators(team);
        if (facilitators.isEmpty()) {
            return false;
        }
        return services.teams().holds(user, team.id(), Role.TEAM_MANAGER)
                || facilitators.stream().anyMatch(c -> c.userId() == user.userId());
    }
}
