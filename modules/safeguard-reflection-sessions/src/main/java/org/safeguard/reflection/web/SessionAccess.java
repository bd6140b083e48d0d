package org.safeguard.reflection.web;

import java.util.Optional;

import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.Role;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.WebRequest;
import org.safeguard.reflection.ReflectionSessionsModule;
import org.safeguard.reflection.model.DiscussionAction;
import org.safeguard.reflection.model.ReflectionSession;
import org.safeguard.reflection.service.ReflectionServices;

/**
 * Who may see and do what with a session, in one place. A session is seen only by members of its
 * team (where the module is enabled for the team's district); anyone else gets "not found". Within
 * the team, the session's facilitator and the team's managers run it (agenda, discussions, close);
 * an action is marked done by its owner, the team's managers or the facilitator who agreed it.
 */
final class SessionAccess {

    /** A session with the team it belongs to, as the user may see it. */
    record Visible(ReflectionSession session, Team team) {}

    private SessionAccess() {
    }

    /** The session named by the path's {@code sessionId}, if the user may see it. */
    static Optional<Visible> session(ReflectionServices services, WebRequest request) {
        CurrentUser user = request.user();
        if (user.authorityId() == null) {
            return Optional.empty();
        }
        return Ids.path(request, "sessionId")
                .flatMap(id -> services.sessions().find(id, user.authorityId()))
                .flatMap(s -> services.teams().usersTeam(user, s.teamId()).map(t -> new Visible(s, t)));
    }

    /** Facilitator or team manager, with the permission to run sessions. */
    static boolean mayRun(ReflectionServices services, CurrentUser user, ReflectionSession session) {
        if (!user.hasPermission(ReflectionSessionsModule.RUN) || user.userId() == null) {
            return false;
        }
        return user.userId() == session.facilitatorUserId()
                || services.teams().holds(user, session.teamId(), Role.TEAM_MANAGER);
    }

    /** The action's owner, the team's manager or the session's facilitator, with the permission. */
    static boolean mayMark(ReflectionServices services, CurrentUser user, DiscussionAction action,
                           ReflectionSession session) {
        if (!user.hasPermission(ReflectionSessionsModule.ACTIONS) || user.userId() == null) {
            return false;
        }
        return user.userId() == action.ownerUserId() || user.userId() == session.facilitatorUserId()
                || services.teams().holds(user, action.teamId(), Role.TEAM_MANAGER);
    }
}
