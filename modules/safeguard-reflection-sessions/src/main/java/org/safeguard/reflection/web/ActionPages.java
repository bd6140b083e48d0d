package org.safeguard.reflection.web;

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;
import org.safeguard.reflection.ReflectionSessionsModule;
import org.safeguard.reflection.model.DiscussionAction;
import org.safeguard.reflection.model.ReflectionSession;
import org.safeguard.reflection.service.ReflectionServices;

/**
 * Marking an action done, or not done after all. Its owner, the team's manager or the facilitator
 * who agreed it may, and only while they may see the family; who and when is kept with the action
 * and audited against the family. Done actions leave the work trays.
 */
@Component(service = RouteContribution.class)
public class ActionPages implements RouteContribution {

    /** Where to go back to: one of this module's pages, never somewhere else. */
    static final String RETURN = "returnTo";

    @Reference
    private ReflectionServices services;

    public ActionPages() {
    }

    /** For tests. */
    ActionPages(ReflectionServices services) {
        this.services = services;
    }

    @Override
    public String moduleId() {
        return ReflectionSessionsModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post("/reflection/actions/{actionId}/done", ReflectionSessionsModule.ACTIONS, r -> mark(r, true)),
                Route.post("/reflection/actions/{actionId}/undone", ReflectionSessionsModule.ACTIONS, r -> mark(r, false)));
    }

    PageResult mark(WebRequest request, boolean done) {
        CurrentUser user = request.user();
        if (user.authorityId() == null) {
            return PageResult.notFound();
        }
        Optional<DiscussionAction> found = Ids.path(request, "actionId")
                .flatMap(id -> services.actions().find(id, user.authorityId()));
        if (found.isEmpty() || services.cases().visibleFamily(user, found.get().familyId()).isEmpty()) {
            return PageResult.notFound();
        }
        DiscussionAction action = found.get();
        Optional<ReflectionSession> session = services.sessions().find(action.sessionId(), user.authorityId());
        if (session.isEmpty() || !SessionAccess.mayMark(services, user, action, session.get())) {
            return PageResult.forbidden();
        }
        if (services.actions().setDone(action.id(), done, user.userId(), user.displayName(), services.clock().today(),
                services.clock().instant())) {
            services.auditLog().record(user, request.remoteAddress(),
                    done ? "reflection.action.done" : "reflection.action.reopen", "family",
                    String.valueOf(action.familyId()), "action=" + action.id());
        }
        return PageResult.redirect(returnTo(request, action));
    }

    /** A path of this module's from the form, or the family's page. */
    static String returnTo(WebRequest request, DiscussionAction action) {
        return request.form(RETURN)
                .filter(path -> path.matches("/reflection(/[A-Za-z0-9-]+)*"))
                .orElse("/reflection/families/" + action.familyId()) + "?done=action#actions";
    }
}
