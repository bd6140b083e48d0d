package org.safeguard.reflection.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;
import org.safeguard.reflection.ReflectionSessionsModule;
import org.safeguard.reflection.data.SessionRepository;
import org.safeguard.reflection.model.ReflectionSession;
import org.safeguard.reflection.model.ReflectionSettings;
import org.safeguard.reflection.model.SessionStatus;
import org.safeguard.reflection.rules.AgendaProposal;
import org.safeguard.reflection.service.ReflectionServices;
import org.safeguard.reflection.service.ReflectionTeams;
import org.safeguard.reflection.service.TeamOversight;

/**
 * Scheduling a session for a team (its agenda proposed at once from the team's open families),
 * changing its date, length, facilitator or attendees, and cancelling it, while nothing has been
 * recorded at it yet. A session with discussions is closed, never cancelled or moved, so what was
 * discussed keeps its date.
 */
@Component(service = RouteContribution.class)
public class SchedulePages implements RouteContribution {

    static final String FORM = "reflection-sessions/schedule";
    static final String CANCEL = "reflection-sessions/cancel";

    @Reference
    private ReflectionServices services;

    public SchedulePages() {
    }

    /** For tests. */
    SchedulePages(ReflectionServices services) {
        this.services = services;
    }

    @Override
    public String moduleId() {
        return ReflectionSessionsModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        String run = ReflectionSessionsModule.RUN;
        return List.of(
                Route.get("/reflection/teams/{teamId}/sessions/new", run, this::newSession),
                Route.post("/reflection/teams/{teamId}/sessions", run, this::schedule),
                Route.get("/reflection/sessions/{sessionId}/edit", run, this::edit),
                Route.post("/reflection/sessions/{sessionId}/edit", run, this::change),
                Route.get("/reflection/sessions/{sessionId}/cancel", run, this::confirmCancel),
                Route.post("/reflection/sessions/{sessionId}/cancel", run, this::cancel));
    }

    PageResult newSession(WebRequest request) {
        Optional<Team> team = schedulable(request);
        if (team.isEmpty()) {
            return PageResult.notFound();
        }
        ReflectionSettings settings = services.settings().forAuthority(team.get().authorityId());
        List<ReflectionTeams.Clinician> facilitators = services.teams().facilitators(team.get());
        List<ReflectionTeams.Member> practitioners = services.teams().practitioners(team.get().id());
        ScheduleForm form = ScheduleForm.blank(settings.sessionMinutes(),
                facilitators.stream().map(ReflectionTeams.Clinician::userId).toList(),
                practitioners.stream().map(ReflectionTeams.Member::userId).toList());
        return PageResult.page(FORM, "Schedule a reflection session",
                model(team.get(), null, form, new FormErrors(), settings));
    }

