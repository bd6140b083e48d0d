package org.safeguard.fostering.contact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.api.FamilyMember;
import org.safeguard.fostering.FosteringContext;
import org.safeguard.fostering.FosteringModule;
import org.safeguard.fostering.data.ContactRepository;
import org.safeguard.fostering.data.Refused;
import org.safeguard.fostering.model.Attendance;
import org.safeguard.fostering.model.ContactAttendee;
import org.safeguard.fostering.model.ContactSession;
import org.safeguard.fostering.web.Fields;
import org.safeguard.fostering.web.FormValues;
import org.safeguard.platform.api.organisation.StaffMember;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Paging;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/**
 * The "Supervised contact" tab of a child's case: the sessions, arranging or recording one, and
 * recording what happened at a planned one. Part of the child's record: case records' access rule
 * (through CaseDirectory) decides who sees it, fostering must be enabled for the case's district,
 * and every look and change is audited.
 */
@Component(service = RouteContribution.class)
public class ContactPages implements RouteContribution {

    static final String LIST = "fostering/contact/list";
    static final String FORM = "fostering/contact/form";
    static final String OUTCOME = "fostering/contact/outcome";

    @Reference
    private FosteringContext context;

    public ContactPages() {
    }

    /** For tests. */
    public ContactPages(FosteringContext context) {
        this.context = context;
    }

    @Override
    public String moduleId() {
        return FosteringModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        String base = "/fostering/cases/{caseId}/contact";
        return List.of(
                Route.get(base, FosteringModule.READ, this::list),
                Route.get(base + "/new", FosteringModule.CONTACT, this::newSession),
                Route.post(base, FosteringModule.CONTACT, this::record),
                Route.get(base + "/{sessionId}/outcome", FosteringModule.CONTACT, this::outcomeForm),
                Route.post(base + "/{sessionId}/outcome", FosteringModule.CONTACT, this::recordOutcome));
    }

    PageResult list(WebRequest request) {
        Optional<ChildCase> found = context.visibleCase(request, "caseId");
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        ChildCase child = found.get();
        Paging paging = Paging.of(request, Paging.DEFAULT_SIZE, context.contact().count(child.id()));
        List<ContactSession> sessions = context.contact().page(child.id(), paging.offset(), paging.size());
        Map<Long, List<ContactAttendee>> attendees = context.contact()
                .attendees(sessions.stream().map(ContactSession::id).toList());
        CurrentUser user = request.user();
        boolean mayRecord = user.hasPermission(FosteringModule.CONTACT);
        java.time.LocalDateTime now = context.clock().localNow();
        List<Map<String, Object>> views = new ArrayList<>();
        for (ContactSession session : sessions) {
            Map<String, Object> view = SessionViews.of(session, attendees.getOrDefault(session.id(), List.of()));
            if (mayRecord && !session.attendance().recorded() && !session.startsAt().isAfter(now)) {
                view.put("outcomeHref", "/fostering/cases/" + child.id() + "/contact/" + session.id() + "/outcome");
            }
            views.add(view);
        }
        Map<String, Object> model = context.caseModel(child, request);
        model.put("sessions", views);
        model.put("paging", paging.model("/fostering/cases/" + child.id() + "/contact?"));
        model.put("canRecord", mayRecord && child.open());
        model.put("closed", !child.open());
        request.query("done").filter("recorded"::equals).ifPresent(d -> model.put("done", "Session recorded"));
        request.query("done").filter("outcome"::equals).ifPresent(d -> model.put("done", "What happened at the session is recorded"));
        context.audit(request, "contact.view", "case", child.id(), "page=" + paging.page());
        return PageResult.page(LIST, "Supervised contact: " + child.childName(), model);
    }

    PageResult newSession(WebRequest request) {
        Optional<ChildCase> found = context.visibleCase(request, "caseId");
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        if (!found.get().open()) {
            return PageResult.redirect("/fostering/cases/" + found.get().id() + "/contact");
        }
        FormValues values = new FormValues().put(ContactForm.SUPERVISOR, String.valueOf(request.user().userId()))
                .put(ContactForm.DURATION, "90");
        // the form lists the child's household: a read of the family's record
        context.audit(request, "contact.view", "case", found.get().id(), "new");
        return form(found.get(), request, new ContactForm(values, List.of()), new FormErrors());
    }

