package org.safeguard.caserecords.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.organisation.TeamType;
import org.safeguard.platform.api.security.Role;
import org.safeguard.platform.api.web.FormErrors;

/** The allocate form's rules, as a team manager meets them. */
class AllocationFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final LocalDate OPENED = LocalDate.of(2026, 9, 1);

    private static final CaseHolder SAM = new CaseHolder(1, "Sam Jones", Role.SOCIAL_WORKER, BigDecimal.ONE);
    private static final CaseHolder PRIYA = new CaseHolder(2, "Priya Patel", Role.SENIOR_SOCIAL_WORKER, BigDecimal.ONE);
    private static final CaseHolder JO = new CaseHolder(3, "Jo Brown", Role.SOCIAL_WORKER, new BigDecimal("0.5"));

    private static final List<AllocationForm.TeamOption> TEAMS = List.of(
            new AllocationForm.TeamOption(new Team(100, 1, 14L, "Fenland team 1", TeamType.FAMILY_SAFEGUARDING),
                    List.of(PRIYA, SAM)),
            new AllocationForm.TeamOption(new Team(101, 1, 15L, "Hunts team 1", TeamType.FAMILY_SAFEGUARDING),
                    List.of(JO)));

    private static final AllocationForm.Current SAM_IN_FENLAND = new AllocationForm.Current(100L, 1L, null,
            "Fenland team 1", "Sam Jones", null, LocalDate.of(2026, 10, 1));

    private static AllocationForm form(String team, String lead, String co, String day, String month, String year, String reason) {
        return new AllocationForm(team, lead, co, day, month, year, reason, "0");
    }

    @Test
    void aCompleteAllocationIsValid() {
        FormErrors errors = form("100", "1", "2", "25", "11", "2026", "New case").validate(TEAMS,
                AllocationForm.Current.NONE, OPENED, TODAY);
        assertTrue(errors.isEmpty(), () -> errors.byField().toString());
    }

    @Test
    void everyMissingAnswerIsReportedAtOnce() {
        FormErrors errors = form("", "", "", "", "", "", "").validate(TEAMS, AllocationForm.Current.NONE, OPENED, TODAY);
        assertEquals("Select the team to allocate the case to", errors.byField().get("teamId"));
        assertEquals("Select the lead worker", errors.byField().get("leadWorkerId"));
        assertEquals("Enter the date of allocation", errors.byField().get("allocatedOnDay"));
    }

    @Test
    void aTeamTheUserIsNotInIsRefused() {
        FormErrors errors = form("999", "1", "", "25", "11", "2026", "").validate(TEAMS, AllocationForm.Current.NONE,
                OPENED, TODAY);
        assertEquals("Select one of your teams", errors.byField().get("teamId"));
    }

    @Test
    void theWorkersMustHoldCasesInTheChosenTeam() {
        FormErrors errors = form("100", "3", "3", "25", "11", "2026", "").validate(TEAMS, AllocationForm.Current.NONE,
                OPENED, TODAY);
        assertEquals("Select a lead worker who holds cases in Fenland team 1", errors.byField().get("leadWorkerId"));
        assertEquals("Select a co-worker who holds cases in Fenland team 1", errors.byField().get("coWorkerId"));
    }

    @Test
    void theCoWorkerMustDifferFromTheLead() {
        FormErrors errors = form("100", "1", "1", "25", "11", "2026", "").validate(TEAMS, AllocationForm.Current.NONE,
                OPENED, TODAY);
        assertEquals("The co-worker must be someone other than the lead worker", errors.byField().get("coWorkerId"));
    }

    @Test
    void theDateCannotBeInTheFutureBeforeTheCaseOpenedOrBeforeTheCurrentAllocation() {
        assertEquals("Date of allocation must be today or in the past",
                form("100", "2", "", "26", "11", "2026", "").validate(TEAMS, SAM_IN_FENLAND, OPENED, TODAY)
                        .byField().get("allocatedOnDay"));
        assertEquals("Date of allocation must be on or after the day the case opened, 1 September 2026",
                form("100", "2", "", "31", "8", "2026", "").validate(TEAMS, AllocationForm.Current.NONE, OPENED, TODAY)
                        .byField().get("allocatedOnDay"));
        assertEquals("Date of allocation must be on or after the current allocation started, 1 October 2026",
                form("100", "2", "", "30", "9", "2026", "").validate(TEAMS, SAM_IN_FENLAND, OPENED, TODAY)
                        .byField().get("allocatedOnDay"));
        assertEquals("Date of allocation must be a real date",
                form("100", "2", "", "31", "2", "2026", "").validate(TEAMS, SAM_IN_FENLAND, OPENED, TODAY)
                        .byField().get("allocatedOnDay"));
        assertTrue(form("100", "2", "", "1", "10", "2026", "").validate(TEAMS, SAM_IN_FENLAND, OPENED, TODAY).isEmpty(),
                "the same day as the current allocation is allowed");
    }

    @Test
    void theSameLeadCoWorkerAndTeamIsADuplicate() {
        FormErrors errors = form("100", "1", "", "25", "11", "2026", "").validate(TEAMS, SAM_IN_FENLAND, OPENED, TODAY);
        assertEquals("This case is already allocated to Sam Jones in Fenland team 1", errors.byField().get("leadWorkerId"));
        assertEquals(1, errors.summary().size());
        // Adding a co-worker is a real change.
        assertTrue(form("100", "1", "2", "25", "11", "2026", "").validate(TEAMS, SAM_IN_FENLAND, OPENED, TODAY).isEmpty());
    }

    @Test
    void theDuplicateMessageNamesTheCoWorkerToo() {
        AllocationForm.Current withPriya = new AllocationForm.Current(100L, 1L, 2L, "Fenland team 1", "Sam Jones",
                "Priya Patel", LocalDate.of(2026, 10, 1));
        assertEquals("This case is already allocated to Sam Jones with Priya Patel in Fenland team 1",
                form("100", "1", "2", "25", "11", "2026", "").validate(TEAMS, withPriya, OPENED, TODAY)
                        .byField().get("leadWorkerId"));
    }

    @Test
    void aLongReasonIsRefusedAndTheTypedValuesAreKept() {
        AllocationForm form = form("100", "1", "", "25", "11", "2026", "x".repeat(301));
        FormErrors errors = form.validate(TEAMS, AllocationForm.Current.NONE, OPENED, TODAY);
        assertEquals("Reason must be 300 characters or fewer", errors.byField().get("reason"));
        assertEquals("100", form.values().get("teamId"));
        assertEquals("2026", form.values().get("allocatedOnYear"));
        assertFalse(form(" 100 ", "1", "", "25", "11", "2026", "").validate(TEAMS, AllocationForm.Current.NONE,
                OPENED, TODAY).has("teamId"));
    }

    @Test
    void aBlankFormHasTodayAndTheOnlyTeamChosen() {
        AllocationForm blank = AllocationForm.blank(TEAMS.subList(0, 1), TODAY, 4);
        assertEquals("100", blank.values().get("teamId"));
        assertEquals("25", blank.values().get("allocatedOnDay"));
        assertEquals(4, blank.version());
        assertEquals("", AllocationForm.blank(TEAMS, TODAY, 0).values().get("teamId"));
    }

    @Test
    void theWorkerSelectIsGroupedByTeamWithOneChoiceMarked() {
        List<java.util.Map<String, Object>> groups = AllocationPages.workerGroups(TEAMS, "100", "1");
        assertEquals("Fenland team 1", groups.get(0).get("label"));
        @SuppressWarnings("unchecked")
        List<java.util.Map<String, Object>> fenland = (List<java.util.Map<String, Object>>) groups.get(0).get("workers");
        assertEquals("Priya Patel, Senior social worker", fenland.get(0).get("label"));
        assertEquals(true, fenland.get(1).get("selected"));
    }
}
