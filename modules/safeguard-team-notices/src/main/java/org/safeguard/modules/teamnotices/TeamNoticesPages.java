package org.safeguard.modules.teamnotices;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The module's pages. The web host has already signed the user in, checked the route's
 * permission, the CSRF token of a POST and that the module is enabled for the user's district;
 * what it cannot know is which records are the user's, so every handler checks tenancy itself,
 * and which of the user's teams are in districts where the module is enabled.
 */
@Component(service = RouteContribution.class)
public class TeamNoticesPages implements RouteContribution {

    private static final Logger LOG = LoggerFactory.getLogger(TeamNoticesPages.class);

    private static final String LIST = "team-notices/list";
    private static final String NEW = "team-notices/new";

    // The target picks this bundle's unit; the component only starts once the schema is migrated.
    @Reference(target = "(safeguard.unit=safeguard-team-notices)")
    private EntityManagerFactory entityManagerFactory;

    @Reference
    private AuditLog auditLog;

    @Reference
    private OrganisationDirectory directory;

    // The host checks only the district the user works in today; each team is checked against its own.
    @Reference
    private ModuleEnablement enablement;

    // "Today" is the council's today, not the server's: a notice expiring on Friday expires at midnight in England.
    private final CouncilClock clock = CouncilClock.system();

    private TeamNoticeRepository notices;

    @Activate
    void activate() {
        notices = new TeamNoticeRepository(entityManagerFactory);
    }

    @Override
    public String moduleId() {
        return TeamNoticesModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/team-notices", TeamNoticesModule.READ, this::list),
                Route.get("/team-notices/new", TeamNoticesModule.POST, this::newNotice),
                Route.post("/team-notices", TeamNoticesModule.POST, this::post));
    }

    private PageResult list(WebRequest request) {
        CurrentUser user = request.user();
        Map<Long, Team> teams = usersTeams(user).stream()
                .collect(Collectors.toMap(Team::id, Function.identity()));
        Set<Long> authorities = teams.values().stream().map(Team::authorityId).collect(Collectors.toSet());
        // No audit here: notices are team housekeeping written for everyone in the team, not
        // personal data about a child or family, and logging every glance would bury the reads
        // the audit log exists for.
        List<NoticeView> current = notices.current(teams.keySet(), authorities, clock.today()).stream()
                .map(notice -> NoticeView.of(notice, teams.get(notice.teamId()).name()))
                .toList();
        Map<String, Object> model = new HashMap<>();
        model.put("notices", current);
        model.put("canPost", user.hasPermission(TeamNoticesModule.POST));
        model.put("posted", request.query("posted").filter("1"::equals).isPresent());
        return PageResult.page(LIST, "Team notices", model);
    }

    private PageResult newNotice(WebRequest request) {
        List<Team> teams = usersTeams(request.user());
        Optional<Long> onlyTeam = teams.size() == 1 ? Optional.of(teams.get(0).id()) : Optional.empty();
        return PageResult.page(NEW, "Post a notice", formModel(NoticeForm.blank(onlyTeam), teams, new FormErrors()));
    }

    private PageResult post(WebRequest request) {
        CurrentUser user = request.user();
        List<Team> teams = usersTeams(user);
        NoticeForm form = new NoticeForm(field(request, NoticeForm.TITLE), field(request, NoticeForm.BODY),
                field(request, NoticeForm.TEAM), field(request, NoticeForm.EXPIRES_DAY),
                field(request, NoticeForm.EXPIRES_MONTH), field(request, NoticeForm.EXPIRES_YEAR));
        FormErrors errors = form.validate(teams.stream().map(Team::id).collect(Collectors.toSet()),
                clock.today());
        if (!errors.isEmpty()) {
            return PageResult.invalid(NEW, "Error: Post a notice", formModel(form, teams, errors));
        }
        // validate() has proved the team is one of the user's own, in their authority.
        long teamId = form.teamId().orElseThrow();
        Team team = teams.stream().filter(t -> t.id() == teamId).findFirst().orElseThrow();
        TeamNotice notice = notices.post(new TeamNotice(team.authorityId(), team.id(), form.title(), form.body(),
                user.userId(), user.displayName(), clock.instant(), form.expiresOn().orElse(null)));
        // The title is left out of the audit detail: it is free text and may name someone.
        auditLog.record(user, request.remoteAddress(), "notice.post", "team-notice",
                String.valueOf(notice.id()), "Posted to team " + team.id());
        LOG.debug("Notice {} posted to team {}", notice.id(), team.id());
        // Post/redirect/get: a refresh of the list must not post the notice twice.
        return PageResult.redirect("/team-notices?posted=1");
    }

    private List<Team> usersTeams(CurrentUser user) {
        return UsersTeams.of(user, directory::team, enablement);
    }

    private static Map<String, Object> formModel(NoticeForm form, List<Team> teams, FormErrors errors) {
        String chosen = String.valueOf(form.values().get(NoticeForm.TEAM));
        List<TeamOption> options = new ArrayList<>();
        for (int i = 0; i < teams.size(); i++) {
            options.add(TeamOption.of(i, teams.get(i).id(), teams.get(i).name(), chosen));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("form", form.values());
        model.put("teams", options);
        model.put("titleMax", NoticeForm.TITLE_MAX);
        model.put("bodyMax", NoticeForm.BODY_MAX);
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
        }
        return model;
    }

    private static String field(WebRequest request, String name) {
        return request.form(name).orElse("");
    }
}
