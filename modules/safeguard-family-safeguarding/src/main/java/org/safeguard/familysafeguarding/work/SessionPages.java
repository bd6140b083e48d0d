package org.safeguard.familysafeguarding.work;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.api.FamilySummary;
import org.safeguard.familysafeguarding.FamilySafeguardingModule;
import org.safeguard.familysafeguarding.access.FamilyAccess;
import org.safeguard.familysafeguarding.access.WorkPermissions;
import org.safeguard.familysafeguarding.data.FamilySafeguardingData;
import org.safeguard.familysafeguarding.model.ParentSession;
import org.safeguard.familysafeguarding.model.PractitionerAssignment;
import org.safeguard.familysafeguarding.web.FamilyContext;
import org.safeguard.familysafeguarding.web.Fields;
import org.safeguard.familysafeguarding.web.SessionView;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Paging;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/**
 * Sessions with parents: the family's list (paged, latest first), one session, and recording one.
 * Only the practitioner doing the work records a session under their assignment, or a manager who
 * assigns ({@link WorkPermissions}); anyone who may see the family's adult work reads them.
 */
@Component(service = RouteContribution.class)
public class SessionPages implements RouteContribution {

    static final String LIST = "family-safeguarding/work/sessions";
    static final String VIEW = "family-safeguarding/work/session";
    static final String FORM = "family-safeguarding/work/session-form";

    @Reference
    private FamilyAccess access;

    @Reference
    private FamilySafeguardingData data;

    @Reference
    private AuditLog auditLog;

    private CouncilClock clock = CouncilClock.system();
    private FamilyContext context;

    public SessionPages() {
    }

    /** For tests. */
    public SessionPages(FamilyAccess access, FamilySafeguardingData data, AuditLog auditLog, CouncilClock clock) {
        this.access = access;
        this.data = data;
        this.auditLog = auditLog;
        this.clock = clock;
        activate();
    }

    @Activate
    void activate() {
        context = new FamilyContext(access, auditLog);
    }

    @Override
    public String moduleId() {
        return FamilySafeguardingModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        String base = "/family-safeguarding/families/{familyId}/sessions";
        return List.of(
                Route.get(base, FamilySafeguardingModule.READ, this::list),
                Route.get(base + "/new", FamilySafeguardingModule.RECORD, this::newSession),
                Route.post(base, FamilySafeguardingModule.RECORD, this::record),
                Route.get(base + "/{sessionId}", FamilySafeguardingModule.READ, this::view));
    }

