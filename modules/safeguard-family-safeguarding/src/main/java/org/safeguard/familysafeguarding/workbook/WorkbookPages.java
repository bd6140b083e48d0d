package org.safeguard.familysafeguarding.workbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.api.FamilySummary;
import org.safeguard.familysafeguarding.FamilySafeguardingModule;
import org.safeguard.familysafeguarding.access.FamilyAccess;
import org.safeguard.familysafeguarding.access.WorkPermissions;
import org.safeguard.familysafeguarding.data.FamilySafeguardingData;
import org.safeguard.familysafeguarding.model.ParentGoal;
import org.safeguard.familysafeguarding.model.PractitionerAssignment;
import org.safeguard.familysafeguarding.model.ToxicTrioFactor;
import org.safeguard.familysafeguarding.model.WorkbookEntry;
import org.safeguard.familysafeguarding.model.WorkbookRole;
import org.safeguard.familysafeguarding.web.AssignmentView;
import org.safeguard.familysafeguarding.web.FactorView;
import org.safeguard.familysafeguarding.web.FamilyContext;
import org.safeguard.familysafeguarding.web.Fields;
import org.safeguard.familysafeguarding.web.GoalView;
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
 * The family workbook: every worker role's chapter and monthly summaries read together as one
 * integrated family assessment, on screen or printed ({@code ?print=1}: the same content; the
 * platform's print style hides the site furniture and this page's links). Each role writes its own
 * chapter and summaries; edits keep every earlier version, as case notes do.
 */
@Component(service = RouteContribution.class)
public class WorkbookPages implements RouteContribution {

    static final String WORKBOOK = "family-safeguarding/workbook/workbook";
    static final String FORM = "family-safeguarding/workbook/entry-form";
    static final String HISTORY = "family-safeguarding/workbook/history";
    static final String NOT_YOUR_ROLE = "Each worker writes their own role's chapter and summaries. You do not hold "
            + "this role in a team.";
    static final String CHANGED_MEANWHILE =
            "This was changed by someone else while you were writing. Check their version, then save yours again.";

    @Reference
    private FamilyAccess access;

    @Reference
    private FamilySafeguardingData data;

    @Reference
    private AuditLog auditLog;

    private CouncilClock clock = CouncilClock.system();
    private FamilyContext context;

    public WorkbookPages() {
    }

    /** For tests. */
    public WorkbookPages(FamilyAccess access, FamilySafeguardingData data, AuditLog auditLog, CouncilClock clock) {
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
        String base = "/family-safeguarding/families/{familyId}/workbook";
        return List.of(
                Route.get(base, FamilySafeguardingModule.READ, this::workbook),
                Route.get(base + "/chapters/{role}", FamilySafeguardingModule.RECORD, this::chapterForm),
                Route.post(base + "/chapters/{role}", FamilySafeguardingModule.RECORD, this::saveChapter),
                Route.get(base + "/summaries/new", FamilySafeguardingModule.RECORD, this::newSummary),
                Route.post(base + "/summaries", FamilySafeguardingModule.RECORD, this::addSummary),
                Route.get(base + "/summaries/{entryId}", FamilySafeguardingModule.RECORD, this::summaryForm),
                Route.post(base + "/summaries/{entryId}", FamilySafeguardingModule.RECORD, this::saveSummary),
                Route.get(base + "/entries/{entryId}/history", FamilySafeguardingModule.READ, this::history));
    }

