package org.safeguard.caserecords.notes;

import java.util.ArrayList;
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
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.model.CaseNote;
import org.safeguard.caserecords.model.CaseNoteRevision;
import org.safeguard.caserecords.web.CaseHeader;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Paging;
import org.safeguard.platform.api.web.RecordTabs;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/**
 * Case notes and visits: the list, recording, editing (which keeps every earlier version) and the
 * history of a note. The host has checked sign-in, permission and CSRF; each handler checks that
 * the user may see the case, and that the note is on that case.
 */
@Component(service = RouteContribution.class)
public class NotesPages implements RouteContribution {

    static final String LIST = "case-records/notes/list";
    static final String FORM = "case-records/notes/form";
    static final String NOTE = "case-records/notes/note";
    static final String HISTORY = "case-records/notes/history";

    static final String CHANGED_MEANWHILE =
            "This note was changed by someone else while you were editing. Check the note and try again.";

    @Reference(target = "(safeguard.unit=safeguard-case-records)")
    private EntityManagerFactory factory;

    @Reference
    private CaseDirectoryService cases;

    @Reference
    private AuditLog auditLog;

    @Reference
    private RecordTabs recordTabs;

    private CouncilClock clock = CouncilClock.system();
    private CaseNoteRepository notes;
    private CaseContext context;

    public NotesPages() {
    }

    /** For tests. */
    NotesPages(EntityManagerFactory factory, CaseDirectoryService cases, AuditLog auditLog, RecordTabs recordTabs,
               CouncilClock clock) {
        this.factory = factory;
        this.cases = cases;
        this.auditLog = auditLog;
        this.recordTabs = recordTabs;
        this.clock = clock;
        activate();
    }

    @Activate
    void activate() {
        notes = new CaseNoteRepository(factory);
        context = new CaseContext(cases, auditLog, recordTabs);
    }

    @Override
    public String moduleId() {
        return CaseRecordsModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        String base = "/cases/{caseId}/notes";
        return List.of(
                Route.get(base, CaseRecordsModule.READ, this::list),
                Route.get(base + "/new", CaseRecordsModule.RECORD, this::newNote),
                Route.post(base, CaseRecordsModule.RECORD, this::record),
                Route.get(base + "/{noteId}", CaseRecordsModule.READ, this::view),
                Route.get(base + "/{noteId}/edit", CaseRecordsModule.RECORD, this::editForm),
                Route.post(base + "/{noteId}", CaseRecordsModule.RECORD, this::edit),
                Route.get(base + "/{noteId}/history", CaseRecordsModule.READ, this::history));
    }

