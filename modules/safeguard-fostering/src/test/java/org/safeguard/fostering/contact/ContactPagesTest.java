package org.safeguard.fostering.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.api.ChronologyEvent;
import org.safeguard.fostering.FosteringChronology;
import org.safeguard.fostering.TestWorld;
import org.safeguard.fostering.model.Attendance;
import org.safeguard.fostering.model.ContactSession;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.testing.FakeRequest;
import org.safeguard.platform.testing.Pages;

/** Supervised contact on a child's case: the tab, arranging and recording sessions, the diary. Now is 1 December 2026, 10:00. */
class ContactPagesTest {

    static TestWorld world;

    @BeforeAll
    static void setUp() {
        world = new TestWorld("contact-pages");
        world.cases.addCase(60, TestWorld.CCC, TestWorld.FENLAND, 600, "Lily Moss", LocalDate.of(2017, 4, 1),
                TestWorld.FENLAND_TEAM, 3L);
        world.cases.addCase(61, TestWorld.CCC, TestWorld.HUNTS, 601, "Max Nye", LocalDate.of(2015, 4, 1), 102L, 4L);
        world.cases.addMember(600, 1060, "Lily Moss", true, "Child");
        world.cases.addMember(600, 6002, "Kerry Moss", false, "Parent of Lily");
        world.cases.addMember(600, 6003, "Dean Moss", false, "Parent of Lily");
    }

    @AfterAll
    static void tearDown() throws Exception {
        world.close();
    }

    /** A session on that day of 2026 ("12 11" is 12 November). */
    private static FakeRequest session(String dayMonth, String time, String attendance) {
        String[] parts = dayMonth.split(" ");
        return FakeRequest.post(world.jess(), "/fostering/cases/60/contact").pathParam("caseId", 60)
                .date("sessionOn", parts[0], parts[1], "2026").form("startTime", time)
                .form("duration", "90").form("venue", "March family centre").form("supervisorId", 2)
                .form("attendance", attendance);
    }

    @Test
    void recordingAHappenedSessionNeedsWhoCameAndWhatWasObserved() {
        ContactPages pages = new ContactPages(world.context);
        PageResult missing = pages.record(FakeRequest.post(world.jess(), "/").pathParam("caseId", 60)
                .form("attendance", "TOOK_PLACE").form("startTime", "25:00").form("present", "1060"));
        assertEquals(400, ((PageResult.Page) missing).status());
        String html = Pages.render(missing, world.jess(), "/");
        for (String message : new String[] {"Enter the date of the session", "Enter a real time",
                "Enter how long the session lasts", "Enter where the session takes place", "Choose who supervises",
                "Choose family members from the child", "Enter what the supervisor observed"}) {
            assertTrue(html.contains(message), message);
        }
        assertEquals(0, world.context.contact().count(60), "nothing saved");
        PageResult nobody = pages.record(session("12 11", "14:00", "TOOK_PLACE").form("observations", "Played a game"));
        assertTrue(Pages.render(nobody, world.jess(), "/").contains("Choose who from the family was at the session"));
        assertInstanceOf(PageResult.Redirect.class, pages.record(session("12 11", "14:00", "TOOK_PLACE")
                .form("present", "6002").form("observations", "Lily and her mother played a game.\nCalm goodbye.")));
        assertEquals(1, world.context.contact().count(60));
    }

    @Test
    void aSessionStillToHappenCanOnlyBePlannedAndItsOutcomeComesAfter() {
        ContactPages pages = new ContactPages(world.context);
        PageResult early = pages.record(session("3 12", "10:00", "TOOK_PLACE").form("present", "6003")
                .form("observations", "x"));
        assertTrue(Pages.render(early, world.jess(), "/").contains("can only be planned"));
        PageResult pastPlanned = pages.record(session("30 11", "09:00", "PLANNED"));
        assertTrue(Pages.render(pastPlanned, world.jess(), "/").contains("record what happened"));
        // later today: still to happen
        assertInstanceOf(PageResult.Redirect.class, pages.record(session("1 12", "15:00", "PLANNED").form("present", "6003")));
        ContactSession planned = world.context.contact().page(60, 0, 10).stream()
                .filter(s -> s.attendance() == Attendance.PLANNED).findFirst().orElseThrow();
        PageResult tooSoon = pages.recordOutcome(FakeRequest.post(world.jess(), "/").pathParam("caseId", 60)
                .pathParam("sessionId", planned.id()).form("version", planned.version()).form("attendance", "CANCELLED_BY_FAMILY"));
        assertTrue(Pages.render(tooSoon, world.jess(), "/").contains("has not started yet"));
        assertEquals(PageResult.notFound(), pages.outcomeForm(FakeRequest.get(world.jess(), "/").pathParam("caseId", 61)
                .pathParam("sessionId", planned.id())), "a session of another case");
    }

