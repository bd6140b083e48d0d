package org.safeguard.reflection.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;
import org.safeguard.reflection.ReflectionSessionsModule;
import org.safeguard.reflection.model.ReflectionSession;
import org.safeguard.reflection.model.ReflectionSettings;
import org.safeguard.reflection.rules.AgendaProposal;
import org.safeguard.reflection.service.ReflectionServices;
import org.safeguard.reflection.service.TeamOversight;

/**
 * The facilitator shaping the agenda of a scheduled session: add one of the team's open families,
 * move a family up or down, take one off (not once discussed), or have the agenda proposed again
 * from today's discussion dates (families added by hand and those discussed stay). Each change is
 * audited against the family it concerns.
 */
@Component(service = RouteContribution.class)
public class AgendaPages implements RouteContribution {

    static final String FAMILY = "familyId";

    @Reference
    private ReflectionServices services;

    public AgendaPages() {
    }

    /** For tests. */
    AgendaPages(ReflectionServices services) {
        this.services = services;
    }

    @Override
    public String moduleId() {
        return ReflectionSessionsModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        String run = ReflectionSessionsModule.RUN;
        String base = "/reflection/sessions/{sessionId}/agenda";
        return List.of(
                Route.post(base, run, this::add),
                Route.post(base + "/propose", run, this::propose),
                Route.post(base + "/{familyId}/up", run, request -> move(request, -1)),
                Route.post(base + "/{familyId}/down", run, request -> move(request, 1)),
                Route.post(base + "/{familyId}/remove", run, this::remove));
    }

    PageResult add(WebRequest request) {
        CurrentUser user = request.user();
        Optional<SessionAccess.Visible> found = editable(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        ReflectionSession session = found.get().session();
        Optional<Long> familyId = Ids.form(request, FAMILY);
        List<TeamOversight.OpenFamily> families = services.oversight().openFamilies(session.teamId(), user);
        boolean teamFamily = familyId.isPresent() && families.stream().anyMatch(f -> f.id() == familyId.get());
        if (!teamFamily) {
            FormErrors errors = new FormErrors().add(FAMILY, request.form(FAMILY).isEmpty()
                    ? "Select a family to add to the agenda" : "Select one of the team's open families");
            Map<String, Object> model = SessionModel.build(services, user, session, found.get().team());
            model.put("errors", errors.toModel());
            return PageResult.invalid(SessionPages.VIEW, "Error: " + Words.title(session), model);
        }
        if (services.sessions().addToAgenda(session.id(), familyId.get())) {
            services.auditLog().record(user, request.remoteAddress(), "reflection.agenda.add", "family",
                    String.valueOf(familyId.get()), "session=" + session.id());
        }
        return back(session);
    }

    PageResult move(WebRequest request, int step) {
        CurrentUser user = request.user();
        Optional<SessionAccess.Visible> found = editable(request);
        Optional<Long> familyId = Ids.path(request, FAMILY);
        if (found.isEmpty() || familyId.isEmpty()) {
            return PageResult.notFound();
        }
        ReflectionSession session = found.get().session();
        if (!services.sessions().move(session.id(), familyId.get(), step)) {
            return PageResult.notFound();
        }
        services.auditLog().record(user, request.remoteAddress(), "reflection.agenda.move", "family",
                String.valueOf(familyId.get()), "session=" + session.id() + (step < 0 ? " up" : " down"));
        return back(session);
    }

    PageResult remove(WebRequest request) {
        CurrentUser user = request.user();
        Optional<SessionAccess.Visible> found = editable(request);
        Optional<Long> familyId = Ids.path(request, FAMILY);
        if (found.isEmpty() || familyId.isEmpty()) {
            return PageResult.notFound();
        }
        ReflectionSession session = found.get().session();
        if (services.discussions().find(session.id(), familyId.get()).isPresent()) {
            return PageResult.badRequest("This family has been discussed at the session, so it stays on the agenda.");
        }
        if (!services.sessions().removeFromAgenda(session.id(), familyId.get())) {
            return PageResult.notFound();
        }
        services.auditLog().record(user, request.remoteAddress(), "reflection.agenda.remove", "family",
                String.valueOf(familyId.get()), "session=" + session.id());
        return back(session);
    }

    PageResult propose(WebRequest request) {
        CurrentUser user = request.user();
        Optional<SessionAccess.Visible> found = editable(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        ReflectionSession session = found.get().session();
        ReflectionSettings settings = services.settings().forAuthority(session.authorityId());
        List<TeamOversight.OpenFamily> families = services.oversight().openFamilies(session.teamId(), user);
        Set<Long> discussed = services.discussions().ofSession(session.id()).keySet();
        Set<Long> kept = kept(session, discussed);
        List<AgendaProposal.Candidate> candidates = services.oversight().candidates(session.authorityId(),
                session.teamId(), families, session.startsAt(), session.id()).stream()
                .filter(c -> !kept.contains(c.familyId()))
                .toList();
        int room = Math.max(0, AgendaProposal.capacity(session.durationMinutes(), settings.minutesPerFamily())
                - kept.size());
        List<Long> proposal = AgendaProposal.propose(candidates, room).stream()
                .map(AgendaProposal.Candidate::familyId).toList();
        services.sessions().repropose(session.id(), proposal, discussed);
        services.auditLog().record(user, request.remoteAddress(), "reflection.agenda.propose", "session",
                String.valueOf(session.id()), "families=" + proposal.size());
        return back(session);
    }

    /** Families that stay on the agenda when it is proposed again: discussed ones and those added by hand. */
    private Set<Long> kept(ReflectionSession session, Set<Long> discussed) {
        return services.sessions().agenda(session.id()).stream()
                .filter(i -> !i.proposed() || discussed.contains(i.familyId()))
                .map(org.safeguard.reflection.model.AgendaItem::familyId)
                .collect(java.util.stream.Collectors.toSet());
    }

    private Optional<SessionAccess.Visible> editable(WebRequest request) {
        return SessionAccess.session(services, request)
                .filter(v -> v.session().scheduled())
                .filter(v -> SessionAccess.mayRun(services, request.user(), v.session()));
    }

    private static PageResult back(ReflectionSession session) {
        return PageResult.redirect("/reflection/sessions/" + session.id() + "#agenda");
    }
}
