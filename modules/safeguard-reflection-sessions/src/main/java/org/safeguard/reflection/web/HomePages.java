package org.safeguard.reflection.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.api.FamilySummary;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;
import org.safeguard.reflection.ReflectionSessionsModule;
import org.safeguard.reflection.model.DiscussionAction;
import org.safeguard.reflection.model.ReflectionSession;
import org.safeguard.reflection.service.ReflectionServices;

/**
 * The module's home: each of the user's teams with its clinician, next session, when it last met
 * and (for managers and clinicians) its coverage and drift; then the user's own open actions.
 */
@Component(service = RouteContribution.class)
public class HomePages implements RouteContribution {

    static final String TEMPLATE = "reflection-sessions/home";
    /** The home page lists the first few; the rest are on each family's tab and in the work tray. */
    static final int ACTIONS_SHOWN = 20;

    @Reference
    private ReflectionServices services;

    public HomePages() {
    }

    /** For tests. */
    HomePages(ReflectionServices services) {
        this.services = services;
    }

    @Override
    public String moduleId() {
        return ReflectionSessionsModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.get("/reflection", ReflectionSessionsModule.READ, this::home));
    }

    /** One team on the home page; public for the template engine. */
    public record TeamCard(Team team, String href, List<String> clinicians, String next, String nextHref,
                           LocalDate lastMet, OversightSummary summary, boolean maySchedule) {}

    /** One of the user's open actions. */
    public record MyAction(String description, String family, String href, LocalDate dueOn, boolean overdue) {}

    PageResult home(WebRequest request) {
        CurrentUser user = request.user();
        LocalDate today = services.clock().today();
        List<Team> teams = services.teams().usersTeams(user);
        Map<Long, LocalDateTime> lastMet = user.authorityId() == null ? Map.of()
                : services.sessions().lastClosed(user.authorityId(), teams.stream().map(Team::id).toList());
        List<TeamCard> cards = new ArrayList<>();
        for (Team team : teams) {
            Optional<ReflectionSession> next = services.sessions().open(team.authorityId(), team.id()).stream()
                    .filter(s -> !s.heldOn().isBefore(today)).findFirst();
            List<String> clinicians = services.teams().facilitators(team).stream()
                    .map(c -> c.name() + ", " + Words.fte(c.fte())).toList();
            OversightSummary summary = user.hasPermission(ReflectionSessionsModule.OVERSIGHT)
                    ? OversightSummary.of(services, team, user, today) : null;
            LocalDateTime met = lastMet.get(team.id());
            cards.add(new TeamCard(team, "/reflection/teams/" + team.id(), clinicians,
                    next.map(Words::when).orElse(null), next.map(s -> "/reflection/sessions/" + s.id()).orElse(null),
                    met == null ? null : met.toLocalDate(), summary, TeamPages.maySchedule(services, user, team)));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("teams", cards);
        List<MyAction> mine = myActions(user, today);
        model.put("myActions", mine);
        model.put("mayManageClinicians", user.hasPermission(ReflectionSessionsModule.CLINICIANS));
        model.put("maySettings", user.hasPermission(ReflectionSessionsModule.SETTINGS));
        if (!mine.isEmpty()) {
            // the list names the families the user's actions are for
            services.auditLog().record(user, request.remoteAddress(), "reflection.actions.view", "user",
                    String.valueOf(user.userId()), "actions=" + mine.size());
        }
        return PageResult.page(TEMPLATE, "Reflection sessions", model);
    }

    private List<MyAction> myActions(CurrentUser user, LocalDate today) {
        if (user.authorityId() == null || user.userId() == null) {
            return List.of();
        }
        Map<Long, Optional<FamilySummary>> families = new HashMap<>();
        List<MyAction> mine = new ArrayList<>();
        for (DiscussionAction action : services.actions().openOwnedBy(user.authorityId(), user.userId())) {
            Optional<FamilySummary> family = families.computeIfAbsent(action.familyId(),
                    id -> services.cases().visibleFamily(user, id));
            if (family.isEmpty()) {
                continue;
            }
            mine.add(new MyAction(action.description(), org.safeguard.reflection.service.FamilyNames.label(family.get().name()),
                    "/reflection/families/" + action.familyId() + "#actions", action.dueOn(),
                    action.dueOn().isBefore(today)));
            if (mine.size() == ACTIONS_SHOWN) {
                break;
            }
        }
        return mine;
    }
}