    PageResult record(WebRequest request) {
        Optional<ChildCase> found = context.visibleCase(request, "caseId");
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        ChildCase child = found.get();
        if (!child.open()) {
            return PageResult.badRequest("The child's case is closed: no new contact sessions can be recorded on it.");
        }
        CurrentUser user = request.user();
        ContactForm form = ContactForm.from(request);
        Map<Long, StaffMember> supervisors = supervisors(user);
        Map<Long, FamilyMember> members = members(child);
        FormErrors errors = form.validateSession(context.clock().localNow(), child.openedOn(), supervisors.keySet(),
                members.keySet(), new FormErrors());
        if (!errors.isEmpty()) {
            return form(child, request, form, errors);
        }
        StaffMember supervisor = supervisors.get(form.supervisorId());
        ContactSession session = context.contact().record(new ContactSession(child.authorityId(), child.id(),
                form.startsAt(), form.duration(), form.venue(), supervisor.id(), supervisor.displayName(),
                form.attendance(), form.observations(), user.userId(), user.displayName(), context.clock().nowUtc()),
                attendees(form.present(), members));
        context.audit(request, "contact.record", "case", child.id(),
                "session=" + session.id() + " attendance=" + form.attendance().name() + " present=" + form.present().size());
        return PageResult.redirect("/fostering/cases/" + child.id() + "/contact?done=recorded");
    }

    PageResult outcomeForm(WebRequest request) {
        Optional<ChildCase> found = context.visibleCase(request, "caseId");
        Optional<ContactSession> session = found.flatMap(c -> session(c, request));
        if (session.isEmpty()) {
            return PageResult.notFound();
        }
        if (session.get().attendance().recorded()) {
            return PageResult.redirect("/fostering/cases/" + found.get().id() + "/contact");
        }
        FormValues values = new FormValues().put(ContactForm.VERSION, String.valueOf(session.get().version()));
        List<String> planned = context.contact().attendees(List.of(session.get().id()))
                .getOrDefault(session.get().id(), List.of()).stream().map(a -> String.valueOf(a.personId())).toList();
        context.audit(request, "contact.view", "case", found.get().id(), "session=" + session.get().id());
        return outcomePage(found.get(), session.get(), request, new ContactForm(values, planned), new FormErrors());
    }

    PageResult recordOutcome(WebRequest request) {
        Optional<ChildCase> found = context.visibleCase(request, "caseId");
        Optional<ContactSession> session = found.flatMap(c -> session(c, request));
        if (session.isEmpty()) {
            return PageResult.notFound();
        }
        ChildCase child = found.get();
        CurrentUser user = request.user();
        ContactForm form = ContactForm.from(request);
        if (form.version() < 0) {
            return PageResult.badRequest("The form was incomplete. Go back to the child's supervised contact and try again.");
        }
        Map<Long, FamilyMember> members = members(child);
        FormErrors errors = form.validateOutcome(context.clock().localNow(), session.get().startsAt(), members.keySet(),
                false, new FormErrors());
        if (!errors.isEmpty()) {
            return outcomePage(child, session.get(), request, form, errors);
        }
        try {
            context.contact().recordOutcome(child.id(), session.get().id(), form.version(), form.attendance(),
                    form.observations(), attendees(form.present(), members), user.userId(), user.displayName(),
                    context.clock().nowUtc());
        } catch (OptimisticLockException | Refused e) {
            errors.add(ContactForm.ATTENDANCE, "Someone else recorded this session while you were writing. Check it and try again.");
            return outcomePage(child, session.get(), request, form, errors);
        }
        context.audit(request, "contact.outcome", "case", child.id(),
                "session=" + session.get().id() + " attendance=" + form.attendance().name());
        return PageResult.redirect("/fostering/cases/" + child.id() + "/contact?done=outcome");
    }

    private Optional<ContactSession> session(ChildCase child, WebRequest request) {
        return Ids.path(request, "sessionId").flatMap(id -> context.contact().find(child.id(), id));
    }

    /** Active staff of the user's authority, who may supervise a session. */
    private Map<Long, StaffMember> supervisors(CurrentUser user) {
        Map<Long, StaffMember> staff = new java.util.LinkedHashMap<>();
        if (user.authorityId() != null) {
            context.organisation().staff(user.authorityId()).stream().filter(StaffMember::active)
                    .sorted(Comparator.comparing(StaffMember::displayName)).forEach(s -> staff.put(s.id(), s));
        }
        return staff;
    }