    PageResult schedule(WebRequest request) {
        CurrentUser user = request.user();
        Optional<Team> found = schedulable(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        Team team = found.get();
        ReflectionSettings settings = services.settings().forAuthority(team.authorityId());
        ScheduleForm form = ScheduleForm.from(request);
        Map<Long, ReflectionTeams.Clinician> facilitators = facilitators(team);
        Map<Long, ReflectionTeams.Member> practitioners = practitioners(team);
        FormErrors errors = form.validate(facilitators.keySet(), practitioners.keySet(), services.clock().today());
        if (!errors.isEmpty()) {
            return PageResult.invalid(FORM, "Error: Schedule a reflection session",
                    model(team, null, form, errors, settings));
        }
        ReflectionTeams.Clinician facilitator = facilitators.get(form.facilitatorId().orElseThrow());
        List<TeamOversight.OpenFamily> families = services.oversight().openFamilies(team.id(), user);
        List<AgendaProposal.Candidate> candidates = services.oversight().candidates(team.authorityId(), team.id(),
                families, form.startsAt(), null);
        List<Long> agenda = AgendaProposal.propose(candidates,
                        AgendaProposal.capacity(form.durationMinutes(), settings.minutesPerFamily())).stream()
                .map(AgendaProposal.Candidate::familyId).toList();
        ReflectionSession session = services.sessions().schedule(
                new ReflectionSession(team.authorityId(), team.id(), team.name(), form.startsAt(), form.durationMinutes(),
                        facilitator.userId(), facilitator.name(), user.userId(), services.clock().instant()),
                attendees(form, practitioners), agenda);
        services.auditLog().record(user, request.remoteAddress(), "reflection.session.schedule", "session",
                String.valueOf(session.id()), "team=" + team.id() + " families=" + agenda.size());
        return PageResult.redirect("/reflection/sessions/" + session.id() + "?done=scheduled");
    }

    PageResult edit(WebRequest request) {
        Optional<SessionAccess.Visible> found = changeable(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        ReflectionSession session = found.get().session();
        if (!services.discussions().ofSession(session.id()).isEmpty()) {
            return notChangeable(session);
        }
        List<Long> attendees = services.sessions().attendees(session.id()).stream()
                .map(org.safeguard.reflection.model.SessionAttendee::userId).toList();
        ScheduleForm form = ScheduleForm.of(session.startsAt(), session.durationMinutes(), session.facilitatorUserId(),
                attendees);
        return PageResult.page(FORM, "Change the session's details", model(found.get().team(), session, form,
                new FormErrors(), services.settings().forAuthority(session.authorityId())));
    }

    PageResult change(WebRequest request) {
        CurrentUser user = request.user();
        Optional<SessionAccess.Visible> found = changeable(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        ReflectionSession session = found.get().session();
        Team team = found.get().team();
        if (!services.discussions().ofSession(session.id()).isEmpty()) {
            return notChangeable(session);
        }
        ScheduleForm form = ScheduleForm.from(request);
        Map<Long, ReflectionTeams.Clinician> facilitators = facilitators(team);
        Map<Long, ReflectionTeams.Member> practitioners = practitioners(team);
        FormErrors errors = form.validate(facilitators.keySet(), practitioners.keySet(), services.clock().today());
        if (!errors.isEmpty()) {
            return PageResult.invalid(FORM, "Error: Change the session's details", model(team, session, form, errors,
                    services.settings().forAuthority(session.authorityId())));
        }
        ReflectionTeams.Clinician facilitator = facilitators.get(form.facilitatorId().orElseThrow());
        services.sessions().changeDetails(session.id(), form.startsAt(), form.durationMinutes(), facilitator.userId(),
                facilitator.name(), attendees(form, practitioners));
        services.auditLog().record(user, request.remoteAddress(), "reflection.session.change", "session",
                String.valueOf(session.id()), "team=" + team.id());
        return PageResult.redirect("/reflection/sessions/" + session.id() + "?done=changed");
    }

    PageResult confirmCancel(WebRequest request) {
        Optional<SessionAccess.Visible> found = changeable(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        ReflectionSession session = found.get().session();
        Map<String, Object> model = new HashMap<>();
        model.put("session", session);
        model.put("title", Words.title(session));
        model.put("when", Words.when(session));
        model.put("team", found.get().team());
        model.put("hasDiscussions", !services.discussions().ofSession(session.id()).isEmpty());
        return PageResult.page(CANCEL, "Cancel the session", model);
    }

    PageResult cancel(WebRequest request) {
        CurrentUser user = request.user();
        Optional<SessionAccess.Visible> found = changeable(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        ReflectionSession session = found.get().session();
        if (!services.discussions().ofSession(session.id()).isEmpty()) {
            return notChangeable(session);
        }
        if (services.sessions().end(session.id(), SessionStatus.CANCELLED, user.userId(), user.displayName(),
                services.clock().instant())) {
            services.auditLog().record(user, request.remoteAddress(), "reflection.session.cancel", "session",
                    String.valueOf(session.id()), "team=" + session.teamId());
        }
        return PageResult.redirect("/reflection/teams/" + session.teamId() + "?done=cancelled");
    }

    /** The team in the path, if the user may schedule its sessions. */
    private Optional<Team> schedulable(WebRequest request) {
        return Ids.path(request, "teamId")
                .flatMap(id -> services.teams().usersTeam(request.user(), id))
                .filter(team -> TeamPages.maySchedule(services, request.user(), team));
    }

    /** A scheduled session the user runs. */
    private Optional<SessionAccess.Visible> changeable(WebRequest request) {
        return SessionAccess.session(services, request)
                .filter(v -> v.session().scheduled())
                .filter(v -> SessionAccess.mayRun(services, request.user(), v.session()));
    }

    private static PageResult notChangeable(ReflectionSession session) {
        return PageResult.badRequest("Families have been discussed at this session, so it can no longer be moved or "
                + "cancelled. Close it instead.");
    }

    private Map<Long, ReflectionTeams.Clinician> facilitators(Team team) {
        Map<Long, ReflectionTeams.Clinician> byId = new HashMap<>();
        services.teams().facilitators(team).forEach(c -> byId.put(c.userId(), c));
        return byId;
    }

    private Map<Long, ReflectionTeams.Member> practitioners(Team team) {
        Map<Long, ReflectionTeams.Member> byId = new HashMap<>();
        services.teams().practitioners(team.id()).forEach(m -> byId.put(m.userId(), m));
        return byId;
    }

    private static List<SessionRepository.NewAttendee> attendees(ScheduleForm form,
                                                                 Map<Long, ReflectionTeams.Member> practitioners) {
        List<SessionRepository.NewAttendee> attendees = new ArrayList<>();
        for (long id : form.attendeeIds()) {
            ReflectionTeams.Member member = practitioners.get(id);
            attendees.add(new SessionRepository.NewAttendee(id, member.name(), member.roleLabel()));
        }
        return attendees;
    }

    private Map<String, Object> model(Team team, ReflectionSession session, ScheduleForm form, FormErrors errors,
                                      ReflectionSettings settings) {
        Map<String, Object> model = new HashMap<>();
        model.put("team", team);
        model.put("editing", session != null);
        model.put("action", session == null ? "/reflection/teams/" + team.id() + "/sessions"
                : "/reflection/sessions/" + session.id() + "/edit");
        model.put("back", session == null ? "/reflection/teams/" + team.id() : "/reflection/sessions/" + session.id());
        model.put("form", form.values());
        model.put("minutesPerFamily", settings.minutesPerFamily());
        model.put("durationMin", ScheduleForm.DURATION_MIN);
        model.put("durationMax", ScheduleForm.DURATION_MAX);
        String chosen = String.valueOf(form.values().get(ScheduleForm.FACILITATOR));
        List<Map<String, Object>> facilitators = new ArrayList<>();
        for (ReflectionTeams.Clinician c : services.teams().facilitators(team)) {
            // the first option carries the field's name as its id, so the error summary's link lands on it
            facilitators.add(Map.of("id", facilitators.isEmpty() ? ScheduleForm.FACILITATOR : "facilitator-" + c.userId(),
                    "value", c.userId(), "label", c.name(), "hint", Words.fte(c.fte()) + " with this team",
                    "checked", chosen.equals(String.valueOf(c.userId()))));
        }
        model.put("facilitators", facilitators);
        List<Map<String, Object>> people = new ArrayList<>();
        for (ReflectionTeams.Member member : services.teams().practitioners(team.id())) {
            people.add(Map.of("id", people.isEmpty() ? ScheduleForm.ATTENDEES : "attendee-" + member.userId(),
                    "value", member.userId(), "label", member.name(), "hint", member.roleLabel(),
                    "checked", form.invited(member.userId())));
        }
        model.put("practitioners", people);
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
        }
        return model;
    }
}
