package org.safeguard.familysafeguarding.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguard.familysafeguarding.model.WorkbookRole;
import org.safeguard.platform.api.web.FormErrors;

class WorkbookFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    @Test
    void aChapterMustHaveTextWithinItsLimit() {
        assertEquals("Enter the chapter", new WorkbookForm(" ", "", "", "").validateText(12000, "chapter")
                .byField().get("body"));
        assertEquals("Chapter must be 12,000 characters or fewer", new WorkbookForm("x".repeat(12001), "", "", "")
                .validateText(12000, "chapter").byField().get("body"));
        assertTrue(new WorkbookForm("x".repeat(12000), "", "", "").validateText(12000, "chapter").isEmpty());
        assertEquals(1, new WorkbookForm("a\r\nb", "", "", "").body().indexOf('\n'), "CRLF counts as one character");
    }

    @Test
    void aSummaryIsForOneOfTheWritersRolesAndOneOfTheLastTwelveMonths() {
        Set<WorkbookRole> mine = Set.of(WorkbookRole.DOMESTIC_ABUSE);
        assertTrue(new WorkbookForm("Good month", "DOMESTIC_ABUSE", "2026-03", "")
                .validateSummary(mine, Map.of(), TODAY).isEmpty());
        assertTrue(new WorkbookForm("Good month", "DOMESTIC_ABUSE", "2025-04", "")
                .validateSummary(mine, Map.of(), TODAY).isEmpty(), "eleven months back");
        FormErrors errors = new WorkbookForm("", "SOCIAL_WORKER", "2025-03", "").validateSummary(mine, Map.of(), TODAY);
        assertEquals("Select whose summary this is", errors.byField().get("role"));
        assertEquals("Select the month the summary covers", errors.byField().get("month"));
        assertEquals("Enter the summary", errors.byField().get("body"));
        assertTrue(new WorkbookForm("x", "DOMESTIC_ABUSE", "2026-04", "").validateSummary(mine, Map.of(), TODAY)
                .has("month"), "not a month to come");
    }

    @Test
    void oneSummaryPerRoleAndMonth() {
        Set<WorkbookRole> mine = Set.of(WorkbookRole.SOCIAL_WORKER, WorkbookRole.DOMESTIC_ABUSE);
        Map<WorkbookRole, Set<LocalDate>> taken = Map.of(WorkbookRole.DOMESTIC_ABUSE, Set.of(LocalDate.of(2026, 3, 1)));
        assertEquals("There is already a domestic abuse practitioner's summary for March 2026. Change that one instead",
                new WorkbookForm("x", "DOMESTIC_ABUSE", "2026-03", "").validateSummary(mine, taken, TODAY)
                        .byField().get("month"));
        assertTrue(new WorkbookForm("x", "SOCIAL_WORKER", "2026-03", "").validateSummary(mine, taken, TODAY).isEmpty());
        assertEquals(12, new WorkbookForm("", "", "", "").monthOptions(TODAY).size());
        assertEquals("March 2026", new WorkbookForm("", "", "", "").monthOptions(TODAY).get(0).get("label"));
    }

    @Test
    void workersWriteAsTheirOwnRoles() {
        assertEquals(Set.of(WorkbookRole.SOCIAL_WORKER), WorkbookRole.of(Set.of(
                org.safeguard.platform.api.security.Role.TEAM_MANAGER)));
        assertEquals(Set.of(WorkbookRole.MENTAL_HEALTH), WorkbookRole.of(Set.of(
                org.safeguard.platform.api.security.Role.ADULT_PRACTITIONER_MENTAL_HEALTH)));
        assertEquals(Set.of(), WorkbookRole.of(Set.of(org.safeguard.platform.api.security.Role.CLINICIAN)));
        assertEquals(WorkbookRole.DOMESTIC_ABUSE, WorkbookRole.fromSlug("domestic-abuse").orElseThrow());
        assertTrue(WorkbookRole.fromSlug("../etc").isEmpty());
    }
}
