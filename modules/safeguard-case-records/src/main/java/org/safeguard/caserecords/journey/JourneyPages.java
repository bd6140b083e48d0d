package org.safeguard.caserecords.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.CaseDirectoryService;
import org.safeguard.caserecords.CaseRecordsModule;
import org.safeguard.caserecords.CaseSettings;
import org.safeguard.caserecords.api.CaseRecordTypes;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.api.WorkingDays;
import org.safeguard.caserecords.model.Assessment;
import org.safeguard.caserecords.model.AuthoritySettings;
import org.safeguard.caserecords.model.CasePlan;
import org.safeguard.caserecords.model.CaseRecord;
import org.safeguard.caserecords.model.Conference;
import org.safeguard.caserecords.model.StrategyDiscussion;
import org.safeguard.caserecords.web.CaseHeader;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.organisation.StaffMember;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.RecordTabs;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/**
 * The child's case page ({@code /cases/{caseId}}: stage, allocation, statutory timescales, history)
 * and the journey's form pages under it, one per {@link JourneyAction}. Every handler finds the
 * case through {@link CaseDirectoryService#visibleCase} (anything else is 404), offers only what
 * {@link CaseJourney} allows, validates the whole form before one transaction writes anything,
 * audits, and redirects back to the summary with a success banner.
 */
@Component(service = RouteContribution.class)
public class JourneyPages implements RouteContribution {

    static final String SUMMARY = "case-records/journey/summary";
    static final String FORM = "case-records/journey/form";
    static final String NOT_AVAILABLE = "case-records/journey/not-available";
    static final String CONFLICT = "This case was changed by someone else while you were editing. "
            + "Check the case and try again.";
    private static final int STATUS_CONFLICT = 409;

    /** The success banners the summary shows after a change (post/redirect/get). */
    static final Map<String, String> DONE = Map.ofEntries(
            Map.entry("assessment-completed", "Assessment completed"),
            Map.entry("assessment-signed-off", "Assessment signed off"),
            Map.entry("strategy-recorded", "Strategy discussion recorded"),
            Map.entry("section47-recorded", "Section 47 enquiry outcome recorded"),
            Map.entry("initial-conference-recorded", "Initial child protection conference recorded"),
            Map.entry("review-conference-recorded", "Review child protection conference recorded"),
            Map.entry("cin-plan-started", "Child in need plan started"),
            Map.entry("markers-updated", "Proceedings markers saved"),
            Map.entry("stepped-down", "Case stepped down to early help and closed"),
            Map.entry("closed", "Case closed"),
            // from the front door: a contact decided as a referral lands on the case it opened or joined
            Map.entry("referred", "Referral recorded: case opened for assessment"),
            Map.entry("contact-added", "Contact added to the child's open case"));

    @Reference(target = "(safeguard.unit=safeguard-case-records)")
    private EntityManagerFactory factory;

    @Reference
    private CaseDirectoryService cases;

    @Reference
    private OrganisationDirectory directory;

    @Reference
    private AuditLog auditLog;

    @Reference
    private RecordTabs recordTabs;

    @Reference
    private WorkingDays workingDays;

    @Reference
    private CaseSettings settings;

    private CouncilClock clock = CouncilClock.system();
    private JourneyService service;
    private Map<JourneyAction, JourneyForm> forms;

    public JourneyPages() {
    }

    /** For tests. */
    public JourneyPages(EntityManagerFactory factory, CaseDirectoryService cases, OrganisationDirectory directory,
                        AuditLog auditLog, RecordTabs recordTabs, WorkingDays workingDays, CaseSettings settings,
                        CouncilClock clock) {
        this.factory = factory;
        this.cases = cases;
        this.directory = directory;
        this.auditLog = auditLog;
        this.recordTabs = recordTabs;
        this.workingDays = workingDays;
        this.settings = settings;
        this.clock = clock;
        activate();
    }

    @Activate
    void activate() {
        service = new JourneyService(factory, new CaseJourney(workingDays), settings);
        forms = JourneyForms.all(service, settings);
    }

    JourneyService service() {
        return service;
    }

