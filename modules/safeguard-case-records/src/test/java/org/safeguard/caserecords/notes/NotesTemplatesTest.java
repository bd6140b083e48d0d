package org.safeguard.caserecords.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Options;
import com.github.jknack.handlebars.context.FieldValueResolver;
import com.github.jknack.handlebars.context.JavaBeanValueResolver;
import com.github.jknack.handlebars.context.MapValueResolver;
import com.github.jknack.handlebars.context.MethodValueResolver;
import com.github.jknack.handlebars.io.ClassPathTemplateLoader;

import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.api.CaseStage;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.model.CaseNote;
import org.safeguard.caserecords.model.CaseNoteRevision;
import org.safeguard.caserecords.web.CaseHeader;
import org.safeguard.platform.api.web.Paging;
import org.safeguard.platform.api.security.CurrentUser;

/**
 * Renders the slice's real templates as the web host does (same resolvers and helpers; sg/ partials
 * are stand-ins), so a template typo fails the build, and checks what a user (and axe) would check.
 */
class NotesTemplatesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ChildCase AMY = new ChildCase(5, 1, 14, 3, "Smith", 4, "Amy Smith", LocalDate.of(2019, 3, 2),
            CaseStage.CHILD_PROTECTION, LocalDate.of(2026, 3, 2), null, 100L, 7L, null);
    private static final CurrentUser USER = FakeRequest.worker(7, 1, 100);

    private final Handlebars handlebars = new Handlebars(new ClassPathTemplateLoader("/templates", ".hbs"));

    NotesTemplatesTest() {
        handlebars.registerHelper("eq", (Object a, Options o) -> {
            Object b = o.param(0, null);
            return Objects.equals(a, b) || (a != null && b != null && a.toString().equals(b.toString()));
        });
        handlebars.registerHelper("date", (Object value, Options o) ->
                DateTimeFormatter.ofPattern("d MMMM yyyy").format(temporal(value)));
        handlebars.registerHelper("dateTime", (Object value, Options o) ->
                DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm").format(temporal(value)));
    }

    private static TemporalAccessor temporal(Object value) {
        return value instanceof Instant instant ? instant.atZone(LONDON) : (TemporalAccessor) value;
    }

    private String render(String template, Map<String, Object> model) throws IOException {
        model.put("csrfToken", "token-123");
        Context context = Context.newBuilder(model)
                .resolver(MapValueResolver.INSTANCE, JavaBeanValueResolver.INSTANCE,
                        MethodValueResolver.INSTANCE, FieldValueResolver.INSTANCE)
                .build();
        String html = handlebars.compile(template).apply(context);
        assertEquals(1, count(html, "<h1"), "one h1 per page");
        assertFalse(html.contains("style=") || html.contains("<script") || html.contains("<style"), "CSP: no inline style or script");
        assertUniqueIds(html);
        return html;
    }

    private static Map<String, Object> base(CaseHeader.Section section) {
        Map<String, Object> model = new HashMap<>();
        model.put("recordHeader", CaseHeader.model(AMY, section, USER, null));
        model.put("caseId", AMY.id());
        model.put("childName", AMY.childName());
        model.put("caseOpenedOn", AMY.openedOn());
        return model;
    }

    private static CaseNote note(String body, boolean seen) {
        return new CaseNote(5, CaseNote.Kind.HOME_VISIT, LocalDate.of(2026, 11, 20), seen, false, true, body, 7,
                "Sam Worker", LocalDateTime.of(2026, 11, 20, 15, 30));
    }

    @Test
    void theListShowsEachNoteWithItsKindFlagsAndAuthor() throws IOException {
        Map<String, Object> model = base(CaseHeader.Section.NOTES);
        model.put("notes", List.of(NoteView.of(note("Amy said <she> was fine.\nRoom tidy.", true), null, true)));
        model.put("paging", new Paging(1, 25, 1).model("/cases/5/notes?"));
        model.put("canRecord", true);
        model.put("recorded", true);
        String html = render("case-records/notes/list", model);
        assertTrue(html.contains("Note recorded"));
        assertTrue(html.contains("Home visit, 20 November 2026"));
        assertTrue(html.contains("Child seen: yes, seen alone: no"));
        assertTrue(html.contains("Statutory visit"));
        assertTrue(html.contains("Sam Worker, 20 November 2026, 15:30"));
        assertTrue(html.contains("<p class=\"govuk-body\">Amy said &lt;she&gt; was fine.</p><p class=\"govuk-body\">Room tidy.</p>"));
        assertTrue(html.contains("href=\"/cases/5/notes/new\""));
        assertTrue(html.contains("aria-current=\"page\""), "the Notes tab is the current one");
        assertFalse(html.contains(">Edited<"));
    }

    @Test
    void anEditedNoteIsTaggedAndLinksToItsHistory() throws IOException {
        Map<String, Object> model = base(CaseHeader.Section.NOTES);
        model.put("notes", List.of(new NoteView(12L, "Phone call", LocalDate.of(2026, 11, 20), false, "not recorded",
                "not recorded", false, List.of("Spoke to mum."), "Sam Worker", Instant.parse("2026-11-20T15:30:00Z"), 2,
                true, "Mo Manager", Instant.parse("2026-11-21T09:00:00Z"), null, false)));
        model.put("paging", new Paging(1, 25, 1).model("/cases/5/notes?"));
        String html = render("case-records/notes/list", model);
        assertTrue(html.contains("<strong class=\"govuk-tag govuk-tag--grey\">Edited</strong>"));
        assertTrue(html.contains("href=\"/cases/5/notes/12/history\">History"));
        assertTrue(html.contains("href=\"/cases/5/notes/12\">View"));
        assertFalse(html.contains("/cases/5/notes/12/edit"), "not the user's note");
        assertFalse(html.contains("Child seen"), "not a visit");
        assertTrue(html.contains("Last edited by Mo Manager, 21 November 2026, 09:00"));
    }

    @Test
    void anEmptyListSaysSo() throws IOException {
        Map<String, Object> model = base(CaseHeader.Section.NOTES);
        model.put("notes", List.of());
        model.put("paging", new Paging(1, 25, 0).model("/cases/5/notes?"));
        model.put("canRecord", false);
        String html = render("case-records/notes/list", model);
        assertTrue(html.contains("No notes or visits have been recorded"));
        assertFalse(html.contains("Record a note or visit"));
    }

    @Test
    void theFormShownAgainKeepsTheValuesAndShowsEveryError() throws IOException {
        NoteForm form = new NoteForm("HOME_VISIT", "26", "11", "2026", "no", "yes", true, "<b>typed</b>", "");
        Map<String, Object> model = base(CaseHeader.Section.NOTES);
        model.put("form", form.values());
        model.put("kinds", form.kindOptions());
        model.put("bodyMax", NoteForm.BODY_MAX);
        model.put("action", "/cases/5/notes");
        model.put("cancel", "/cases/5/notes");
        model.put("errors", form.validate(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 3, 2)).toModel());
        String html = render("case-records/notes/form", model);
        assertTrue(html.contains("name=\"_csrf\" value=\"token-123\""));
        assertTrue(html.contains("<a href=\"#occurredOnDay\">Date must be today or in the past</a>"));
        assertTrue(html.contains("<a href=\"#seenAlone\">"));
        assertTrue(html.contains("id=\"seenAlone-error\""));
        assertTrue(html.contains("&lt;b&gt;typed&lt;/b&gt;</textarea>"));
        assertTrue(html.contains("id=\"kind\" name=\"kind\" type=\"radio\" value=\"HOME_VISIT\" checked"));
        assertTrue(html.contains("id=\"childSeen-2\" name=\"childSeen\" type=\"radio\" value=\"no\" checked"));
        assertTrue(html.contains("id=\"statutory\" name=\"statutory\" type=\"checkbox\" value=\"yes\" checked"));
        assertTrue(html.contains("value=\"26\""));
        assertTrue(html.contains("data-maxlength=\"8000\""));
        assertFalse(html.contains("name=\"revision\""), "a new note has no revision");
        assertFalse(html.contains("id=\"body-error\""));
    }

    @Test
    void theEditFormCarriesTheRevisionAndAConflictMessage() throws IOException {
        CaseNote note = note("Text", true);
        NoteForm form = NoteForm.of(note).withRevision(3);
        Map<String, Object> model = base(CaseHeader.Section.NOTES);
        model.put("form", form.values());
        model.put("kinds", form.kindOptions());
        model.put("bodyMax", NoteForm.BODY_MAX);
        model.put("editing", true);
        model.put("action", "/cases/5/notes/12");
        model.put("cancel", "/cases/5/notes/12");
        model.put("historyHref", "/cases/5/notes/12/history");
        model.put("conflict", NotesPages.CHANGED_MEANWHILE);
        String html = render("case-records/notes/form", model);
        assertTrue(html.contains("<input type=\"hidden\" name=\"revision\" value=\"3\">"));
        assertTrue(html.contains("action=\"/cases/5/notes/12\""));
        assertTrue(html.contains("changed by someone else"));
        assertTrue(html.contains("Edit a note or visit"));
        assertTrue(html.contains("id=\"childSeen\" name=\"childSeen\" type=\"radio\" value=\"yes\" checked"));
    }

    @Test
    void theHistoryListsEveryVersionWithWhoAndWhen() throws IOException {
        CaseNote note = note("Now", true);
        CaseNoteRevision first = new CaseNoteRevision(12, 1, CaseNote.Kind.HOME_VISIT, LocalDate.of(2026, 11, 20),
                true, true, "Before", "Sam Worker", LocalDateTime.of(2026, 11, 20, 15, 30), LocalDateTime.of(2026, 11, 21, 9, 0));
        Map<String, Object> model = base(CaseHeader.Section.NOTES);
        model.put("noteId", 12);
        model.put("versions", List.of(NoteView.earlierVersion(first), NoteView.currentVersion(note)));
        String html = render("case-records/notes/history", model);
        assertTrue(html.indexOf("Version 1") < html.indexOf("(current)"), "oldest first, the current version last");
        assertTrue(html.contains("Replaced"));
        assertTrue(html.contains("21 November 2026, 09:00"));
        assertTrue(html.contains("Before"));
    }

    @Test
    void theChronologyIsATableWithAPrintLinkAndPrintsWithoutItsLinks() throws IOException {
        Map<String, Object> model = base(CaseHeader.Section.CHRONOLOGY);
        model.put("rows", List.of(new ChronologyRow(LocalDate.of(2026, 3, 2), "Referral", List.of("Referral"), null, "Case records"),
                new ChronologyRow(LocalDate.of(2026, 3, 4), "Significant event", List.of("Moved", "To Wisbech"), "Sam Worker", "Case records")));
        model.put("newestFirst", false);
        model.put("print", false);
        model.put("printedAt", Instant.parse("2026-11-25T10:00:00Z"));
        model.put("printedBy", "Sam Worker");
        model.put("failedModules", List.of("Placements"));
        model.put("canRecord", true);
        String html = render("case-records/notes/chronology", model);
        assertTrue(html.contains("<caption class=\"govuk-table__caption govuk-table__caption--s\">Chronology for Amy Smith, oldest first</caption>"));
        assertTrue(html.contains("href=\"/cases/5/chronology?print=1\">Print this chronology</a>"));
        assertTrue(html.contains("href=\"/cases/5/events/new\">Add a significant event</a>"));
        assertTrue(html.contains("href=\"/cases/5/chronology?order=newest\">Newest first</a>"));
        assertTrue(html.contains("Moved<br>To Wisbech"));
        assertTrue(html.contains("2 March 2026"));
        assertTrue(html.contains("entries from Placements could not be shown"));

        model.put("print", true);
        String printed = render("case-records/notes/chronology", model);
        assertFalse(printed.contains("Print this chronology"));
        assertTrue(printed.contains("Printed 25 November 2026, 10:00 by Sam Worker"));
        assertTrue(printed.contains("class=\"govuk-inset-text sg-no-print\""), "the print instructions do not print");
        assertTrue(printed.contains("Moved<br>To Wisbech"), "the same content");
        assertTrue(printed.contains("href=\"/cases/5/chronology\">Back to the chronology</a>"));
        model.put("newestFirst", true);
        model.put("print", false);
        assertTrue(render("case-records/notes/chronology", model)
                .contains("href=\"/cases/5/chronology?print=1&amp;order=newest\">Print this chronology</a>"));
    }

    @Test
    void theSignificantEventFormShowsItsErrors() throws IOException {
        SignificantEventForm form = new SignificantEventForm("26", "11", "2026", "", "");
        Map<String, Object> model = base(CaseHeader.Section.CHRONOLOGY);
        model.put("form", form.values());
        model.put("titleMax", 200);
        model.put("detailMax", 4000);
        model.put("errors", form.validate(LocalDate.of(2026, 11, 25)).toModel());
        String html = render("case-records/notes/event-form", model);
        assertTrue(html.contains("<a href=\"#title\">Enter what happened</a>"));
        assertTrue(html.contains("<a href=\"#occurredOnDay\">"));
        assertTrue(html.contains("action=\"/cases/5/events\""));
        assertTrue(html.contains("name=\"_csrf\""));
    }

    @Test
    void aSingleNotePageOffersEditAndHistory() throws IOException {
        Map<String, Object> model = base(CaseHeader.Section.NOTES);
        model.put("note", NoteView.of(note("Body", false), null, true));
        model.put("edited", true);
        String html = render("case-records/notes/note", model);
        assertTrue(html.contains("Note updated"));
        assertTrue(html.contains("Child seen: no"));
        assertTrue(html.contains("Edit this note"));
    }

    private static int count(String html, String needle) {
        int n = 0;
        for (int i = html.indexOf(needle); i >= 0; i = html.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static void assertUniqueIds(String html) {
        Matcher ids = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
        Set<String> seen = new java.util.HashSet<>();
        while (ids.find()) {
            assertTrue(seen.add(ids.group(1)), "duplicate id " + ids.group(1));
        }
    }
}