    @Test
    void theTabIsTheChildsRecordOthersGetNotFoundAndEveryLookIsAudited() {
        ContactPages pages = new ContactPages(world.context);
        pages.record(session("20 11", "11:00", "FAMILY_DID_NOT_ATTEND"));
        PageResult tab = pages.list(FakeRequest.get(world.jess(), "/fostering/cases/60/contact").pathParam("caseId", 60));
        String html = Pages.render(tab, world.jess(), "/fostering/cases/60/contact");
        assertTrue(html.contains("Lily Moss") && html.contains("Family member did not attend"));
        assertTrue(html.contains("aria-current=\"page\""), "the Supervised contact tab is marked");
        assertEquals("contact.view", world.audit.events().get(world.audit.events().size() - 1).action());
        assertEquals(PageResult.notFound(), pages.list(FakeRequest.get(world.jess(), "/").pathParam("caseId", 61)),
                "another district");
        assertEquals(PageResult.notFound(), pages.list(FakeRequest.get(world.emily(), "/").pathParam("caseId", 60)),
                "another authority");
        assertTrue(world.audit.actions("contact.record").stream().noneMatch(e -> e.detail().contains("Moss")
                || e.detail().contains("game")), "no names or notes in the audit");
    }

    @Test
    void fosteringSwitchedOffInTheCasesDistrictHidesItsContact() throws Exception {
        try (TestWorld own = new TestWorld("contact-off")) {
            own.cases.addCase(62, TestWorld.CCC, TestWorld.FENLAND, 602, "Nia Owen", LocalDate.of(2017, 4, 1),
                    TestWorld.FENLAND_TEAM, 3L);
            own.organisation.disable("fostering", TestWorld.FENLAND);
            assertEquals(PageResult.notFound(), new ContactPages(own.context).list(FakeRequest.get(own.helen(), "/")
                    .pathParam("caseId", 62)));
        }
    }

    @Test
    void theChronologyHasWhatHappenedNotWhatIsPlanned() {
        ContactPages pages = new ContactPages(world.context);
        pages.record(session("25 11", "10:00", "TOOK_PLACE").form("present", "6002")
                .form("observations", "Warm session"));
        List<ChronologyEvent> events = new FosteringChronology(world.context)
                .events(world.cases.visibleCase(world.jess(), 60).orElseThrow());
        assertTrue(events.stream().anyMatch(e -> e.summary().contains("took place; with Kerry Moss")));
        assertTrue(events.stream().noneMatch(e -> e.summary().contains("planned")));
        assertTrue(events.stream().allMatch(e -> "Gareth Lloyd-Evans".equals(e.recordedBy())));
    }

    @Test
    void theDiaryShowsOnlySessionsOfChildrenTheUserCanSee() {
        ContactPages pages = new ContactPages(world.context);
        pages.record(session("5 12", "10:00", "PLANNED").form("present", "6002"));
        DiaryPages diary = new DiaryPages(world.context);
        String jess = Pages.render(diary.diary(FakeRequest.get(world.jess(), "/fostering/contact")), world.jess(), "/");
        assertTrue(jess.contains("Lily Moss"));
        String josh = Pages.render(diary.diary(FakeRequest.get(world.organisation.user(4, "fostering.read"),
                "/fostering/contact")), null, "/");
        assertFalse(josh.contains("Lily Moss"), "Huntingdonshire cannot see a Fenland child");
        String recent = Pages.render(diary.diary(FakeRequest.get(world.helen(), "/").query("view", "recent")), null, "/");
        assertTrue(recent.contains("Last four weeks"));
    }
}
