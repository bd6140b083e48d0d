package org.safeguard.familysafeguarding.family;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.api.FamilyMember;
import org.safeguard.caserecords.api.FamilySummary;
import org.safeguard.familysafeguarding.FamilySafeguardingModule;
import org.safeguard.familysafeguarding.access.FamilyAccess;
import org.safeguard.familysafeguarding.data.FamilySafeguardingData;
import org.safeguard.familysafeguarding.family.AssignmentForm.PractitionerOption;
import org.safeguard.familysafeguarding.model.PractitionerAssignment;
import org.safeguard.familysafeguarding.rules.WaitingFamilies;
import org.safeguard.familysafeguarding.web.AssignmentView;
import org.safeguard.familysafeguarding.web.FamilyContext;
import org.safeguard.familysafeguarding.web.Fields;
import org.safeguard.familysafeguarding.web.Text;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/**
 * A manager assigns one of their team's adult practitioners to a parent, and ends the assignment
 * when the work stops. Only a manager of a team holding the family's open cases may do either: the
 * team that holds the family decides who works with it.
 */
@Component(service = RouteContribution.class)
public class AssignmentPages implements RouteContribution {

    static final String FORM = "family-safeguarding/family/assignment-form";
    static final String END_FORM = "family-safeguarding/family/assignment-end";
    static final String NOT_HOLDING = "Only a manager of a team that holds this family's open cases can assign or "
            + "end its adult practitioners' work.";

    @Reference
    private FamilyAccess access;

    @Reference
    private FamilySafeguardingData data;

    @Reference
    private AuditLog auditLog;

    private CouncilClock clock = CouncilClock.system();
    private FamilyContext context;
    private AssignablePractitioners assignable;

    public AssignmentPages() {
    }

    /** For tests. */
    public AssignmentPages(FamilyAccess access, FamilySafeguardingData data, AuditLog auditLog, CouncilClock clock) {
        this.access = access;
        this.data = data;
        this.auditLog = auditLog;
        this.clock = clock;
        activate();
    }

    @Activate
    void activate() {
        context = new FamilyContext(access, auditLog);
        assignable = new AssignablePractitioners(access);
    }

    @Override
    public String moduleId() {
        return FamilySafeguardingModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        String base = "/family-safeguarding/families/{familyId}/assignments";
        return List.of(
                Route.get(base + "/new", FamilySafeguardingModule.ASSIGN, this::newAssignment),
                Route.post(base, FamilySafeguardingModule.ASSIGN, this::assign),
                Route.get(base + "/{assignmentId}/end", FamilySafeguardingModule.ASSIGN, this::endForm),
                Route.post(base + "/{assignmentId}/end", FamilySafeguardingModule.ASSIGN, this::end));
    }

    PageResult newAssignment(WebRequest request) {
        Optional<FamilySummary> family = context.family(request);
        if (family.isEmpty()) {
            return PageResult.notFound();
        }
        if (assignable.teams(request.user(), family.get().id()).isEmpty()) {
            return new PageResult.Error(403, NOT_HOLDING);
        }
        AssignmentForm form = AssignmentForm.blank(request.query("adult").orElse(""), clock.today());
        return formPage(family.get(), request, form, new FormErrors());
    }