    @Override
    public String moduleId() {
        return CaseRecordsModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        routes.add(Route.get("/cases/{caseId}", CaseRecordsModule.READ, this::summary));
        for (JourneyAction action : JourneyAction.values()) {
            String path = "/cases/{caseId}" + action.suffix();
            routes.add(Route.get(path, action.permission(), request -> show(request, action)));
            routes.add(Route.post(path, action.permission(), request -> submit(request, action)));
        }
        return routes;
    }

    // ----- the case summary -----

    PageResult summary(WebRequest request) {
        CurrentUser user = request.user();
        Optional<ChildCase> found = Ids.path(request, "caseId").flatMap(id -> cases.visibleCase(user, id));
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        ChildCase childCase = found.get();
        Optional<CaseFile> file = service.load(childCase.id());
        if (file.isEmpty()) {
            return PageResult.notFound();
        }
        auditLog.record(user, request.remoteAddress(), "case.view", CaseRecordTypes.CASE,
                String.valueOf(childCase.id()), "stage=" + file.get().record().stage().name());
        Map<String, Object> model = summaryModel(childCase, file.get(), user, clock.today());
        request.query("done").map(DONE::get).ifPresent(message -> model.put("done", message));
        return PageResult.page(SUMMARY, "Case summary", model);
    }

    Map<String, Object> summaryModel(ChildCase childCase, CaseFile file, CurrentUser user, LocalDate today) {
        CaseRecord record = file.record();
        long caseId = record.id();
        AuthoritySettings authority = settings.forAuthority(record.authorityId());
        CaseJourney journey = service.journey();
        Map<String, Object> model = new HashMap<>();
        model.put("recordHeader", CaseHeader.model(childCase, CaseHeader.Section.SUMMARY, user, recordTabs));
        model.put("caseId", caseId);
        model.put("open", record.open());
        model.put("stage", record.stage().label());

        // allocation: the copy on the case row, named through the organisation directory
        model.put("leadWorker", name(record.leadWorkerId()));
        model.put("coWorker", record.coWorkerId() == null ? null : name(record.coWorkerId()));
        model.put("team", record.teamId() == null ? null
                : directory.team(record.teamId()).map(Team::name).orElse("Unknown team"));
        model.put("allocated", record.leadWorkerId() != null);
        model.put("canAllocate", user.hasPermission(CaseRecordsModule.ALLOCATE) && record.open());
        model.put("allocationHref", "/cases/" + caseId + "/allocation");

        model.put("closedOn", record.closedOn());
        model.put("closureReason", record.closureReason() == null ? null : record.closureReason().label());
        model.put("preProceedingsFrom", record.preProceedingsFrom());
        model.put("careProceedingsFrom", record.careProceedingsFrom());

        file.openPlan().ifPresent(plan -> {
            Map<String, Object> current = new HashMap<>();
            current.put("label", plan.kind().label());
            current.put("category", plan.category() == null ? null : plan.category().label());
            current.put("startedOn", plan.startedOn());
            long months = CaseJourney.planMonths(plan.startedOn(), today);
            current.put("duration", months == 1 ? "1 month" : months + " months");
            current.put("overTwelveMonths", CaseJourney.overTwelveMonths(plan.startedOn(), today));
            model.put("plan", current);
        });

        model.put("timescales", timescales(file, journey, authority, today));
        model.put("referrals", file.referrals().stream().map(r -> row(
                "referredOn", r.referredOn(), "reReferral", r.reReferral(),
                "contactHref", r.contactId() == null ? null : "/cases/contacts/" + r.contactId())).toList());
        model.put("assessments", file.assessments().stream().map(JourneyPages::assessmentRow).toList());
        model.put("strategyDiscussions", file.strategyDiscussions().stream().map(JourneyPages::strategyRow).toList());
        model.put("conferences", file.conferences().stream().map(JourneyPages::conferenceRow).toList());
        model.put("plans", file.plans().stream().map(JourneyPages::planRow).toList());

        List<Map<String, Object>> actions = new ArrayList<>();
        for (JourneyAction action : CaseJourney.actions(file.state())) {
            if (user.hasPermission(action.permission())) {
                actions.add(row("label", action.label(), "href", action.href(caseId)));
            }
        }
        model.put("actions", actions);
        return model;
    }