    PageResult workbook(WebRequest request) {
        Optional<FamilySummary> found = context.family(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        FamilySummary family = found.get();
        CurrentUser user = request.user();
        boolean print = request.query("print").filter("1"::equals).isPresent();
        Set<WorkbookRole> writable = WorkPermissions.workbookRoles(user);
        String base = FamilyContext.base(family.id());
        List<WorkbookEntry> entries = data.workbook().ofFamily(family.id());
        List<PractitionerAssignment> assignments = data.assignments().ofFamily(family.id());
        Map<Long, PractitionerAssignment> byId = assignments.stream()
                .collect(Collectors.toMap(PractitionerAssignment::id, Function.identity()));
        List<ParentGoal> goals = data.goals().ofFamily(family.id());
        var latest = data.goals().latestReviews(goals.stream().map(ParentGoal::id).toList());
        LocalDate today = clock.today();

        Map<String, Object> model = context.model(family, request);
        model.put("members", access.cases().members(family.id()));
        model.put("factors", data.factors().ofFamily(family.id()).stream().filter(ToxicTrioFactor::open)
                .map(FactorView::of).toList());
        model.put("practitioners", assignments.stream().filter(PractitionerAssignment::open).map(AssignmentView::of)
                .toList());
        model.put("chapters", WorkbookView.chapters(entries, writable, base));
        model.put("months", WorkbookView.months(entries, writable, base));
        model.put("goals", goals.stream().map(g -> GoalView.of(g, byId.get(g.assignmentId()), latest.get(g.id()), today))
                .toList());
        model.put("canAddSummary", !writable.isEmpty());
        model.put("print", print);
        model.put("printedAt", Text.instant(clock.nowUtc()));
        model.put("printedBy", user.displayName());
        request.query("done").filter("saved"::equals).ifPresent(done -> model.put("done", "Workbook saved"));
        context.audit(request, "fs.workbook.view", family.id(), print ? "print" : null);
        return PageResult.page(WORKBOOK, "Family workbook: " + family.name() + " family", model);
    }

    PageResult chapterForm(WebRequest request) {
        Optional<FamilySummary> family = context.family(request);
        Optional<WorkbookRole> role = WorkbookRole.fromSlug(request.pathParam("role"));
        if (family.isEmpty() || role.isEmpty()) {
            return PageResult.notFound();
        }
        if (!WorkPermissions.workbookRoles(request.user()).contains(role.get())) {
            return new PageResult.Error(403, NOT_YOUR_ROLE);
        }
        Optional<WorkbookEntry> chapter = data.workbook().findSlot(family.get().id(),
                WorkbookEntry.key(WorkbookEntry.Kind.CHAPTER, role.get(), null));
        WorkbookForm form = chapter.map(c -> new WorkbookForm(c.body(), "", "", String.valueOf(c.revision())))
                .orElse(new WorkbookForm("", "", "", ""));
        chapter.ifPresent(c -> context.audit(request, "fs.workbook.entry.view", family.get().id(), "entry=" + c.id()
                + " edit"));
        return chapterPage(family.get(), request, role.get(), chapter.orElse(null), form, new FormErrors(), null, 200);
    }

    PageResult saveChapter(WebRequest request) {
        Optional<FamilySummary> found = context.family(request);
        Optional<WorkbookRole> role = WorkbookRole.fromSlug(request.pathParam("role"));
        if (found.isEmpty() || role.isEmpty()) {
            return PageResult.notFound();
        }
        if (!WorkPermissions.workbookRoles(request.user()).contains(role.get())) {
            return new PageResult.Error(403, NOT_YOUR_ROLE);
        }
        FamilySummary family = found.get();
        String key = WorkbookEntry.key(WorkbookEntry.Kind.CHAPTER, role.get(), null);
        Optional<WorkbookEntry> chapter = data.workbook().findSlot(family.id(), key);
        WorkbookForm form = WorkbookForm.from(request);
        FormErrors errors = form.validateText(WorkbookForm.CHAPTER_MAX, "chapter");
        if (!errors.isEmpty()) {
            return chapterPage(family, request, role.get(), chapter.orElse(null), form, errors, null, 400);
        }
        CurrentUser user = request.user();
        if (chapter.isEmpty() && form.revision().isEmpty()) {
            Optional<WorkbookEntry> created = data.workbook().create(WorkbookEntry.chapter(family.authorityId(),
                    family.id(), role.get(), form.body(), user.userId(), user.displayName(), clock.nowUtc()));
            if (created.isPresent()) {
                context.audit(request, "fs.workbook.write", family.id(), "entry=" + created.get().id() + " chapter="
                        + role.get().name());
                return PageResult.redirect(FamilyContext.base(family.id()) + "/workbook?done=saved");
            }
            chapter = data.workbook().findSlot(family.id(), key); // written by someone else meanwhile
        }
        if (chapter.isEmpty() || form.revision().isEmpty()) {
            WorkbookEntry latest = chapter.orElse(null);
            return chapterPage(family, request, role.get(), latest,
                    latest == null ? form : form.withRevision(latest.revision()), new FormErrors(), CHANGED_MEANWHILE,
                    409);
        }
        return edit(request, family, chapter.get(), form,
                (latest, conflict) -> chapterPage(family, request, role.get(), latest,
                        form.withRevision(latest.revision()), new FormErrors(), conflict, 409));
    }

    PageResult newSummary(WebRequest request) {
        Optional<FamilySummary> family = context.family(request);
        if (family.isEmpty()) {
            return PageResult.notFound();
        }
        Set<WorkbookRole> roles = WorkPermissions.workbookRoles(request.user());
        if (roles.isEmpty()) {
            return new PageResult.Error(403, NOT_YOUR_ROLE);
        }
        context.audit(request, "fs.form.view", family.get().id(), "form=summary");
        String onlyRole = roles.size() == 1 ? roles.iterator().next().name() : "";
        WorkbookForm form = new WorkbookForm("", onlyRole, clock.today().toString().substring(0, 7), "");
        return summaryPage(family.get(), request, null, form, new FormErrors(), null, 200);
    }

    PageResult addSummary(WebRequest request) {
        Optional<FamilySummary> found = context.family(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        FamilySummary family = found.get();
        CurrentUser user = request.user();
        Set<WorkbookRole> roles = WorkPermissions.workbookRoles(user);
        if (roles.isEmpty()) {
            return new PageResult.Error(403, NOT_YOUR_ROLE);
        }
        WorkbookForm form = WorkbookForm.from(request);
        LocalDate today = clock.today();
        FormErrors errors = form.validateSummary(roles, taken(family.id()), today);
        if (!errors.isEmpty()) {
            return summaryPage(family, request, null, form, errors, null, 400);
        }
        WorkbookRole role = form.role(roles).orElseThrow();
        LocalDate month = form.month(today).orElseThrow();
        Optional<WorkbookEntry> created = data.workbook().create(WorkbookEntry.summary(family.authorityId(), family.id(),
                role, month, form.body(), user.userId(), user.displayName(), clock.nowUtc()));
        if (created.isEmpty()) {
            // written by someone else since the form was checked: the form's own message says so
            return summaryPage(family, request, null, form, form.validateSummary(roles, taken(family.id()), today),
                    null, 400);
        }
        context.audit(request, "fs.workbook.write", family.id(), "entry=" + created.get().id() + " summary="
                + role.name() + " month=" + month.toString().substring(0, 7));
        return PageResult.redirect(FamilyContext.base(family.id()) + "/workbook?done=saved");
    }

    PageResult summaryForm(WebRequest request) {
        Optional<FamilySummary> family = context.family(request);
        Optional<WorkbookEntry> summary = family.flatMap(f -> summary(f, request));
        if (summary.isEmpty()) {
            return PageResult.notFound();
        }
        if (!WorkPermissions.workbookRoles(request.user()).contains(summary.get().role())) {
            return new PageResult.Error(403, NOT_YOUR_ROLE);
        }
        context.audit(request, "fs.workbook.entry.view", family.get().id(), "entry=" + summary.get().id() + " edit");
        WorkbookForm form = new WorkbookForm(summary.get().body(), "", "", String.valueOf(summary.get().revision()));
        return summaryPage(family.get(), request, summary.get(), form, new FormErrors(), null, 200);
    }

    PageResult saveSummary(WebRequest request) {
        Optional<FamilySummary> family = context.family(request);
        Optional<WorkbookEntry> summary = family.flatMap(f -> summary(f, request));
        if (summary.isEmpty()) {
            return PageResult.notFound();
        }
        if (!WorkPermissions.workbookRoles(request.user()).contains(summary.get().role())) {
            return new PageResult.Error(403, NOT_YOUR_ROLE);
        }
        WorkbookForm form = WorkbookForm.from(request);
        if (form.revision().isEmpty()) {
            return PageResult.badRequest("The form was incomplete. Go back to the workbook and try again.");
        }
        FormErrors errors = form.validateText(WorkbookForm.SUMMARY_MAX, "summary");
        if (!errors.isEmpty()) {
            return summaryPage(family.get(), request, summary.get(), form, errors, null, 400);
        }
        return edit(request, family.get(), summary.get(), form,
                (latest, conflict) -> summaryPage(family.get(), request, latest, form.withRevision(latest.revision()),
                        new FormErrors(), conflict, 409));
    }

    PageResult history(WebRequest request) {
        Optional<FamilySummary> family = context.family(request);
        Optional<WorkbookEntry> entry = family.flatMap(f -> Ids.path(request, "entryId")
                .flatMap(id -> data.workbook().find(f.id(), id)));
        if (entry.isEmpty()) {
            return PageResult.notFound();
        }
        String role = entry.get().role().label();
        List<WorkbookView.EntryView> versions = new ArrayList<>(data.workbook().revisions(entry.get().id()).stream()
                .map(r -> WorkbookView.earlier(r, role)).toList());
        versions.add(WorkbookView.entry(entry.get(), false, null));
        Map<String, Object> model = context.model(family.get(), request);
        model.put("what", title(entry.get()));
        model.put("versions", versions);
        context.audit(request, "fs.workbook.history.view", family.get().id(), "entry=" + entry.get().id());
        return PageResult.page(HISTORY, "History: " + title(entry.get()), model);
    }

    /** Saves an edit over the revision the writer started from; a clash shows the latest version to check. */
    private PageResult edit(WebRequest request, FamilySummary family, WorkbookEntry entry, WorkbookForm form,
                            Conflict onConflict) {
        try {
            Optional<WorkbookEntry> edited = data.workbook().edit(family.id(), entry.id(), form.revision().orElseThrow(),
                    form.body(), request.user().displayName(), clock.nowUtc());
            if (edited.isEmpty()) {
                return PageResult.notFound();
            }
            context.audit(request, "fs.workbook.edit", family.id(), "entry=" + entry.id() + " revision="
                    + edited.get().revision());
            return PageResult.redirect(FamilyContext.base(family.id()) + "/workbook?done=saved");
        } catch (OptimisticLockException e) {
            WorkbookEntry latest = data.workbook().find(family.id(), entry.id()).orElse(entry);
            return onConflict.show(latest, CHANGED_MEANWHILE);
        }
    }

    private interface Conflict {
        PageResult show(WorkbookEntry latest, String message);
    }

    private Optional<WorkbookEntry> summary(FamilySummary family, WebRequest request) {
        return Ids.path(request, "entryId").flatMap(id -> data.workbook().find(family.id(), id))
                .filter(e -> e.kind() == WorkbookEntry.Kind.MONTHLY_SUMMARY);
    }

    private Map<WorkbookRole, Set<LocalDate>> taken(long familyId) {
        Map<WorkbookRole, Set<LocalDate>> taken = new EnumMap<>(WorkbookRole.class);
        for (WorkbookEntry entry : data.workbook().ofFamily(familyId)) {
            if (entry.kind() == WorkbookEntry.Kind.MONTHLY_SUMMARY) {
                taken.computeIfAbsent(entry.role(), r -> new HashSet<>()).add(entry.monthStart());
            }
        }
        return taken;
    }

    private static String title(WorkbookEntry entry) {
        return entry.kind() == WorkbookEntry.Kind.CHAPTER ? entry.role().label() + "'s chapter"
                : entry.role().label() + "'s summary for " + Text.month(entry.monthStart());
    }

    private PageResult chapterPage(FamilySummary family, WebRequest request, WorkbookRole role, WorkbookEntry chapter,
                                   WorkbookForm form, FormErrors errors, String conflict, int status) {
        Map<String, Object> model = context.model(family, request);
        Map<String, Object> values = form.values();
        model.put("heading", (chapter == null ? "Write the " : "Change the ") + role.label().toLowerCase() + "'s chapter");
        model.put("action", FamilyContext.base(family.id()) + "/workbook/chapters/" + role.slug());
        model.put("form", values);
        model.put("editing", chapter != null);
        model.put("historyHref", chapter != null && chapter.edited()
                ? FamilyContext.base(family.id()) + "/workbook/entries/" + chapter.id() + "/history" : null);
        model.put("fields", Map.of("body", Fields.textarea(WorkbookForm.BODY, role.chapterTitle(),
                hint(role), values.get(WorkbookForm.BODY), WorkbookForm.CHAPTER_MAX, 20, errors)));
        return formResult(family, model, errors, conflict, status, (String) model.get("heading"));
    }

    private PageResult summaryPage(FamilySummary family, WebRequest request, WorkbookEntry summary, WorkbookForm form,
                                   FormErrors errors, String conflict, int status) {
        Map<String, Object> model = context.model(family, request);
        Map<String, Object> values = form.values();
        String base = FamilyContext.base(family.id());
        Set<WorkbookRole> roles = WorkPermissions.workbookRoles(request.user());
        model.put("heading", summary == null ? "Add a monthly summary" : "Change the " + title(summary).substring(0, 1)
                .toLowerCase() + title(summary).substring(1));
        model.put("action", summary == null ? base + "/workbook/summaries" : base + "/workbook/summaries/" + summary.id());
        model.put("form", values);
        model.put("editing", summary != null);
        model.put("historyHref", summary != null && summary.edited()
                ? base + "/workbook/entries/" + summary.id() + "/history" : null);
        Map<String, Object> fields = new HashMap<>();
        if (summary == null) {
            fields.put("role", Fields.radios(WorkbookForm.ROLE, "Whose summary is it?", null, form.roleOptions(roles),
                    errors));
            fields.put("month", Fields.radios(WorkbookForm.MONTH, "Which month does it cover?", null,
                    form.monthOptions(clock.today()), errors));
        }
        fields.put("body", Fields.textarea(WorkbookForm.BODY, "Summary of the month",
                "What was done with the family this month, what has changed, and what is planned for next month.",
                values.get(WorkbookForm.BODY), WorkbookForm.SUMMARY_MAX, 10, errors));
        model.put("fields", fields);
        return formResult(family, model, errors, conflict, status, (String) model.get("heading"));
    }

    private static PageResult formResult(FamilySummary family, Map<String, Object> model, FormErrors errors,
                                         String conflict, int status, String heading) {
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
        }
        if (conflict != null) {
            model.put("conflict", conflict);
        }
        String title = (status == 200 ? "" : "Error: ") + heading + ": " + family.name() + " family";
        return new PageResult.Page(FORM, title, model, status);
    }

    private static String hint(WorkbookRole role) {
        return switch (role) {
            case SOCIAL_WORKER -> "The children's needs and what they have said, the risks and protective factors, "
                    + "and the plan for the children.";
            case SUBSTANCE_MISUSE -> "The parent's use of drugs or alcohol, its effect on the children, their "
                    + "motivation to change, and the work agreed.";
            case MENTAL_HEALTH -> "The parent's mental health, how it affects their care of the children, support "
                    + "in place, and the work agreed.";
            case DOMESTIC_ABUSE -> "The abuse and its effect on the children, safety planning, the work with the "
                    + "victim or the perpetrator, and what is agreed.";
        };
    }
}