    PageResult assign(WebRequest request) {
        Optional<FamilySummary> found = context.family(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        FamilySummary family = found.get();
        CurrentUser user = request.user();
        if (assignable.teams(user, family.id()).isEmpty()) {
            return new PageResult.Error(403, NOT_HOLDING);
        }
        List<PractitionerOption> practitioners = assignable.options(user, family.id());
        List<FamilyMember> adults = adults(family);
        AssignmentForm form = AssignmentForm.from(request);
        FormErrors errors = form.validate(adults, practitioners, data.assignments().ofFamily(family.id()), clock.today());
        if (!errors.isEmpty()) {
            return formPage(family, request, form, errors);
        }
        AssignmentForm.Content content = form.content(adults, practitioners);
        PractitionerOption who = content.practitioner();
        Optional<PractitionerAssignment> saved = data.assignments().start(new PractitionerAssignment(
                family.authorityId(), family.id(), who.teamId(), who.teamName(), content.adult().personId(),
                content.adult().name(), who.userId(), who.name(), who.discipline(), content.work(), content.startedOn(),
                user.userId(), user.displayName(), clock.nowUtc()));
        if (saved.isEmpty()) {
            // assigned by someone else since the form was checked: the same message as the form's own check
            return formPage(family, request, form, form.validate(adults, practitioners,
                    data.assignments().ofFamily(family.id()), clock.today()));
        }
        context.audit(request, "fs.assignment.start", family.id(), "assignment=" + saved.get().id() + " practitioner="
                + who.userId() + " discipline=" + who.discipline().name() + " adult=" + content.adult().personId()
                + (content.work() == null ? "" : " work=" + content.work().name()));
        return PageResult.redirect(FamilyContext.base(family.id()) + "?done=assigned");
    }

    PageResult endForm(WebRequest request) {
        Optional<FamilySummary> family = context.family(request);
        Optional<PractitionerAssignment> assignment = family.flatMap(f -> assignment(f, request))
                .filter(PractitionerAssignment::open);
        if (assignment.isEmpty()) {
            return PageResult.notFound();
        }
        if (assignable.teams(request.user(), family.get().id()).isEmpty()) {
            return new PageResult.Error(403, NOT_HOLDING);
        }
        return endPage(family.get(), request, assignment.get(), EndAssignmentForm.blank(clock.today()), new FormErrors());
    }

    PageResult end(WebRequest request) {
        Optional<FamilySummary> family = context.family(request);
        Optional<PractitionerAssignment> assignment = family.flatMap(f -> assignment(f, request))
                .filter(PractitionerAssignment::open);
        if (assignment.isEmpty()) {
            return PageResult.notFound();
        }
        if (assignable.teams(request.user(), family.get().id()).isEmpty()) {
            return new PageResult.Error(403, NOT_HOLDING);
        }
        EndAssignmentForm form = EndAssignmentForm.from(request);
        FormErrors errors = form.validate(assignment.get().startedOn(), clock.today());
        if (!errors.isEmpty()) {
            return endPage(family.get(), request, assignment.get(), form, errors);
        }
        Optional<PractitionerAssignment> ended = data.assignments().end(family.get().id(), assignment.get().id(),
                form.endedOn(), form.reason(), request.user().displayName(), clock.nowUtc());
        if (ended.isEmpty()) {
            return PageResult.notFound(); // ended by someone else meanwhile
        }
        context.audit(request, "fs.assignment.end", family.get().id(), "assignment=" + assignment.get().id()
                + " reason=" + form.reason().name());
        return PageResult.redirect(FamilyContext.base(family.get().id()) + "?done=assignment-ended");
    }

    private Optional<PractitionerAssignment> assignment(FamilySummary family, WebRequest request) {
        return Ids.path(request, "assignmentId").flatMap(id -> data.assignments().find(family.id(), id));
    }

    private List<FamilyMember> adults(FamilySummary family) {
        return access.cases().members(family.id()).stream().filter(m -> !m.child()).toList();
    }

    private PageResult formPage(FamilySummary family, WebRequest request, AssignmentForm form, FormErrors errors) {
        CurrentUser user = request.user();
        List<FamilyMember> adults = adults(family);
        List<PractitionerOption> practitioners = assignable.options(user, family.id());
        List<PractitionerAssignment> assignments = data.assignments().ofFamily(family.id());
        Map<String, Object> model = context.model(family, request);
        Map<String, Object> values = form.values();
        model.put("form", values);
        model.put("noAdults", adults.isEmpty());
        model.put("noPractitioners", practitioners.isEmpty());
        model.put("teams", assignable.teams(user, family.id()));
        model.put("current", assignments.stream().filter(PractitionerAssignment::open).map(AssignmentView::of).toList());
        model.put("waiting", WaitingFamilies.of(data.factors().ofFamily(family.id()), assignments, clock.today()).stream()
                .map(w -> w.discipline().practitioner().toLowerCase() + " since " + Text.date(w.since()) + " ("
                        + w.kindsText() + ")").toList());
        model.put("fields", Map.of(
                "adult", Fields.radios(AssignmentForm.ADULT, "Which adult will they work with?", null,
                        form.adultOptions(adults), errors),
                "practitioner", Fields.radios(AssignmentForm.PRACTITIONER, "Which practitioner?",
                        "Adult practitioners of your team that holds this family.", form.practitionerOptions(practitioners),
                        errors),
                "work", Fields.radios(AssignmentForm.WORK, "For a domestic abuse practitioner: who is the work with?",
                        "Leave this for substance misuse and mental health work.", form.workOptions(), errors),
                "startedOn", Fields.date(AssignmentForm.STARTED_ON, "When does the work start?",
                        "Today or earlier. For example, 27 3 2026", values, errors)));
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
        }
        String title = (errors.isEmpty() ? "" : "Error: ") + "Assign an adult practitioner: " + family.name() + " family";
        if (errors.isEmpty()) {
            // the form lists the family's adults and who works with them now: a read of the record
            context.audit(request, "fs.form.view", family.id(), "form=assignment");
        }
        return new PageResult.Page(FORM, title, model, errors.isEmpty() ? 200 : 400);
    }

    private PageResult endPage(FamilySummary family, WebRequest request, PractitionerAssignment assignment,
                               EndAssignmentForm form, FormErrors errors) {
        Map<String, Object> model = context.model(family, request);
        Map<String, Object> values = form.values();
        model.put("assignment", AssignmentView.of(assignment));
        model.put("form", values);
        model.put("fields", Map.of(
                "endedOn", Fields.date(EndAssignmentForm.ENDED_ON, "When did the work end?",
                        "Today or earlier, not before " + Text.date(assignment.startedOn()) + ". For example, 27 3 2026",
                        values, errors),
                "reason", Fields.radios(EndAssignmentForm.REASON, "Why did it end?", null, form.reasonOptions(), errors)));
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
        } else {
            context.audit(request, "fs.assignment.view", family.id(), "assignment=" + assignment.id() + " end");
        }
        String title = (errors.isEmpty() ? "" : "Error: ") + "End an assignment: " + family.name() + " family";
        return new PageResult.Page(END_FORM, title, model, errors.isEmpty() ? 200 : 400);
    }
}