    private List<Map<String, Object>> timescales(CaseFile file, CaseJourney journey, AuthoritySettings authority,
                                                 LocalDate today) {
        boolean open = file.record().open();
        int dueSoon = authority.dueSoonWorkingDays();
        List<Map<String, Object>> rows = new ArrayList<>();
        file.latestAssessment().ifPresent(a -> rows.add(timescale("Assessment",
                "45 working days from the referral", a.dueOn(), a.completedOn(), open, journey, today, dueSoon)));
        Optional<Conference> initial = file.pending(Conference.Kind.INITIAL).or(() -> file.lastHeld(Conference.Kind.INITIAL));
        initial.ifPresent(c -> rows.add(timescale("Initial child protection conference",
                "15 working days from the strategy discussion", c.dueOn(), c.heldOn(), open, journey, today, dueSoon)));
        file.pending(Conference.Kind.REVIEW).ifPresent(c -> rows.add(timescale("Next review conference",
                file.lastHeld(Conference.Kind.REVIEW).isPresent() ? "6 months after the last review"
                        : "3 months after the initial conference", c.dueOn(), null, open, journey, today, dueSoon)));
        file.openPlan().ifPresent(plan -> {
            LocalDate due = CaseJourney.visitDue(plan.startedOn(), file.lastVisitOn(), plan.visitIntervalDays());
            boolean seenSinceStart = file.lastVisitOn() != null && !file.lastVisitOn().isBefore(plan.startedOn());
            String basis = "Every " + plan.visitIntervalDays() + " days; "
                    + (seenSinceStart ? "child last seen on a visit " + JourneyForm.format(file.lastVisitOn())
                        : "no visit with the child seen since the plan started");
            rows.add(timescale("Next statutory visit (" + plan.kind().visitLabel() + ")", basis, due, null, open,
                    journey, today, dueSoon));
        });
        return rows;
    }

    private static Map<String, Object> timescale(String task, String basis, LocalDate dueOn, LocalDate doneOn,
                                                 boolean open, CaseJourney journey, LocalDate today, int dueSoon) {
        Map<String, Object> row = row("task", task, "basis", basis, "dueOn", dueOn, "doneOn", doneOn);
        if (doneOn == null && !open) {
            row.put("status", "Not done: case closed");
            row.put("tagClass", "govuk-tag--grey");
        } else {
            TimescaleStatus status = journey.status(dueOn, doneOn, today, dueSoon);
            row.put("status", status.label());
            row.put("tagClass", status.tagClass());
        }
        return row;
    }

    private static Map<String, Object> assessmentRow(Assessment a) {
        return row("startedOn", a.startedOn(), "dueOn", a.dueOn(), "completedOn", a.completedOn(),
                "outcome", a.outcome() == null ? null : a.outcome().label(),
                "signedOffOn", a.signedOffOn(), "signedOffBy", a.signedOffByName());
    }

    private static Map<String, Object> strategyRow(StrategyDiscussion s) {
        return row("heldOn", s.heldOn(), "section47", s.section47() ? "Yes" : "No",
                "outcome", s.s47Outcome() == null ? null : s.s47Outcome().label(),
                "completedOn", s.s47CompletedOn(), "conferenceDueOn", s.conferenceDueOn());
    }

    private static Map<String, Object> conferenceRow(Conference c) {
        return row("kind", c.kind().shortLabel(), "dueOn", c.dueOn(), "heldOn", c.heldOn(),
                "outcome", c.outcome() == null ? null : c.outcome().label(), "chair", c.chairName());
    }

    private static Map<String, Object> planRow(CasePlan p) {
        return row("kind", p.kind().label(), "category", p.category() == null ? null : p.category().label(),
                "startedOn", p.startedOn(), "endedOn", p.endedOn(),
                "endReason", p.endReason() == null ? null : p.endReason().label(),
                "visitIntervalDays", p.visitIntervalDays(), "nextReviewDueOn", p.nextReviewDueOn());
    }

    private String name(Long userId) {
        if (userId == null) {
            return null;
        }
        return directory.staffMember(userId).map(StaffMember::displayName).orElse("Unknown worker");
    }

