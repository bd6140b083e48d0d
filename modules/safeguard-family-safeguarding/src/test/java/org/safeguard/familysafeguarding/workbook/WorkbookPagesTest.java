package org.safeguard.familysafeguarding.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safeguard.familysafeguarding.World.DOMESTIC_ABUSE;
import static org.safeguard.familysafeguarding.World.SMITH;
import static org.safeguard.familysafeguarding.World.SOCIAL_WORKER;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.familysafeguarding.World;
import org.safeguard.familysafeguarding.model.WorkbookEntry;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.testing.FakeRequest;
import org.safeguard.platform.testing.Pages;

/** The family workbook: each role's chapter and summaries, edits with history, the integrated and printed page. */
class WorkbookPagesTest {

    private static final World WORLD = new World("fs-workbook-pages");
    private final WorkbookPages pages = new WorkbookPages(WORLD.access, WORLD.data, WORLD.audit, World.CLOCK);

    @BeforeEach
    void empty() {
        WORLD.reset();
    }

    @AfterAll
    static void close() {
        WORLD.close();
    }

    private static FakeRequest get(long userId) {
        return FakeRequest.get(WORLD.as(userId), "/family-safeguarding/families/1000/workbook").pathParam("familyId", SMITH);
    }

    private static FakeRequest post(long userId) {
        return FakeRequest.post(WORLD.as(userId), "/family-safeguarding/families/1000/workbook").pathParam("familyId", SMITH);
    }

    @Test
    void eachRoleWritesItsOwnChapterAndTheyReadAsOneAssessment() {
        assertTrue(pages.saveChapter(post(SOCIAL_WORKER).pathParam("role", "social-worker")
                .form("body", "Amy is loved but often late to school.")) instanceof PageResult.Redirect);
        assertTrue(pages.saveChapter(post(DOMESTIC_ABUSE).pathParam("role", "domestic-abuse")
                .form("body", "Three police call-outs; safety plan in place.")) instanceof PageResult.Redirect);
        assertEquals(403, ((PageResult.Error) pages.saveChapter(post(DOMESTIC_ABUSE).pathParam("role", "social-worker")
                .form("body", "Not mine to write"))).status());
        assertEquals(PageResult.notFound(), pages.chapterForm(get(SOCIAL_WORKER).pathParam("role", "astrology")));

        String html = Pages.render(pages.workbook(get(World.MENTAL_HEALTH)));
        int children = html.indexOf("Amy is loved");
        int abuse = html.indexOf("Three police call-outs");
        assertTrue(children > 0 && abuse > children, "the children's chapter first, then each discipline's");
        assertTrue(html.contains("Adult mental health") && html.contains("Not written yet."));
        assertTrue(html.contains("/workbook?print=1"));
        assertTrue(html.contains("Write<span class=\"govuk-visually-hidden\"> the Mental health practitioner"),
                "she may write her own chapter");
        assertFalse(html.contains("/workbook/chapters/domestic-abuse\">Change"), "not someone else's");
    }

    @Test
    void anEditKeepsTheEarlierVersionAndAStaleEditIsNotLost() {
        pages.saveChapter(post(DOMESTIC_ABUSE).pathParam("role", "domestic-abuse").form("body", "First"));
        WorkbookEntry chapter = WORLD.data.workbook().ofFamily(SMITH).get(0);
        String form = Pages.render(pages.chapterForm(get(DOMESTIC_ABUSE).pathParam("role", "domestic-abuse")));
        assertTrue(form.contains("name=\"revision\" value=\"1\"") && form.contains(">First</textarea>"), form);
        assertTrue(pages.saveChapter(post(DOMESTIC_ABUSE).pathParam("role", "domestic-abuse").form("body", "Second")
                .form("revision", "1")) instanceof PageResult.Redirect);
        PageResult stale = pages.saveChapter(post(DOMESTIC_ABUSE).pathParam("role", "domestic-abuse")
                .form("body", "Written from the first version").form("revision", "1"));
        assertEquals(409, ((PageResult.Page) stale).status());
        String again = Pages.render(stale);
        assertTrue(again.contains("changed by someone else") && again.contains("Written from the first version"),
                "what they typed is kept to save again");
        assertTrue(again.contains("name=\"revision\" value=\"2\""));

        String history = Pages.render(pages.history(get(SOCIAL_WORKER).pathParam("entryId", chapter.id())));
        assertTrue(history.indexOf(">First<") < history.indexOf(">Second<"), history);
        assertTrue(history.contains("Version 2 (current)"));
        assertTrue(WORLD.audit.actions("fs.workbook.edit").stream()
                .anyMatch(e -> ("entry=" + chapter.id() + " revision=2").equals(e.detail())));
    }

    @Test
    void oneSummaryPerRoleAndMonthAndThePrintedWorkbook() {
        assertTrue(pages.addSummary(post(DOMESTIC_ABUSE).form("role", "DOMESTIC_ABUSE").form("month", "2026-03")
                .form("body", "Good month")) instanceof PageResult.Redirect);
        PageResult twice = pages.addSummary(post(DOMESTIC_ABUSE).form("role", "DOMESTIC_ABUSE").form("month", "2026-03")
                .form("body", "Another"));
        assertEquals(400, ((PageResult.Page) twice).status());
        assertTrue(Pages.render(twice).contains("already a domestic abuse practitioner&#x27;s summary for March 2026"));
        assertTrue(pages.addSummary(post(SOCIAL_WORKER).form("role", "SOCIAL_WORKER").form("month", "2026-03")
                .form("body", "Four visits")) instanceof PageResult.Redirect);
        WorkbookEntry mine = WORLD.data.workbook().ofFamily(SMITH).get(0);
        assertEquals(403, ((PageResult.Error) pages.summaryForm(get(SOCIAL_WORKER).pathParam("entryId", mine.id())))
                .status(), "the social worker does not change the practitioner's summary");

        String print = Pages.render(pages.workbook(get(SOCIAL_WORKER).query("print", "1")));
        assertTrue(print.contains("Printed 16 March 2026") && print.contains("by Jess Parson"), print);
        assertTrue(print.contains("<h4 class=\"govuk-heading-s\">March 2026</h4>"));
        assertTrue(print.indexOf("Four visits") < print.indexOf("Good month"), "the social worker's summary first");
        var views = WORLD.audit.actions("fs.workbook.view");
        assertEquals("print", views.get(views.size() - 1).detail());
    }
}
