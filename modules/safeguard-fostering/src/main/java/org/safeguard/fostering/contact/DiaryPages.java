package org.safeguard.fostering.contact;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.fostering.FosteringContext;
import org.safeguard.fostering.FosteringModule;
import org.safeguard.fostering.model.ContactAttendee;
import org.safeguard.fostering.model.ContactSession;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Paging;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/**
 * The supervised contact diary: sessions in the next two weeks, sessions whose record is awaited,
 * and those of the last four weeks, for the children whose cases the user can see (everyone in the
 * authority for a county-wide team; their districts' children for a district team).
 */
@Component(service = RouteContribution.class)
public class DiaryPages implements RouteContribution {

    static final String TEMPLATE = "fostering/contact/diary";
    static final int DAYS_AHEAD = 14;
    static final int DAYS_BACK = 28;

    enum View {
        UPCOMING("upcoming", "Next two weeks"), AWAITING("awaiting", "Awaiting a record"), RECENT("recent", "Last four weeks");

        final String param;
        final String label;

        View(String param, String label) {
            this.param = param;
            this.label = label;
        }
    }

    @Reference
    private FosteringContext context;

    public DiaryPages() {
    }

    /** For tests. */
    public DiaryPages(FosteringContext context) {
        this.context = context;
    }

    @Override
    public String moduleId() {
        return FosteringModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.get("/fostering/contact", FosteringModule.READ, this::diary));
    }

    PageResult diary(WebRequest request) {
        CurrentUser user = request.user();
        if (user.authorityId() == null) {
            return PageResult.notFound();
        }
        View view = request.query("view").flatMap(v -> java.util.Arrays.stream(View.values())
                .filter(x -> x.param.equals(v)).findFirst()).orElse(View.UPCOMING);
        LocalDateTime now = context.clock().localNow();
        List<ContactSession> sessions = switch (view) {
            case UPCOMING -> context.contact().between(user.authorityId(), now.toLocalDate().atStartOfDay(),
                    now.toLocalDate().plusDays(DAYS_AHEAD + 1).atStartOfDay());
            case AWAITING -> context.contact().awaitingRecord(user.authorityId(), now);
            case RECENT -> reversed(context.contact().between(user.authorityId(),
                    now.toLocalDate().minusDays(DAYS_BACK).atStartOfDay(), now));
        };
        Set<Long> caseIds = sessions.stream().map(ContactSession::caseId).collect(Collectors.toSet());
        Map<Long, ChildCase> visible = new HashMap<>();
        if (!caseIds.isEmpty()) {
            context.cases().visibleCases(user, caseIds).stream()
                    .filter(c -> context.enablement().isEnabled(FosteringModule.MODULE_ID, c.authorityId(), c.districtId()))
                    .forEach(c -> visible.put(c.id(), c));
        }
        List<ContactSession> shown = sessions.stream().filter(s -> visible.containsKey(s.caseId())).toList();
        Paging paging = Paging.of(request, Paging.DEFAULT_SIZE, shown.size());
        List<ContactSession> page = shown.subList(paging.offset(), Math.min(shown.size(), paging.offset() + paging.size()));
        Map<Long, List<ContactAttendee>> attendees = context.contact()
                .attendees(page.stream().map(ContactSession::id).toList());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ContactSession session : page) {
            Map<String, Object> row = SessionViews.of(session, attendees.getOrDefault(session.id(), List.of()));
            row.put("childName", visible.get(session.caseId()).childName());
            row.put("href", "/fostering/cases/" + session.caseId() + "/contact");
            rows.add(row);
        }
        List<Map<String, Object>> views = new ArrayList<>();
        for (View v : View.values()) {
            views.add(Map.of("href", "/fostering/contact?view=" + v.param, "label", v.label, "current", v == view));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("rows", rows);
        model.put("views", views);
        model.put("view", view.label);
        model.put("paging", paging.model("/fostering/contact?view=" + view.param + "&"));
        model.put("register", context.access(user).seesRegister());
        context.audit(request, "contact.diary.view", "authority", user.authorityId(),
                "view=" + view.param + " shown=" + shown.size());
        return PageResult.page(TEMPLATE, "Supervised contact", model);
    }

    private static List<ContactSession> reversed(List<ContactSession> sessions) {
        List<ContactSession> copy = new ArrayList<>(sessions);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
