package org.safeguard.caserecords.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.security.Role;

/** The caseload guide arithmetic a team manager reads off the page. */
class CaseloadTest {

    private static CaseHolder holder(long id, String name, String fte) {
        return new CaseHolder(id, name, Role.SOCIAL_WORKER, new BigDecimal(fte));
    }

    @Test
    void aManagerWithoutCasesAddsNoCapacityButOneHoldingCasesIsCounted() {
        CaseHolder manager = new CaseHolder(9, "Karen Holbeach", Role.TEAM_MANAGER, new BigDecimal("1"));
        Caseload none = Caseload.of(List.of(holder(1, "Sam Jones", "1"), manager), Map.of(1L, 18), Map.of(), 20,
                id -> "?");
        assertEquals(1, none.workers().size());
        assertEquals("20", none.totals().guideText());
        Caseload some = Caseload.of(List.of(holder(1, "Sam Jones", "1"), manager), Map.of(1L, 18, 9L, 2), Map.of(), 20,
                id -> "?");
        assertEquals(2, some.workers().size());
        assertEquals("40", some.totals().guideText());
    }

    @Test
    void halfTimeWorkerWithElevenCasesIsOverAGuideOfTen() {
        Caseload.WorkerLoad load = Caseload.worker(holder(1, "Sam Jones", "0.5"), 11, 0, 20);
        assertEquals("10", load.guideText());
        assertEquals("0.5", load.fteText());
        assertEquals(110, load.percent());
        assertEquals("110%", load.percentText());
        assertEquals(Caseload.Load.OVER, load.load());
        assertEquals("Over guide", load.load().label());
        assertEquals("govuk-tag--red", load.load().tagClass());
    }

    @Test
    void ninetyPercentIsNearTheGuideAndExactlyAtTheGuideIsNotOver() {
        assertEquals(Caseload.Load.NEAR, Caseload.worker(holder(1, "A", "0.5"), 9, 0, 20).load());
        assertEquals(Caseload.Load.NEAR, Caseload.worker(holder(1, "A", "1"), 20, 0, 20).load());
        assertEquals(Caseload.Load.WITHIN, Caseload.worker(holder(1, "A", "1"), 17, 0, 20).load());
        assertEquals("govuk-tag--yellow", Caseload.Load.NEAR.tagClass());
        assertNull(Caseload.Load.WITHIN.label());
    }

    @Test
    void coWorkedCasesAreShownButDoNotCountTowardsTheGuide() {
        Caseload.WorkerLoad load = Caseload.worker(holder(1, "Sam Jones", "1"), 10, 8, 20);
        assertEquals(8, load.coWorkedCases());
        assertEquals(50, load.percent());
        assertEquals(Caseload.Load.WITHIN, load.load());
    }

    @Test
    void noFteMeansAnyCaseIsOverTheGuide() {
        Caseload.WorkerLoad none = Caseload.worker(holder(1, "A", "0"), 0, 0, 20);
        assertNull(none.percent());
        assertEquals(Caseload.Load.WITHIN, none.load());
        assertEquals(Caseload.Load.OVER, Caseload.worker(holder(1, "A", "0"), 1, 0, 20).load());
    }

    @Test
    void theTeamTotalAddsMembersAndListsCasesHeldBySomeoneWhoLeft() {
        Caseload team = Caseload.of(List.of(holder(1, "Sam Jones", "1"), holder(2, "Priya Patel", "0.5")),
                Map.of(1L, 18, 2L, 11, 9L, 3), Map.of(2L, 1), 20, id -> "Former Worker");
        assertEquals(List.of("Sam Jones", "Priya Patel", "Former Worker"),
                team.workers().stream().map(Caseload.WorkerLoad::name).toList());
        Caseload.WorkerLoad former = team.workers().get(2);
        assertFalse(former.member());
        assertEquals("", former.guideText());
        assertEquals(3, former.leadCases());
        assertEquals("1.5", team.totals().fteText());
        assertEquals("30", team.totals().guideText());
        assertEquals(32, team.totals().leadCases());
        assertEquals(1, team.totals().coWorkedCases());
        assertEquals(107, team.totals().percent());
        assertEquals(Caseload.Load.OVER, team.totals().load());
    }

    @Test
    void anEmptyTeamHasNoPercentage() {
        Caseload team = Caseload.of(List.of(), Map.of(), Map.of(), 20, id -> "x");
        assertEquals("0", team.totals().guideText());
        assertEquals("", team.totals().percentText());
    }
}
