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
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Paging;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;
import org.safeguard.reflection.ReflectionSessionsModule;
import org.safeguard.reflection.data.DiscussionRepository;
import org.safeguard.reflection.model.ActionEvent;
import org.safeguard.reflection.model.DiscussionAction;
import org.safeguard.reflection.model.ReflectionSession;
import org.safeguard.reflection.model.ReflectionSettings;
import org.safeguard.reflection.rules.DiscussionDue;
import org.safeguard.reflection.service.ReflectionServices;

/**
 * The family record's tab: any drift signal, when it was last discussed and is next due, its open
 * actions, and every discussion with its actions, newest first (paged). Under the family's banner
 * and tabs, like any of the family's pages; a family the user may not see, or in a district where
 * the module is off, is "not found". Every view is audited.
 */
@Component(service = RouteContribution.class)
public class FamilyPages implements RouteContribution {

    static final String TEMPLATE = "reflection-sessions/family";
    static final int PER_PAGE = 10;

    @Reference
    private ReflectionServices services;

    public FamilyPages() {
    }

    /** For tests. */
    FamilyPages(ReflectionServices services) {
        this.services = services;
    }

    @Override
    public String moduleId() {
        return ReflectionSessionsModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.get("/reflection/families/{familyId}", ReflectionSessionsModule.READ, this::view));
    }

    /** One discussion with its session and actions; public for the template engine. */
    public record Entry(DiscussionView discussion, String teamName, String facilitatorName, String sessionHref,
                        boolean sessionVisible, List<ActionView> actions) {}

    PageResult view(WebRequest request) {
        CurrentUser user = request.user();
        Optional<FamilySummary> found = Ids.path(request, "familyId")
                .flatMap(id -> services.cases().visibleFamily(user, id))
                .filter(f -> services.enablement().isEnabled(ReflectionSessionsModule.MODULE_ID, f.authorityId(),
                        f.districtId()));
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        FamilySummary family = found.get();
        LocalDate today = services.clock().today();
        ReflectionSettings settings = services.settings().forAuthority(family.authorityId());
        Paging paging = Paging.of(request, PER_PAGE, services.discussions().countHistory(family.authorityId(), family.id()));
        List<DiscussionRepository.Held> history = services.discussions().history(family.authorityId(), family.id(),
                paging.offset(), paging.size());
        Map<Long, List<DiscussionAction>> actions = services.actions().ofDiscussions(
                history.stream().map(h -> h.discussion().id()).toList());
        List<DiscussionAction> open = services.actions().openForFamily(family.authorityId(), family.id());
        List<Long> actionIds = new ArrayList<>(open.stream().map(DiscussionAction::id).toList());
        actions.values().forEach(list -> list.forEach(a -> actionIds.add(a.id())));
        Map<Long, List<ActionEvent>> events = services.actions().events(actionIds);
        Map<Long, ReflectionSession> sessions = new HashMap<>();
        history.forEach(h -> sessions.put(h.session().id(), h.session()));

        List<Entry> entries = new ArrayList<>();
        for (DiscussionRepository.Held held : history) {
            ReflectionSession session = held.session();
            List<ActionView> views = actions.getOrDefault(held.discussion().id(), List.of()).stream()
                    .map(a -> view(user, a, session, events, today)).toList();
            entries.add(new Entry(DiscussionView.of(held.discussion()), session.teamName(), session.facilitatorName(),
                    "/reflection/sessions/" + session.id(), user.teamIds().contains(session.teamId()), views));
        }
        List<ActionView> openViews = new ArrayList<>();
        for (DiscussionAction action : open) {
            ReflectionSession session = sessions.computeIfAbsent(action.sessionId(),
                    id -> services.sessions().find(id, family.authorityId()).orElse(null));
            openViews.add(view(user, action, session, events, today));
        }

        Map<String, Object> model = new HashMap<>();
        model.put("recordHeader", services.cases().familyHeader(user, family).withCurrent(request.path()));
        model.put("family", family);
        model.put("drift", services.oversight().driftOf(family.authorityId(), family, today, settings).orElse(null));
        model.put("entries", entries);
        model.put("openActions", openViews);
        model.put("returnTo", "/reflection/families/" + family.id());
        model.put("intervalWeeks", settings.intervalWeeks());
        services.discussions().lastDiscussed(family.authorityId(), List.of(family.id())).values().stream().findFirst()
                .ifPresent(last -> {
                    model.put("lastDiscussed", last);
                    LocalDate due = DiscussionDue.dueOn(last, last, settings.intervalDays());
                    model.put("nextDue", due);
                    model.put("overdue", due.isBefore(today));
                });
        model.put("paging", paging.model("/reflection/families/" + family.id() + "?"));
        request.query("done").filter("action"::equals).ifPresent(d -> model.put("banner", "Action updated"));
        services.auditLog().record(user, request.remoteAddress(), "reflection.family.view", "family",
                String.valueOf(family.id()), "page=" + paging.page());
        return PageResult.page(TEMPLATE, org.safeguard.reflection.service.FamilyNames.label(family.name()) + ": reflection sessions", model);
    }

    private ActionView view(CurrentUser user, DiscussionAction action, ReflectionSession session,
                            Map<Long, List<ActionEvent>> events, LocalDate today) {
        boolean mayMark = session != null && SessionAccess.mayMark(services, user, action, session);
        return ActionView.of(action, events.getOrDefault(action.id(), List.of()), mayMark, today);
    }
}
