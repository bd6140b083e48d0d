package org.safeguard.reflection.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.api.FamilySummary;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;
import org.safeguard.reflection.ReflectionSessionsModule;
import org.safeguard.reflection.data.ChangedMeanwhile;
import org.safeguard.reflection.model.DiscussionAction;
import org.safeguard.reflection.model.FamilyDiscussion;
import org.safeguard.reflection.model.ReflectionSession;
import org.safeguard.reflection.model.RiskRating;
import org.safeguard.reflection.service.FamilyNames;
import org.safeguard.reflection.service.ReflectionServices;
import org.safeguard.reflection.service.ReflectionTeams;

/**
 * One family at one session: what the team knows going in (who lives there, the children's plans,
 * the last discussion, actions still open, any drift signal) and the discussion itself, recorded
 * by the facilitator or a team manager from the day of the session until it is closed, read-only
 * after. The family must be on the session's agenda and one the user may see; every view and save
 * is audited against the family.
 */
@Component(service = RouteContribution.class)
public class DiscussionPages implements RouteContribution {

    static final String TEMPLATE = "reflection-sessions/discussion";

    @Reference
    private ReflectionServices services;

    public DiscussionPages() {
    }

    /** For tests. */
    DiscussionPages(ReflectionServices services) {
        this.services = services;
    }

    @Override
    public String moduleId() {
        return ReflectionSessionsModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        String path = "/reflection/sessions/{sessionId}/families/{familyId}";
        return List.of(
                Route.get(path, ReflectionSessionsModule.READ, this::view),
                Route.post(path, ReflectionSessionsModule.RUN, this::record));
    }

    /** The session and the family, when both are the user's to see and the family is on the agenda. */
    private record Context(SessionAccess.Visible visible, FamilySummary family) {

        ReflectionSession session() {
            return visible.session();
        }
    }

