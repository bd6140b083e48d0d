package org.safeguard.corporateparenting.care;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safeguard.corporateparenting.TestWorld.*;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.corporateparenting.FakeCaseDirectory;
import org.safeguard.corporateparenting.Routes;
import org.safeguard.corporateparenting.TestWorld;
import org.safeguard.corporateparenting.model.CareEpisode;
import org.safeguard.corporateparenting.model.LeavingReason;
import org.safeguard.corporateparenting.model.LegalStatus;
import org.safeguard.corporateparenting.model.PlacementType;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.testing.FakeRequest;
import org.safeguard.platform.testing.Pages;

/** Legal status, who holds the child, UASC and leaving care. */
class EpisodeChangesTest {

    static final String BASE = "/children-in-care/cases/{caseId}/";

    private static TestWorld world;
    private CurrentUser worker;
    private CareEpisode episode;

    @BeforeAll
    static void database() {
        world = new TestWorld("cp-episode-changes");
    }

    @AfterAll
    static void close() throws Exception {
        world.close();
    }

    @BeforeEach
    void setUp() {
        world.reset();
        worker = world.user(FENLAND_SW, WORKER);
        episode = world.inCare(world.theCase(CASE), LocalDate.of(2025, 9, 1), LegalStatus.INTERIM_CARE_ORDER,
                PlacementType.IN_HOUSE_FOSTER, 35_000);
    }

    private FakeRequest post(CurrentUser user) {
        return FakeRequest.post(user, "/x").pathParam("caseId", CASE)
                .form("version", String.valueOf(world.current(CHILD).episode().version()));
    }

    @Test
    void aChangeOfLegalStatusEndsTheCurrentOneAndIsKeptInTheHistory() {
        PageResult result = Routes.post(world.episodes(null), BASE + "legal-status", post(worker)
                .form("legalStatus", "CARE_ORDER").date("from", "10", "2", "2026"));
        assertEquals(PageResult.redirect("/children-in-care/cases/501?done=legal-status"), result);
        EpisodeRecord r = world.current(CHILD);
        assertEquals(2, r.statuses().size());
        assertEquals(LocalDate.of(2026, 2, 10), r.statuses().get(0).toDate());
        assertEquals(LegalStatus.CARE_ORDER, r.currentStatus().orElseThrow().status());
        assertEquals(1, world.audit.actions("legal-status.change").size());
    }

    @Test
    void theSameStatusOrADateBeforeTheCurrentOneIsRefused() {
        String html = Pages.render(Routes.post(world.episodes(null), BASE + "legal-status", post(worker)
                .form("legalStatus", "INTERIM_CARE_ORDER").date("from", "1", "8", "2025")));
        assertTrue(html.contains("Select a different legal status: this is the current one"));
        assertTrue(html.contains("must be after 1 September 2025, when the current status began"));
        assertEquals(1, world.current(CHILD).statuses().size());
    }

    @Test
    void aStaleVersionIsRefused() {
        FakeRequest stale = FakeRequest.post(worker, "/x").pathParam("caseId", CASE).form("version", "0")
                .form("legalStatus", "CARE_ORDER").date("from", "10", "2", "2026");
        // the placement added in setUp already moved the version on
        String html = Pages.render(Routes.post(world.episodes(null), BASE + "legal-status", stale));
        assertTrue(html.contains("changed by someone else"), html);
        assertEquals(1, world.current(CHILD).statuses().size());
    }

    @Test
    void aManagerTakesTheChildIntoTheirOwnTeamAndAllocatesAWorker() {
        CurrentUser cicManager = world.user(CIC_TM, MANAGER);
        String form = Pages.render(Routes.get(world.holders(), BASE + "holder", FakeRequest.get(cicManager, "/x")
                .pathParam("caseId", CASE)));
        assertTrue(form.contains("Corporate parenting – children in care: Keisha Munroe"), form);
        assertFalse(form.contains("value=\"team-" + FENLAND_TEAM), "only the manager's own teams");
        PageResult result = Routes.post(world.holders(), BASE + "holder", post(cicManager)
                .form("holder", "team-" + CIC_TEAM + "-worker-" + CIC_SW).date("from", "1", "3", "2026"));
        assertEquals(PageResult.redirect("/children-in-care/cases/501?done=holder"), result);
        EpisodeRecord r = world.current(CHILD);
        assertEquals(CIC_TEAM, r.episode().holderTeamId());
        assertEquals(CIC_SW, r.episode().holderWorkerId());
        assertEquals("Keisha Munroe", r.holders().get(0).workerName());
        assertTrue(world.audit.actions("holder.change").get(0).detail().contains("team=" + CIC_TEAM + " worker=" + CIC_SW));
        String tab = Pages.render(Routes.get(world.tab(), "/children-in-care/cases/{caseId}",
                FakeRequest.get(cicManager, "/x").pathParam("caseId", CASE)));
        assertTrue(tab.contains("Corporate parenting – children in care: Keisha Munroe"));
        // and back to the team holding the case
        Routes.post(world.holders(), BASE + "holder", post(cicManager).form("holder", "case").date("from", "4", "3", "2026"));
        assertEquals(null, world.current(CHILD).episode().holderTeamId());
        assertEquals(LocalDate.of(2026, 3, 4), world.current(CHILD).holders().get(0).toDate());
    }

