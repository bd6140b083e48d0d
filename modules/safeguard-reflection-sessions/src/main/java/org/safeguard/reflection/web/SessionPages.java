package org.safeguard.reflection.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.api.FamilySummary;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;
import org.safeguard.reflection.ReflectionSessionsModule;
import org.safeguard.reflection.model.AgendaItem;
import org.safeguard.reflection.model.FamilyDiscussion;
import org.safeguard.reflection.model.ReflectionSession;
import org.safeguard.reflection.model.SessionStatus;
import org.safeguard.reflection.service.ReflectionServices;

/**
 * The session page (details, attendees, the agenda with each family's state) and closing the
 * session once its families have been discussed. Families on the agenda not discussed stay due
 * and are proposed for the next session.
 */
@Component(service = RouteContribution.class)
public class SessionPages implements RouteContribution {

    static final String VIEW = "reflection-sessions/session";
    static final String CLOSE = "reflection-sessions/close";

    @Reference
    private ReflectionServices services;

    public SessionPages() {
    }

    /** For tests. */
    SessionPages(ReflectionServices services) {
        this.services = services;
    }

    @Override
    public String moduleId() {
        return ReflectionSessionsModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/reflection/sessions/{sessionId}", ReflectionSessionsModule.READ, this::view),
                Route.get("/reflection/sessions/{sessionId}/close", ReflectionSessionsModule.RUN, this::confirmClose),
                Route.post("/reflection/sessions/{sessionId}/close", ReflectionSessionsModule.RUN, this::close));
    }

    PageResult view(WebRequest request) {
        CurrentUser user = request.user();
        Optional<SessionAccess.Visible> found = SessionAccess.session(services, request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        ReflectionSession session = found.get().session();
        Map<String, Object> model = SessionModel.build(services, user, session, found.get().team());
        banner(request, model);
        // the agenda names families and shows their ratings: a read of each family's discussions
        services.auditLog().record(user, request.remoteAddress(), "reflection.session.view", "session",
                String.valueOf(session.id()), "families=" + ((List<?>) model.get("agenda")).size());
        return PageResult.page(VIEW, Words.title(session), model);
    }

    PageResult confirmClose(WebRequest request) {
        CurrentUser user = request.user();
        Optional<SessionAccess.Visible> found = closable(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        ReflectionSession session = found.get().session();
        Map<Long, FamilyDiscussion> discussed = services.discussions().ofSession(session.id());
        List<String> notDiscussed = new ArrayList<>();
        int hidden = 0;
        for (AgendaItem item : services.sessions().agenda(session.id())) {
            if (discussed.containsKey(item.familyId())) {
                continue;
            }
            Optional<FamilySummary> family = services.cases().visibleFamily(user, item.familyId());
            if (family.isPresent()) {
                notDiscussed.add(org.safeguard.reflection.service.FamilyNames.label(family.get().name()));
            } else {
                hidden++;
            }
        }
        long actions = services.actions().ofDiscussions(discussed.values().stream().map(FamilyDiscussion::id).toList())
                .values().stream().mapToLong(List::size).sum();
        Map<String, Object> model = new HashMap<>();
        model.put("session", session);
        model.put("team", found.get().team());
        model.put("title", Words.title(session));
        model.put("discussedCount", discussed.size());
        model.put("notDiscussed", notDiscussed);
        model.put("hiddenCount", hidden);
        model.put("actionCount", actions);
        model.put("canClose", !discussed.isEmpty() && !session.heldOn().isAfter(services.clock().today()));
        services.auditLog().record(user, request.remoteAddress(), "reflection.session.view", "session",
                String.valueOf(session.id()), "close=confirm");
        return PageResult.page(CLOSE, "Close the session", model);
    }

    PageResult close(WebRequest request) {
        CurrentUser user = request.user();
        Optional<SessionAccess.Visible> found = closable(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        ReflectionSession session = found.get().session();
        int discussed = services.discussions().ofSession(session.id()).size();
        if (discussed == 0 || session.heldOn().isAfter(services.clock().today())) {
            return PageResult.badRequest("A session is closed on or after its date, once at least one family has been "
                    + "discussed. To call it off, cancel it.");
        }
        if (services.sessions().end(session.id(), SessionStatus.CLOSED, user.userId(), user.displayName(),
                services.clock().instant())) {
            services.auditLog().record(user, request.remoteAddress(), "reflection.session.close", "session",
                    String.valueOf(session.id()), "team=" + session.teamId() + " discussed=" + discussed);
        }
        return PageResult.redirect("/reflection/sessions/" + session.id() + "?done=closed");
    }

    private Optional<SessionAccess.Visible> closable(WebRequest request) {
        return SessionAccess.session(services, request)
                .filter(v -> v.session().scheduled())
                .filter(v -> SessionAccess.mayRun(services, request.user(), v.session()));
    }

    private void banner(WebRequest request, Map<String, Object> model) {
        Optional<String> done = request.query("done");
        if (done.isEmpty()) {
            return;
        }
        switch (done.get()) {
            case "scheduled" -> {
                model.put("banner", "Session scheduled");
                model.put("bannerText", "The agenda below was proposed from the team's open families. Reorder, add or "
                        + "remove families as you need.");
            }
            case "changed" -> model.put("banner", "Session details changed");
            case "closed" -> model.put("banner", "Session closed");
            case "recorded" -> {
                model.put("banner", "Discussion recorded");
                nextToDiscuss(request, model).ifPresent(next -> {
                    model.put("bannerText", "Next on the agenda: " + next.name());
                    model.put("bannerHref", next.discussionHref());
                });
            }
            default -> {
                // an unknown value shows no banner
            }
        }
    }

    /** The first family after the one just recorded that has not been discussed yet. */
    private static Optional<SessionModel.AgendaRow> nextToDiscuss(WebRequest request, Map<String, Object> model) {
        @SuppressWarnings("unchecked")
        List<SessionModel.AgendaRow> rows = (List<SessionModel.AgendaRow>) model.get("agenda");
        long after = request.query("family").flatMap(Ids::parse).orElse(0L);
        int from = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).familyId() == after) {
                from = i + 1;
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            SessionModel.AgendaRow row = rows.get((from + i) % rows.size());
            if (!row.discussed() && row.visible()) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }
}