    PageResult list(WebRequest request) {
        Optional<FamilySummary> found = context.family(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        FamilySummary family = found.get();
        Paging paging = Paging.of(request, Paging.DEFAULT_SIZE, data.sessions().count(family.id()));
        Map<Long, PractitionerAssignment> assignments = assignmentsById(family.id());
        Map<String, Object> model = context.model(family, request);
        model.put("sessions", data.sessions().page(family.id(), paging.offset(), paging.size()).stream()
                .map(s -> SessionView.of(s, assignments.get(s.assignmentId()))).toList());
        model.put("paging", paging.model(FamilyContext.base(family.id()) + "/sessions?"));
        model.put("canWork", !WorkPermissions.workable(request.user(), assignments.values()).isEmpty());
        request.query("done").filter("recorded"::equals).ifPresent(done -> model.put("done", "Session recorded"));
        context.audit(request, "fs.sessions.view", family.id(), "page=" + paging.page());
        return PageResult.page(LIST, "Sessions with parents: " + family.name() + " family", model);
    }

    PageResult view(WebRequest request) {
        Optional<FamilySummary> family = context.family(request);
        Optional<ParentSession> session = family.flatMap(f -> Ids.path(request, "sessionId")
                .flatMap(id -> data.sessions().find(f.id(), id)));
        if (session.isEmpty()) {
            return PageResult.notFound();
        }
        Map<Long, PractitionerAssignment> assignments = assignmentsById(family.get().id());
        Map<String, Object> model = context.model(family.get(), request);
        model.put("session", SessionView.of(session.get(), assignments.get(session.get().assignmentId())));
        context.audit(request, "fs.session.view", family.get().id(), "session=" + session.get().id());
        return PageResult.page(VIEW, "Session with a parent: " + family.get().name() + " family", model);
    }

    PageResult newSession(WebRequest request) {
        Optional<FamilySummary> family = context.family(request);
        if (family.isEmpty()) {
            return PageResult.notFound();
        }
        List<PractitionerAssignment> workable = workable(request.user(), family.get().id());
        if (workable.isEmpty()) {
            return new PageResult.Error(403, "Only the practitioner working with a parent, or their manager, can "
                    + "record a session with them.");
        }
        // the form names the parents worked with: a read of the record like any other
        context.audit(request, "fs.form.view", family.get().id(), "form=session");
        return formPage(family.get(), request, SessionForm.blank(workable, clock.today()), workable, new FormErrors());
    }

    PageResult record(WebRequest request) {
        Optional<FamilySummary> found = context.family(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        FamilySummary family = found.get();
        CurrentUser user = request.user();
        List<PractitionerAssignment> workable = workable(user, family.id());
        if (workable.isEmpty()) {
            return new PageResult.Error(403, "Only the practitioner working with a parent, or their manager, can "
                    + "record a session with them.");
        }
        SessionForm form = SessionForm.from(request);
        FormErrors errors = form.validate(workable, clock.today());
        if (!errors.isEmpty()) {
            return formPage(family, request, form, workable, errors);
        }
        SessionForm.Content content = form.content(workable);
        ParentSession session = data.sessions().record(new ParentSession(family.authorityId(), family.id(),
                content.assignment().id(), content.heldOn(), content.type(), content.attendance(), content.focus(),
                content.engagement(), content.notes(), user.userId(), user.displayName(), clock.nowUtc()));
        context.audit(request, "fs.session.record", family.id(), "session=" + session.id() + " assignment="
                + content.assignment().id() + " attendance=" + content.attendance().name());
        return PageResult.redirect(FamilyContext.base(family.id()) + "/sessions?done=recorded");
    }

    private List<PractitionerAssignment> workable(CurrentUser user, long familyId) {
        return WorkPermissions.workable(user, data.assignments().ofFamily(familyId));
    }

    private Map<Long, PractitionerAssignment> assignmentsById(long familyId) {
        return data.assignments().ofFamily(familyId).stream()
                .collect(Collectors.toMap(PractitionerAssignment::id, Function.identity()));
    }

    private PageResult formPage(FamilySummary family, WebRequest request, SessionForm form,
                                List<PractitionerAssignment> workable, FormErrors errors) {
        Map<String, Object> model = context.model(family, request);
        Map<String, Object> values = form.values();
        model.put("form", values);
        model.put("notesMax", SessionForm.NOTES_MAX);
        model.put("fields", Map.of(
                "assignment", Fields.radios(SessionForm.ASSIGNMENT, "Who was the session with?", null,
                        form.assignmentOptions(workable), errors),
                "heldOn", Fields.date(SessionForm.HELD_ON, "When was it?", "Today or earlier. For example, 27 3 2026",
                        values, errors),
                "type", Fields.radios(SessionForm.TYPE, "Type of session", null, form.typeOptions(), errors),
                "attendance", Fields.radios(SessionForm.ATTENDANCE, "Did the parent attend?", null,
                        form.attendanceOptions(), errors),
                "focus", Fields.radios(SessionForm.FOCUS, "If they attended: what did the session focus on?",
                        "The motivational interviewing process the session mostly worked on.", form.focusOptions(),
                        errors),
                "engagement", Fields.radios(SessionForm.ENGAGEMENT, "If they attended: how engaged was the parent?",
                        "1 is not engaged at all, 5 is fully engaged.", form.engagementOptions(), errors),
                "notes", Fields.textarea(SessionForm.NOTES, "What happened",
                        "What you worked on, what the parent said about change in their own words, and what was agreed. "
                                + "For a missed session, what you did to follow it up.",
                        values.get(SessionForm.NOTES), SessionForm.NOTES_MAX, 10, errors)));
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
        }
        String title = (errors.isEmpty() ? "" : "Error: ") + "Record a session: " + family.name() + " family";
        return new PageResult.Page(FORM, title, model, errors.isEmpty() ? 200 : 400);
    }
}