    PageResult view(WebRequest request) {
        CurrentUser user = request.user();
        Optional<Context> found = context(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        Context context = found.get();
        Optional<FamilyDiscussion> discussion = services.discussions().find(context.session().id(), context.family().id());
        DiscussionForm form = discussion.map(DiscussionForm::of).orElseGet(DiscussionForm::blank);
        Map<String, Object> model = model(user, context, discussion, form, new FormErrors());
        request.query("done").filter("action"::equals).ifPresent(d -> model.put("banner", "Action updated"));
        services.auditLog().record(user, request.remoteAddress(), "reflection.discussion.view", "family",
                String.valueOf(context.family().id()), "session=" + context.session().id());
        return PageResult.page(TEMPLATE, FamilyNames.label(context.family().name()) + ": " + Words.title(context.session()), model);
    }

    PageResult record(WebRequest request) {
        CurrentUser user = request.user();
        Optional<Context> found = context(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        Context context = found.get();
        ReflectionSession session = context.session();
        if (!recordable(user, session)) {
            return PageResult.forbidden();
        }
        Map<Long, ReflectionTeams.Member> owners = new HashMap<>();
        services.teams().practitioners(session.teamId()).forEach(m -> owners.put(m.userId(), m));
        DiscussionForm form = DiscussionForm.from(request);
        FormErrors errors = form.validate(session.heldOn(), owners.keySet());
        String title = FamilyNames.label(context.family().name()) + ": " + Words.title(session);
        if (!errors.isEmpty()) {
            Optional<FamilyDiscussion> stored = services.discussions().find(session.id(), context.family().id());
            return PageResult.invalid(TEMPLATE, "Error: " + title, model(user, context, stored, form, errors));
        }
        FamilyDiscussion saved;
        try {
            saved = services.discussions().record(session.id(), context.family().id(), form.expectedVersion(),
                    form.content(), form.actions(id -> owners.get(id).name()), user.userId(), user.displayName(),
                    services.clock().instant());
        } catch (ChangedMeanwhile e) {
            Optional<FamilyDiscussion> stored = services.discussions().find(session.id(), context.family().id());
            Map<String, Object> model = model(user, context, stored, form, new FormErrors());
            model.put("conflict", e.getMessage());
            stored.ifPresent(d -> model.put("form", withVersion(form, d)));
            return new PageResult.Page(TEMPLATE, "Error: " + title, model, 409);
        }
        services.auditLog().record(user, request.remoteAddress(), "reflection.discussion.record", "family",
                String.valueOf(context.family().id()), "session=" + session.id() + " rating=" + saved.riskRating().name()
                        + " actions=" + form.actions(id -> "").size() + (form.expectedVersion() == null ? "" : " revised"));
        return PageResult.redirect("/reflection/sessions/" + session.id() + "?done=recorded&family="
                + context.family().id() + "#agenda");
    }

    /** The typed values with the stored version, so saving again overwrites knowingly what is now stored. */
    private static Map<String, Object> withVersion(DiscussionForm form, FamilyDiscussion stored) {
        Map<String, Object> values = form.values();
        values.put(DiscussionForm.VERSION, String.valueOf(stored.version()));
        return values;
    }

    private Optional<Context> context(WebRequest request) {
        CurrentUser user = request.user();
        Optional<SessionAccess.Visible> visible = SessionAccess.session(services, request);
        Optional<Long> familyId = Ids.path(request, "familyId");
        if (visible.isEmpty() || familyId.isEmpty()) {
            return Optional.empty();
        }
        boolean onAgenda = services.sessions().agenda(visible.get().session().id()).stream()
                .anyMatch(i -> i.familyId() == familyId.get());
        if (!onAgenda) {
            return Optional.empty();
        }
        return services.cases().visibleFamily(user, familyId.get()).map(f -> new Context(visible.get(), f));
    }

    private boolean recordable(CurrentUser user, ReflectionSession session) {
        return session.scheduled() && SessionAccess.mayRun(services, user, session)
                && !session.heldOn().isAfter(services.clock().today());
    }

    private Map<String, Object> model(CurrentUser user, Context context, Optional<FamilyDiscussion> discussion,
                                      DiscussionForm form, FormErrors errors) {
        ReflectionSession session = context.session();
        FamilySummary family = context.family();
        LocalDate today = services.clock().today();
        Map<String, Object> model = new HashMap<>();
        model.put("session", session);
        model.put("team", context.visible().team());
        model.put("family", family);
        model.put("familyName", FamilyNames.label(family.name()));
        model.put("sessionTitle", Words.title(session));
        model.put("members", services.cases().members(family.id()));
        model.put("drift", services.oversight().driftOf(session.authorityId(), family, today,
                services.settings().forAuthority(session.authorityId())).orElse(null));
        services.discussions().history(session.authorityId(), family.id(), 0, 5).stream()
                .filter(h -> h.discussion().sessionId() != session.id()
                        && !h.discussion().discussedOn().isAfter(session.heldOn()))
                .findFirst()
                .ifPresent(h -> model.put("previous", Map.of("on", h.discussion().discussedOn(),
                        "rating", h.discussion().riskRating(), "team", h.session().teamName())));
        // actions still open from earlier discussions: what the team said it would do
        List<DiscussionAction> open = services.actions().openForFamily(session.authorityId(), family.id()).stream()
                .filter(a -> discussion.map(d -> a.discussionId() != d.id()).orElse(true))
                .toList();
        model.put("openActions", views(user, open, today));
        discussion.ifPresent(d -> {
            model.put("discussion", DiscussionView.of(d));
            model.put("actions", views(user, services.actions().ofDiscussions(List.of(d.id()))
                    .getOrDefault(d.id(), List.of()), today));
        });
        boolean recordable = recordable(user, session);
        model.put("recordable", recordable);
        model.put("returnTo", "/reflection/sessions/" + session.id() + "/families/" + family.id());
        if (recordable) {
            model.put("form", form.values());
            model.put("ratings", ratingOptions(form.values().get(DiscussionForm.RATING)));
            List<ReflectionTeams.Member> owners = services.teams().practitioners(session.teamId());
            List<Map<String, Object>> rows = new ArrayList<>();
            Map<String, String> fieldErrors = errors.byField();
            for (int n = 1; n <= DiscussionForm.ACTION_ROWS; n++) {
                DiscussionForm.ActionRow row = form.rows().get(n - 1);
                String prefix = "action" + n;
                String chosen = row.owner();
                Map<String, Object> fields = new HashMap<>();
                fields.put("n", n);
                fields.put("prefix", prefix);
                fields.put("dueName", prefix + "Due");
                fields.put("description", row.description());
                fields.put("dueDay", row.dueDay());
                fields.put("dueMonth", row.dueMonth());
                fields.put("dueYear", row.dueYear());
                fields.put("descriptionError", fieldErrors.get(prefix + "Description"));
                fields.put("ownerError", fieldErrors.get(prefix + "Owner"));
                fields.put("dueError", fieldErrors.get(prefix + "DueDay"));
                fields.put("owners", owners.stream().map(m -> Map.of("value", m.userId(),
                        "label", m.name() + " (" + m.roleLabel() + ")",
                        "selected", chosen.equals(String.valueOf(m.userId())))).toList());
                rows.add(fields);
            }
            model.put("actionRows", rows);
            model.put("textMax", FamilyDiscussion.TEXT_MAX);
        }
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
        }
        return model;
    }

    private List<ActionView> views(CurrentUser user, List<DiscussionAction> actions, LocalDate today) {
        Map<Long, ReflectionSession> sessions = new HashMap<>();
        var events = services.actions().events(actions.stream().map(DiscussionAction::id).toList());
        List<ActionView> views = new ArrayList<>();
        for (DiscussionAction action : actions) {
            ReflectionSession agreedAt = sessions.computeIfAbsent(action.sessionId(),
                    id -> services.sessions().find(id, action.authorityId()).orElse(null));
            boolean mayMark = agreedAt != null && SessionAccess.mayMark(services, user, action, agreedAt);
            views.add(ActionView.of(action, events.getOrDefault(action.id(), List.of()), mayMark, today));
        }
        return views;
    }

    static List<Map<String, Object>> ratingOptions(Object chosen) {
        List<Map<String, Object>> options = new ArrayList<>();
        for (RiskRating rating : RiskRating.values()) {
            options.add(Map.of("id", options.isEmpty() ? DiscussionForm.RATING : "riskRating-" + rating.name(),
                    "value", rating.name(), "label", rating.label(), "hint", rating.hint(),
                    "checked", rating.name().equals(chosen)));
        }
        return options;
    }

}