    PageResult list(WebRequest request) {
        Optional<ChildCase> found = context.visibleCase(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        ChildCase childCase = found.get();
        Paging paging = Paging.of(request, Paging.DEFAULT_SIZE, notes.count(childCase.id()));
        List<CaseNote> page = notes.page(childCase.id(), paging.offset(), paging.size());
        Map<Long, CaseNoteRevision> first = notes.firstVersions(
                page.stream().filter(CaseNote::edited).map(CaseNote::id).toList());
        CurrentUser user = request.user();
        List<NoteView> views = page.stream()
                .map(note -> NoteView.of(note, first.get(note.id()), mayEdit(user, note)))
                .toList();
        Map<String, Object> model = context.model(childCase, CaseHeader.Section.NOTES, request);
        model.put("notes", views);
        model.put("paging", paging.model("/cases/" + childCase.id() + "/notes?"));
        model.put("canRecord", user.hasPermission(CaseRecordsModule.RECORD));
        request.query("done").filter("recorded"::equals).ifPresent(done -> model.put("recorded", true));
        context.audit(request, "notes.view", childCase, "page=" + paging.page());
        return PageResult.page(LIST, "Notes and visits: " + childCase.childName(), model);
    }

    PageResult newNote(WebRequest request) {
        Optional<ChildCase> found = context.visibleCase(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        return formPage(found.get(), request, NoteForm.blank(), null, new FormErrors(), null, 200);
    }

    PageResult record(WebRequest request) {
        Optional<ChildCase> found = context.visibleCase(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        ChildCase childCase = found.get();
        NoteForm form = NoteForm.from(request);
        FormErrors errors = form.validate(clock.today(), childCase.openedOn());
        if (!errors.isEmpty()) {
            return formPage(childCase, request, form, null, errors, null, 400);
        }
        NoteForm.Content content = form.content();
        CurrentUser user = request.user();
        CaseNote note = notes.record(new CaseNote(childCase.id(), content.kind(), content.occurredOn(),
                content.childSeen(), content.seenAlone(), content.statutory(), content.body(),
                user.userId(), user.displayName(), clock.nowUtc()));
        context.audit(request, "note.record", childCase, "note=" + note.id() + " kind=" + content.kind().name());
        return PageResult.redirect("/cases/" + childCase.id() + "/notes?done=recorded");
    }

    PageResult view(WebRequest request) {
        Optional<ChildCase> found = context.visibleCase(request);
        Optional<CaseNote> note = found.flatMap(c -> noteOf(c, request));
        if (note.isEmpty()) {
            return PageResult.notFound();
        }
        ChildCase childCase = found.get();
        CaseNoteRevision first = note.get().edited()
                ? notes.firstVersions(List.of(note.get().id())).get(note.get().id()) : null;
        Map<String, Object> model = context.model(childCase, CaseHeader.Section.NOTES, request);
        model.put("note", NoteView.of(note.get(), first, mayEdit(request.user(), note.get())));
        request.query("done").filter("edited"::equals).ifPresent(done -> model.put("edited", true));
        context.audit(request, "note.view", childCase, "note=" + note.get().id());
        return PageResult.page(NOTE, note.get().kind().label() + ": " + childCase.childName(), model);
    }

    PageResult editForm(WebRequest request) {
        Optional<ChildCase> found = context.visibleCase(request);
        Optional<CaseNote> note = found.flatMap(c -> noteOf(c, request));
        if (note.isEmpty()) {
            return PageResult.notFound();
        }
        if (!mayEdit(request.user(), note.get())) {
            return PageResult.forbidden();
        }
        // The form shows the note's text: a read of the record like any other.
        context.audit(request, "note.view", found.get(), "note=" + note.get().id() + " edit");
        return formPage(found.get(), request, NoteForm.of(note.get()), note.get(), new FormErrors(), null, 200);
    }

    PageResult edit(WebRequest request) {
        Optional<ChildCase> found = context.visibleCase(request);
        Optional<CaseNote> note = found.flatMap(c -> noteOf(c, request));
        if (note.isEmpty()) {
            return PageResult.notFound();
        }
        if (!mayEdit(request.user(), note.get())) {
            return PageResult.forbidden();
        }
        ChildCase childCase = found.get();
        NoteForm form = NoteForm.from(request);
        FormErrors errors = form.validate(clock.today(), childCase.openedOn());
        if (form.revision().isEmpty()) {
            // Not something the user can fix in a field: the hidden revision was lost or tampered with.
            return PageResult.badRequest("The form was incomplete. Go back to the note and try again.");
        }
        if (!errors.isEmpty()) {
            return formPage(childCase, request, form, note.get(), errors, null, 400);
        }
        try {
            Optional<CaseNote> edited = notes.edit(childCase.id(), note.get().id(), form.revision().get(),
                    form.content(), request.user().displayName(), clock.nowUtc());
            if (edited.isEmpty()) {
                return PageResult.notFound();
            }
            context.audit(request, "note.edit", childCase,
                    "note=" + note.get().id() + " revision=" + edited.get().revision());
            return PageResult.redirect("/cases/" + childCase.id() + "/notes/" + note.get().id() + "?done=edited");
        } catch (OptimisticLockException e) {
            // Keep what the user typed, now based on the latest revision: saving again is a
            // deliberate choice after checking what changed.
            CaseNote latest = notes.find(childCase.id(), note.get().id()).orElse(note.get());
            return formPage(childCase, request, form.withRevision(latest.revision()), latest, new FormErrors(),
                    CHANGED_MEANWHILE, 409);
        }
    }

    PageResult history(WebRequest request) {
        Optional<ChildCase> found = context.visibleCase(request);
        Optional<CaseNote> note = found.flatMap(c -> noteOf(c, request));
        if (note.isEmpty()) {
            return PageResult.notFound();
        }
        ChildCase childCase = found.get();
        List<NoteView> versions = new ArrayList<>(notes.revisions(note.get().id()).stream()
                .map(NoteView::earlierVersion).toList());
        versions.add(NoteView.currentVersion(note.get()));
        Map<String, Object> model = context.model(childCase, CaseHeader.Section.NOTES, request);
        model.put("noteId", note.get().id());
        model.put("kind", note.get().kind().label());
        model.put("versions", versions);
        context.audit(request, "note.history.view", childCase, "note=" + note.get().id());
        return PageResult.page(HISTORY, "History of a note: " + childCase.childName(), model);
    }

    /** The note's author, or a manager who signs off work, may correct it; everyone else only reads it. */
    static boolean mayEdit(CurrentUser user, CaseNote note) {
        return (user.userId() != null && user.userId() == note.authorUserId())
                || user.hasPermission(CaseRecordsModule.SIGN_OFF);
    }

    private Optional<CaseNote> noteOf(ChildCase childCase, WebRequest request) {
        return Ids.path(request, "noteId").flatMap(id -> notes.find(childCase.id(), id));
    }

    private PageResult formPage(ChildCase childCase, WebRequest request, NoteForm form, CaseNote editing,
                                FormErrors errors, String conflict, int status) {
        Map<String, Object> model = context.model(childCase, CaseHeader.Section.NOTES, request);
        model.put("form", form.values());
        model.put("kinds", form.kindOptions());
        model.put("bodyMax", NoteForm.BODY_MAX);
        String base = "/cases/" + childCase.id() + "/notes";
        if (editing != null) {
            model.put("editing", true);
            model.put("action", base + "/" + editing.id());
            model.put("cancel", base + "/" + editing.id());
            model.put("historyHref", editing.edited() ? base + "/" + editing.id() + "/history" : null);
        } else {
            model.put("action", base);
            model.put("cancel", base);
        }
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
        }
        if (conflict != null) {
            model.put("conflict", conflict);
        }
        String heading = editing != null ? "Edit a note or visit" : "Record a note or visit";
        String title = (status == 200 ? "" : "Error: ") + heading + ": " + childCase.childName();
        return new PageResult.Page(FORM, title, model, status);
    }
}
