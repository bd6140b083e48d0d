package org.safeguard.caserecords.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.CaseAccessService;
import org.safeguard.caserecords.CaseDirectoryService;
import org.safeguard.caserecords.FakeOrganisation;
import org.safeguard.caserecords.model.CaseNote;
import org.safeguard.caserecords.model.CaseNoteRevision;
import org.safeguard.platform.api.audit.AuditEvent;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.testing.TestDatabase;

/** Recording, listing and editing notes through the page handlers, against a real (in-memory) database. */
class NotesPagesTest {

    private static final long CCC = 1, FENLAND = 14, HUNTS = 15, FENLAND_TEAM = 100, HUNTS_TEAM = 101;
    private static final CouncilClock CLOCK = new CouncilClock(Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));

    private static TestDatabase db;
    private static Seed seed;
    private static long caseId;
    private static long otherCaseId;
    private static CaseDirectoryService cases;

    private final CurrentUser author = FakeRequest.worker(7, CCC, FENLAND_TEAM);
    private final CurrentUser colleague = FakeRequest.worker(8, CCC, FENLAND_TEAM);
    private final CurrentUser manager = FakeRequest.manager(9, CCC, FENLAND_TEAM);
    private final CurrentUser outsider = FakeRequest.worker(10, CCC, HUNTS_TEAM);

    private RecordingAuditLog audit;
    private NotesPages pages;
    private CaseNoteRepository notes;

    @BeforeAll
    static void database() {
        db = TestDatabase.create("notes-pages", "db/case-records/changelog.xml");
        seed = new Seed(db);
        FakeOrganisation organisation = new FakeOrganisation()
                .team(FENLAND_TEAM, CCC, FENLAND, "Fenland Family Safeguarding team 1")
                .team(HUNTS_TEAM, CCC, HUNTS, "Huntingdonshire Family Safeguarding team 1");
        cases = new CaseDirectoryService(db.factory(), new CaseAccessService(organisation, organisation.enablement()));
        caseId = seed.openCase(CCC, FENLAND, "Amy", "Smith", LocalDate.of(2026, 9, 1))[2];
        otherCaseId = seed.openCase(CCC, FENLAND, "Ben", "Jones", LocalDate.of(2026, 9, 1))[2];
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    @BeforeEach
    void pages() {
        audit = new RecordingAuditLog();
        pages = new NotesPages(db.factory(), cases, audit, null, CLOCK);
        notes = new CaseNoteRepository(db.factory());
    }

    private FakeRequest visit(CurrentUser user, long caseId, String seen, String alone, String body) {
        return FakeRequest.post(user).path("caseId", caseId)
                .form("kind", "HOME_VISIT").form("occurredOnDay", "20").form("occurredOnMonth", "11")
                .form("occurredOnYear", "2026").form("childSeen", seen).form("seenAlone", alone)
                .form("statutory", "yes").form("body", body);
    }

    private long countNotes() {
        return seed.count("SELECT COUNT(*) FROM cr_case_note");
    }

    private long record(CurrentUser user, long caseId, String body) {
        PageResult result = pages.record(visit(user, caseId, "yes", "no", body));
        assertEquals(new PageResult.Redirect("/cases/" + caseId + "/notes?done=recorded"), result);
        return seed.count("SELECT MAX(id) FROM cr_case_note");
    }

    private static PageResult.Page page(PageResult result, int status) {
        PageResult.Page page = assertInstanceOf(PageResult.Page.class, result);
        assertEquals(status, page.status());
        return page;
    }

    @Test
    void aVisitIsRecordedAndAuditedWithoutItsText() {
        long before = countNotes();
        long noteId = record(author, caseId, "Amy said she was scared of the dog.");
        assertEquals(before + 1, countNotes());
        CaseNote note = notes.find(caseId, noteId).orElseThrow();
        assertEquals(CaseNote.Kind.HOME_VISIT, note.kind());
        assertEquals(Boolean.TRUE, note.childSeen());
        assertEquals(Boolean.FALSE, note.seenAlone());
        assertTrue(note.statutory());
        assertEquals(1, note.revision(), "a new note is revision 1");
        assertEquals(7L, note.authorUserId());
        assertEquals("Worker 7", note.authorName());
        assertEquals(LocalDate.of(2026, 11, 25), note.recordedAtUtc().toLocalDate());
        AuditEvent event = audit.last();
        assertEquals("note.record", event.action());
        assertEquals("case", event.subjectType());
        assertEquals(String.valueOf(caseId), event.subjectId());
        assertEquals("note=" + noteId + " kind=HOME_VISIT", event.detail());
    }

    @Test
    void invalidNotesSaveNothing() {
        long before = countNotes();
        // seen alone, but not seen
        PageResult.Page page = page(pages.record(visit(author, caseId, "no", "yes", "Nobody in.")), 400);
        assertTrue(errorFields(page).containsKey("seenAlone"));
        assertEquals("Nobody in.", ((Map<?, ?>) page.model().get("form")).get("body"), "what the user typed is kept");
        // in the future
        page = page(pages.record(visit(author, caseId, "yes", "no", "Text").form("occurredOnDay", "26")), 400);
        assertTrue(errorFields(page).containsKey("occurredOnDay"));
        // empty body
        page = page(pages.record(visit(author, caseId, "yes", "no", "")), 400);
        assertTrue(errorFields(page).containsKey("body"));
        assertTrue(page.title().startsWith("Error: "));
        // before the case opened
        page = page(pages.record(visit(author, caseId, "yes", "no", "Text").form("occurredOnMonth", "8")), 400);
        assertTrue(errorFields(page).containsKey("occurredOnDay"));
        assertEquals(before, countNotes());
        assertFalse(audit.actions().contains("note.record"));
    }

    @Test
    void theListIsNewestFirstPagedAndAuditedOnce() {
        long caseOfList = seed.openCase(CCC, FENLAND, "Cara", "Brown", LocalDate.of(2026, 9, 1))[2];
        for (int i = 1; i <= 26; i++) {
            PageResult recorded = pages.record(visit(author, caseOfList, "yes", "yes", "Visit " + i)
                    .form("occurredOnDay", String.valueOf(i)).form("occurredOnMonth", "10"));
            assertInstanceOf(PageResult.Redirect.class, recorded);
        }
        audit.events.clear();
        PageResult.Page page = page(pages.list(FakeRequest.get(author).path("caseId", caseOfList)), 200);
        @SuppressWarnings("unchecked")
        List<NoteView> shown = (List<NoteView>) page.model().get("notes");
        assertEquals(25, shown.size());
        assertEquals(LocalDate.of(2026, 10, 26), shown.get(0).occurredOn());
        assertEquals(List.of("Visit 26"), shown.get(0).paragraphs());
        assertEquals("Home visit", shown.get(0).kind());
        assertEquals("yes", shown.get(0).seenAlone());
        assertEquals(List.of("notes.view"), audit.actions());
        assertEquals("page=1", audit.last().detail());
        PageResult.Page second = page(pages.list(FakeRequest.get(author).path("caseId", caseOfList).query("page", "2")), 200);
        @SuppressWarnings("unchecked")
        List<NoteView> rest = (List<NoteView>) second.model().get("notes");
        assertEquals(List.of("Visit 1"), rest.get(0).paragraphs());
    }

    @Test
    void anEditKeepsEveryEarlierVersionInOrder() {
        long noteId = record(author, caseId, "First version.");
        PageResult result = pages.edit(visit(author, caseId, "yes", "yes", "Second version.")
                .path("noteId", noteId).form("revision", "1"));
        assertEquals(new PageResult.Redirect("/cases/" + caseId + "/notes/" + noteId + "?done=edited"), result);
        result = pages.edit(visit(manager, caseId, "no", "", "Third version, by the manager.")
                .form("kind", "OFFICE_VISIT").path("noteId", noteId).form("revision", "2"));
        assertInstanceOf(PageResult.Redirect.class, result);

        CaseNote note = notes.find(caseId, noteId).orElseThrow();
        assertEquals(3, note.revision());
        assertEquals("Third version, by the manager.", note.body());
        assertEquals(CaseNote.Kind.OFFICE_VISIT, note.kind());
        assertEquals(Boolean.FALSE, note.childSeen());
        assertEquals("Manager 9", note.authorName(), "the current version's writer");
        assertEquals(7L, note.authorUserId(), "the note's author does not change");

        List<CaseNoteRevision> revisions = notes.revisions(noteId);
        assertEquals(List.of(1, 2), revisions.stream().map(CaseNoteRevision::revision).toList());
        assertEquals(List.of("First version.", "Second version."), revisions.stream().map(CaseNoteRevision::body).toList());
        assertEquals(List.of("Worker 7", "Worker 7"), revisions.stream().map(CaseNoteRevision::authorName).toList());
        assertEquals(Boolean.FALSE, revisions.get(0).seenAlone());
        assertEquals(Boolean.TRUE, revisions.get(1).seenAlone());
        assertTrue(revisions.get(0).supersededAtUtc() != null);
        assertEquals(List.of("note.record", "note.edit", "note.edit"), audit.actions());
        assertEquals("note=" + noteId + " revision=3", audit.last().detail());

        PageResult.Page history = page(pages.history(FakeRequest.get(colleague).path("caseId", caseId).path("noteId", noteId)), 200);
        @SuppressWarnings("unchecked")
        List<NoteView> versions = (List<NoteView>) history.model().get("versions");
        assertEquals(List.of(1, 2, 3), versions.stream().map(NoteView::revision).toList());
        assertEquals(List.of("Worker 7", "Worker 7", "Manager 9"), versions.stream().map(NoteView::author).toList());
        assertTrue(versions.get(2).supersededAt() == null, "the last is the current version");
        assertEquals("note.history.view", audit.last().action());

        PageResult.Page list = page(pages.list(FakeRequest.get(colleague).path("caseId", caseId)), 200);
        @SuppressWarnings("unchecked")
        NoteView shown = ((List<NoteView>) list.model().get("notes")).stream().filter(v -> v.id() == noteId).findFirst().orElseThrow();
        assertTrue(shown.edited());
        assertEquals("Worker 7", shown.author(), "the list names who first wrote it");
        assertEquals("Manager 9", shown.editedBy());
        assertFalse(shown.canEdit(), "a colleague may not edit it");
    }

    @Test
    void onlyTheAuthorOrAManagerMayEdit() {
        long noteId = record(author, caseId, "Original.");
        assertEquals(PageResult.forbidden(), pages.editForm(FakeRequest.get(colleague).path("caseId", caseId).path("noteId", noteId)));
        assertEquals(PageResult.forbidden(), pages.edit(visit(colleague, caseId, "yes", "no", "Changed.")
                .path("noteId", noteId).form("revision", "1")));
        assertEquals("Original.", notes.find(caseId, noteId).orElseThrow().body());
        page(pages.editForm(FakeRequest.get(author).path("caseId", caseId).path("noteId", noteId)), 200);
        page(pages.editForm(FakeRequest.get(manager).path("caseId", caseId).path("noteId", noteId)), 200);
    }

    @Test
    void aNoteOfAnotherCaseOrACaseOutOfReachIsNotFound() {
        long noteId = record(author, caseId, "On Amy's case.");
        FakeRequest wrongCase = FakeRequest.get(author).path("caseId", otherCaseId).path("noteId", noteId);
        assertEquals(PageResult.notFound(), pages.view(wrongCase));
        assertEquals(PageResult.notFound(), pages.editForm(wrongCase));
        assertEquals(PageResult.notFound(), pages.history(wrongCase));
        assertEquals(PageResult.notFound(), pages.edit(visit(author, otherCaseId, "yes", "no", "x")
                .path("noteId", noteId).form("revision", "1")));
        assertEquals(PageResult.notFound(), pages.list(FakeRequest.get(outsider).path("caseId", caseId)));
        assertEquals(PageResult.notFound(), pages.record(visit(outsider, caseId, "yes", "no", "x")));
        assertEquals(PageResult.notFound(), pages.list(FakeRequest.get(author).path("caseId", "abc")));
        assertEquals(PageResult.notFound(), pages.view(FakeRequest.get(author).path("caseId", caseId).path("noteId", "-1")));
        assertEquals(PageResult.notFound(), pages.list(FakeRequest.get(author).path("caseId", 999999)));
        assertEquals("On Amy's case.", notes.find(caseId, noteId).orElseThrow().body());
    }

    @Test
    void anEditFromAnOldVersionIsRefusedAndSavesNothing() {
        long noteId = record(author, caseId, "Version 1.");
        pages.edit(visit(manager, caseId, "yes", "no", "Version 2 by the manager.").path("noteId", noteId).form("revision", "1"));
        // The author's form was opened at revision 1, before the manager's edit.
        PageResult.Page page = page(pages.edit(visit(author, caseId, "yes", "no", "Author's late change.")
                .path("noteId", noteId).form("revision", "1")), 409);
        assertEquals(NotesPages.CHANGED_MEANWHILE, page.model().get("conflict"));
        assertEquals("2", ((Map<?, ?>) page.model().get("form")).get("revision"), "saving again is now deliberate");
        assertEquals("Author's late change.", ((Map<?, ?>) page.model().get("form")).get("body"));
        assertEquals("Version 2 by the manager.", notes.find(caseId, noteId).orElseThrow().body());
        assertEquals(1, notes.revisions(noteId).size());
    }

    @Test
    void twoEditsRacingFromTheSameRevisionCannotBothWin() {
        long noteId = record(author, caseId, "Version 1.");
        // One edit has read revision 1 and is about to write when another commits first.
        jakarta.persistence.EntityManager slow = db.factory().createEntityManager();
        try {
            slow.getTransaction().begin();
            CaseNote stale = slow.find(CaseNote.class, noteId);
            notes.edit(caseId, noteId, 1, new NoteForm.Content(CaseNote.Kind.HOME_VISIT, LocalDate.of(2026, 11, 20),
                    true, false, true, "Fast edit."), "Manager 9", CLOCK.nowUtc());
            stale.revise(CaseNote.Kind.NOTE, LocalDate.of(2026, 11, 20), null, null, false, "Slow edit.", "Worker 7",
                    CLOCK.nowUtc());
            org.junit.jupiter.api.Assertions.assertThrows(jakarta.persistence.OptimisticLockException.class, slow::flush);
        } finally {
            if (slow.getTransaction().isActive()) {
                slow.getTransaction().rollback();
            }
            slow.close();
        }
        CaseNote note = notes.find(caseId, noteId).orElseThrow();
        assertEquals("Fast edit.", note.body());
        assertEquals(2, note.revision());
    }

    @Test
    void anInvalidEditSavesNothing() {
        long noteId = record(author, caseId, "Kept.");
        page(pages.edit(visit(author, caseId, "no", "yes", "Changed.").path("noteId", noteId).form("revision", "1")), 400);
        CaseNote note = notes.find(caseId, noteId).orElseThrow();
        assertEquals("Kept.", note.body());
        assertEquals(1, note.revision());
        assertTrue(notes.revisions(noteId).isEmpty());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> errorFields(PageResult.Page page) {
        return (Map<String, String>) ((Map<String, Object>) page.model().get("errors")).get("byField");
    }
}