    /** The child's household now, without the child. */
    private Map<Long, FamilyMember> members(ChildCase child) {
        Map<Long, FamilyMember> members = new java.util.LinkedHashMap<>();
        context.cases().members(child.familyId()).stream().filter(m -> m.personId() != child.childId())
                .forEach(m -> members.put(m.personId(), m));
        return members;
    }

    private static List<ContactRepository.Attendee> attendees(Set<Long> present, Map<Long, FamilyMember> members) {
        return present.stream().map(members::get)
                .map(m -> new ContactRepository.Attendee(m.personId(), m.name(), m.description()))
                .collect(Collectors.toList());
    }

    private Map<String, Object> outcomeFields(ChildCase child, ContactForm form, FormErrors errors, boolean planning) {
        FormValues values = form.values();
        Map<String, Object> fields = new HashMap<>();
        List<Fields.Option> people = new ArrayList<>();
        for (FamilyMember member : members(child).values()) {
            people.add(new Fields.Option(String.valueOf(member.personId()), member.name(), member.description()));
        }
        fields.put("present", Fields.checkboxes(ContactForm.PRESENT, "Family members " + (planning ? "coming or " : "")
                + "present", "From the child's household in case records", people, form.presentValues(), errors));
        List<Fields.Option> attendance = new ArrayList<>();
        for (Attendance a : Attendance.values()) {
            if (planning || a.recorded()) {
                attendance.add(new Fields.Option(a.name(), a.label(),
                        a == Attendance.PLANNED ? "For a session still to happen" : null));
            }
        }
        fields.put("attendance", Fields.radios(ContactForm.ATTENDANCE, planning ? "Planned, or what happened"
                : "What happened", null, attendance, values.get(ContactForm.ATTENDANCE), errors));
        fields.put("observations", Fields.textarea(ContactForm.OBSERVATIONS, "What the supervisor observed",
                values.get(ContactForm.OBSERVATIONS),
                "How the child and family were together, anything said or done that matters. Required if the session took place.",
                ContactForm.OBSERVATIONS_MAX, errors));
        return fields;
    }

    private PageResult form(ChildCase child, WebRequest request, ContactForm form, FormErrors errors) {
        FormValues values = form.values();
        Map<String, Object> fields = outcomeFields(child, form, errors, true);
        fields.put("on", Fields.date(ContactForm.ON, "Date of the session", "For example, 27 3 2026", values.asMap(), errors));
        Map<String, Object> time = Fields.text(ContactForm.TIME, "Start time", values.get(ContactForm.TIME),
                "Use the 24-hour clock, for example 14:30", errors);
        time.put("width", "govuk-input--width-5");
        fields.put("time", time);
        fields.put("duration", Fields.number(ContactForm.DURATION, "Length in minutes", values.get(ContactForm.DURATION),
                "For example, 90", errors, 4));
        fields.put("venue", Fields.text(ContactForm.VENUE, "Where", values.get(ContactForm.VENUE),
                "For example, Wisbech family centre", errors));
        List<Fields.Option> staff = new ArrayList<>();
        staff.add(new Fields.Option("", "Choose a supervisor"));
        supervisors(request.user()).values().forEach(s -> staff.add(new Fields.Option(String.valueOf(s.id()), s.displayName())));
        fields.put("supervisor", Fields.select(ContactForm.SUPERVISOR, "Supervisor", null, staff,
                values.get(ContactForm.SUPERVISOR), errors));
        Map<String, Object> model = context.caseModel(child, request);
        model.put("fields", fields);
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
            return PageResult.invalid(FORM, "Error: Record supervised contact: " + child.childName(), model);
        }
        return PageResult.page(FORM, "Record supervised contact: " + child.childName(), model);
    }

    private PageResult outcomePage(ChildCase child, ContactSession session, WebRequest request, ContactForm form,
                                   FormErrors errors) {
        Map<String, Object> model = context.caseModel(child, request);
        model.put("fields", outcomeFields(child, form, errors, false));
        model.put("session", SessionViews.of(session, List.of()));
        model.put("sessionId", session.id());
        model.put("version", form.values().get(ContactForm.VERSION));
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
            return PageResult.invalid(OUTCOME, "Error: What happened at the session", model);
        }
        return PageResult.page(OUTCOME, "What happened at the session", model);
    }
}