    @Test
    void aTeamTheManagerIsNotInCannotBeChosen() {
        CurrentUser cicManager = world.user(CIC_TM, MANAGER);
        String html = Pages.render(Routes.post(world.holders(), BASE + "holder", post(cicManager)
                .form("holder", "team-" + FENLAND_TEAM + "-worker-" + FENLAND_SW).date("from", "1", "3", "2026")));
        assertTrue(html.contains("Select who will hold the child in care"));
        assertEquals(null, world.current(CHILD).episode().holderTeamId());
    }

    @Test
    void markingAChildUnaccompaniedPassesThemToTheUascTeam() {
        PageResult result = Routes.post(world.episodes(null), BASE + "uasc", post(worker).form("uasc", "yes"));
        assertEquals(PageResult.redirect("/children-in-care/cases/501?done=uasc"), result);
        EpisodeRecord r = world.current(CHILD);
        assertTrue(r.episode().uasc());
        assertEquals(UASC_TEAM, r.episode().holderTeamId());
    }

    @Test
    void leavingCareNeedsAReasonAndOtherNeedsWhy() {
        String html = Pages.render(Routes.post(world.episodes(null), BASE + "leave", post(worker)
                .date("endedOn", "1", "3", "2026").form("reason", "OTHER")));
        assertTrue(html.contains("Say why they left care"));
        PageResult result = Routes.post(world.episodes(null), BASE + "leave", post(worker)
                .date("endedOn", "1", "3", "2026").form("reason", "SPECIAL_GUARDIANSHIP"));
        assertEquals(PageResult.redirect("/children-in-care/cases/501?done=left"), result);
        var child = new CareRepository(world.db.factory()).child(AUTHORITY, CHILD);
        assertFalse(child.inCare());
        assertEquals(LeavingReason.SPECIAL_GUARDIANSHIP, child.episodes().get(0).episode().endReason());
        assertEquals(LocalDate.of(2026, 3, 1), child.episodes().get(0).statuses().get(0).toDate());
        String tab = Pages.render(Routes.get(world.tab(), "/children-in-care/cases/{caseId}",
                FakeRequest.get(worker, "/x").pathParam("caseId", CASE)));
        assertTrue(tab.contains("Earlier periods of care"));
        assertTrue(tab.contains("Special guardianship order"));
        assertTrue(tab.contains("Bring into care"), "the case is still open: they may come back into care");
    }

    @Test
    void aYoungPersonLeavesCareOnTheir18thBirthday() {
        ChildCase older = FakeCaseDirectory.open(520, AUTHORITY, FENLAND, 620, "Eve Older", LocalDate.of(2008, 2, 20),
                LocalDate.of(2023, 1, 1), FENLAND_TEAM, FENLAND_SW);
        world.add(older);
        world.inCare(older, LocalDate.of(2023, 2, 1), LegalStatus.CARE_ORDER, PlacementType.RESIDENTIAL, 380_000);
        String tab = Pages.render(Routes.get(world.tab(), "/children-in-care/cases/{caseId}",
                FakeRequest.get(worker, "/x").pathParam("caseId", 520)));
        assertTrue(tab.contains("Turned 18: record leaving care"), tab);
        String wrongDay = Pages.render(Routes.post(world.episodes(null), BASE + "leave", FakeRequest.post(worker, "/x")
                .pathParam("caseId", 520).form("version", String.valueOf(world.current(620).episode().version()))
                .date("endedOn", "1", "3", "2026").form("reason", "TURNED_18")));
        assertTrue(wrongDay.contains("A young person leaves care on their 18th birthday: 20 February 2026"), wrongDay);
        String otherReason = Pages.render(Routes.post(world.episodes(null), BASE + "leave", FakeRequest.post(worker, "/x")
                .pathParam("caseId", 520).form("version", String.valueOf(world.current(620).episode().version()))
                .date("endedOn", "1", "3", "2026").form("reason", "RETURN_HOME")));
        assertTrue(otherReason.contains("They turned 18 on 20 February 2026: select Turned 18"));
        String form = Pages.render(Routes.get(world.episodes(null), BASE + "leave", FakeRequest.get(worker, "/x")
                .pathParam("caseId", 520)));
        assertTrue(form.contains("value=\"TURNED_18\" checked"), "offered already chosen");
        assertTrue(form.contains("value=\"20\""));
    }

    @Test
    void pagesForAChildNotInCareGoBackToTheTab() {
        world.reset();
        assertEquals(PageResult.redirect("/children-in-care/cases/501"), Routes.get(world.episodes(null), BASE + "leave",
                FakeRequest.get(worker, "/x").pathParam("caseId", CASE)));
    }
}