    /**
     * A template row (values may be null, so not Map.of). Keys never repeat a key of the page's model:
     * Handlebars looks a null value up in the enclosing context.
     */
    private static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }

    // ----- the form pages -----

    private record Context(ChildCase childCase, CaseFile file) {}

    private Optional<Context> context(WebRequest request) {
        return Ids.path(request, "caseId")
                .flatMap(id -> cases.visibleCase(request.user(), id))
                .flatMap(childCase -> service.load(childCase.id()).map(file -> new Context(childCase, file)));
    }

    PageResult show(WebRequest request, JourneyAction action) {
        Optional<Context> found = context(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        Context context = found.get();
        CurrentUser user = request.user();
        auditLog.record(user, request.remoteAddress(), "case.view", CaseRecordTypes.CASE,
                String.valueOf(context.childCase().id()), "page=" + action.suffix().substring(1));
        JourneyForm form = forms.get(action);
        JourneyState state = context.file().state();
        if (!CaseJourney.actions(state).contains(action)) {
            Map<String, Object> model = new HashMap<>();
            model.put("recordHeader", CaseHeader.model(context.childCase(), CaseHeader.Section.SUMMARY, user, recordTabs));
            model.put("heading", form.heading());
            model.put("message", CaseJourney.notAvailable(state, action));
            model.put("caseHref", "/cases/" + context.childCase().id());
            return new PageResult.Page(NOT_AVAILABLE, form.heading(), model, STATUS_CONFLICT);
        }
        return PageResult.page(FORM, form.heading(), formModel(context, form, user, form.initial(context.file()),
                new FormErrors()));
    }

    PageResult submit(WebRequest request, JourneyAction action) {
        Optional<Context> found = context(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        Context context = found.get();
        CaseFile file = context.file();
        CurrentUser user = request.user();
        JourneyForm form = forms.get(action);
        Map<String, String> values = new HashMap<>();
        for (String name : form.fieldNames()) {
            values.put(name, request.form(name).orElse(""));
        }
        FormErrors errors = new FormErrors();
        Optional<Integer> version = request.form("version").filter(v -> v.matches("\\d{1,9}")).map(Integer::parseInt);
        if (version.isEmpty() || version.get() != file.record().version()) {
            return refused(context, form, user, values, CONFLICT);
        }
        JourneyForm.Write write;
        try {
            CaseJourney.check(file.state(), action);
            write = form.validate(new JourneyForm.Input(file, values, errors, user, clock.today()));
        } catch (JourneyException refused) {
            return refused(context, form, user, values, refused.getMessage());
        }
        if (!errors.isEmpty()) {
            return PageResult.invalid(FORM, "Error: " + form.heading(), formModel(context, form, user, values, errors));
        }
        List<JourneyService.Change> changes;
        try {
            changes = write.apply(version.get());
        } catch (JourneyException refused) {
            return refused(reload(context), form, user, values, refused.getMessage());
        } catch (RuntimeException failed) {
            if (optimisticLock(failed)) {
                return refused(reload(context), form, user, values, CONFLICT);
            }
            throw failed;
        }
        String caseId = String.valueOf(context.childCase().id());
        for (JourneyService.Change change : changes) {
            auditLog.record(user, request.remoteAddress(), change.action(), CaseRecordTypes.CASE, caseId, change.detail());
        }
        return PageResult.redirect("/cases/" + caseId + "?done=" + form.done());
    }

    /** The form again, with what the user typed and why the step was refused; built from the case as it is now. */
    private PageResult refused(Context context, JourneyForm form, CurrentUser user, Map<String, String> values,
                               String message) {
        FormErrors errors = new FormErrors().add(form.firstField(), message);
        return new PageResult.Page(FORM, "Error: " + form.heading(), formModel(context, form, user, values, errors),
                STATUS_CONFLICT);
    }

    private Context reload(Context context) {
        return service.load(context.childCase().id()).map(file -> new Context(context.childCase(), file)).orElse(context);
    }

    private Map<String, Object> formModel(Context context, JourneyForm form, CurrentUser user, Map<String, String> values,
                                          FormErrors errors) {
        CaseFile file = context.file();
        Map<String, Object> model = new HashMap<>();
        model.put("recordHeader", CaseHeader.model(context.childCase(), CaseHeader.Section.SUMMARY, user, recordTabs));
        model.put("heading", form.heading());
        model.put("intro", form.intro(file));
        model.put("warning", form.warning(file));
        model.put("fields", form.fields(file, values, errors));
        model.put("submitLabel", form.submitLabel());
        model.put("action", form.action().href(file.caseId()));
        model.put("caseHref", "/cases/" + file.caseId());
        model.put("version", file.record().version());
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
        }
        return model;
    }

    static boolean optimisticLock(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
