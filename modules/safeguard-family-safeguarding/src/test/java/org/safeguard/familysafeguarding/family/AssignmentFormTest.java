package org.safeguard.familysafeguarding.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safeguard.familysafeguarding.Records.assignment;
import static org.safeguard.familysafeguarding.Records.ended;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.api.FamilyMember;
import org.safeguard.familysafeguarding.family.AssignmentForm.PractitionerOption;
import org.safeguard.familysafeguarding.model.AssignmentEndReason;
import org.safeguard.familysafeguarding.model.Discipline;
import org.safeguard.familysafeguarding.model.DomesticAbuseWork;
import org.safeguard.platform.api.web.FormErrors;

class AssignmentFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    private static final List<FamilyMember> ADULTS = List.of(
            new FamilyMember(11, "Kelly Smith", null, false, "Parent of Amy"),
            new FamilyMember(12, "Dean Smith", null, false, "Step-parent of Amy"));
    private static final List<PractitionerOption> PRACTITIONERS = List.of(
            new PractitionerOption(100, "Fenland team 1", 3, "Neil Coates", Discipline.SUBSTANCE_MISUSE),
            new PractitionerOption(100, "Fenland team 1", 5, "Bridget Elm", Discipline.DOMESTIC_ABUSE));

    @Test
    void aDomesticAbusePractitionerNeedsToKnowWhoTheWorkIsWith() {
        AssignmentForm form = new AssignmentForm("12", "5:DOMESTIC_ABUSE", "", "16", "3", "2026");
        assertEquals("Select whether the work is with a victim or with a perpetrator",
                form.validate(ADULTS, PRACTITIONERS, List.of(), TODAY).byField().get("domesticAbuseWork"));
        AssignmentForm complete = new AssignmentForm("12", "5:DOMESTIC_ABUSE", "PERPETRATOR", "16", "3", "2026");
        assertTrue(complete.validate(ADULTS, PRACTITIONERS, List.of(), TODAY).isEmpty());
        AssignmentForm.Content content = complete.content(ADULTS, PRACTITIONERS);
        assertEquals(DomesticAbuseWork.PERPETRATOR, content.work());
        assertEquals(5, content.practitioner().userId());
        assertEquals(100, content.practitioner().teamId());
    }

    @Test
    void otherDisciplinesIgnoreTheVictimOrPerpetratorChoice() {
        AssignmentForm form = new AssignmentForm("11", "3:SUBSTANCE_MISUSE", "VICTIM", "16", "3", "2026");
        assertTrue(form.validate(ADULTS, PRACTITIONERS, List.of(), TODAY).isEmpty());
        assertNull(form.content(ADULTS, PRACTITIONERS).work());
    }

    @Test
    void onlyThePractitionersOfferedCanBeChosen() {
        FormErrors errors = new AssignmentForm("11", "4:MENTAL_HEALTH", "", "16", "3", "2026")
                .validate(ADULTS, PRACTITIONERS, List.of(), TODAY);
        assertEquals("Select the practitioner", errors.byField().get("practitioner"));
        assertTrue(new AssignmentForm("11", "3:DOMESTIC_ABUSE", "VICTIM", "16", "3", "2026")
                .validate(ADULTS, PRACTITIONERS, List.of(), TODAY).has("practitioner"), "not his discipline");
    }

    @Test
    void theSamePractitionerAdultAndDisciplineOpenTwiceIsRefused() {
        var open = assignment(1, 11, "Kelly Smith", 3, "Neil Coates", Discipline.SUBSTANCE_MISUSE, LocalDate.of(2026, 1, 5));
        assertEquals("Neil Coates already works with Kelly Smith on substance misuse",
                new AssignmentForm("11", "3:SUBSTANCE_MISUSE", "", "16", "3", "2026")
                        .validate(ADULTS, PRACTITIONERS, List.of(open), TODAY).byField().get("practitioner"));
        assertTrue(new AssignmentForm("12", "3:SUBSTANCE_MISUSE", "", "16", "3", "2026")
                .validate(ADULTS, PRACTITIONERS, List.of(open), TODAY).isEmpty(), "another adult: several per family");
        var endedOne = ended(assignment(1, 11, "Kelly Smith", 3, "Neil Coates", Discipline.SUBSTANCE_MISUSE,
                LocalDate.of(2025, 1, 5)), LocalDate.of(2025, 6, 1));
        assertTrue(new AssignmentForm("11", "3:SUBSTANCE_MISUSE", "", "16", "3", "2026")
                .validate(ADULTS, PRACTITIONERS, List.of(endedOne), TODAY).isEmpty(), "work that ended may start again");
    }

    @Test
    void everyProblemAtOnceAndNoFutureStart() {
        FormErrors errors = new AssignmentForm("", "", "", "17", "3", "2026")
                .validate(ADULTS, PRACTITIONERS, List.of(), TODAY);
        assertEquals(List.of("adultPersonId", "practitioner", "startedOnDay"), List.copyOf(errors.byField().keySet()
                .stream().sorted((a, b) -> order(a) - order(b)).toList()));
        assertEquals("Start date must be today or in the past", errors.byField().get("startedOnDay"));
    }

    private static int order(String field) {
        return List.of("adultPersonId", "practitioner", "domesticAbuseWork", "startedOnDay").indexOf(field);
    }

    @Test
    void endingNeedsADateFromTheStartToTodayAndAReason() {
        LocalDate started = LocalDate.of(2026, 1, 5);
        FormErrors errors = new EndAssignmentForm("4", "1", "2026", "").validate(started, TODAY);
        assertEquals("End date must be on or after 5 January 2026, when the work started",
                errors.byField().get("endedOnDay"));
        assertEquals("Select why the work ended", errors.byField().get("reason"));
        EndAssignmentForm ok = new EndAssignmentForm("16", "3", "2026", "PARENT_DISENGAGED");
        assertTrue(ok.validate(started, TODAY).isEmpty());
        assertEquals(AssignmentEndReason.PARENT_DISENGAGED, ok.reason());
    }

    @Test
    void endingAFactorNeedsTheReasonWritten() {
        FormErrors errors = new EndFactorForm("1", "3", "2026", " ").validate(LocalDate.of(2026, 1, 5), TODAY);
        assertEquals("Enter why this is no longer a factor", errors.byField().get("reason"));
        assertTrue(new EndFactorForm("1", "3", "2026", "x".repeat(1001)).validate(LocalDate.of(2026, 1, 5), TODAY)
                .byField().get("reason").contains("1,000 characters"));
        assertTrue(new EndFactorForm("4", "1", "2026", "Tests negative").validate(LocalDate.of(2026, 1, 5), TODAY)
                .has("endedOnDay"), "before it was identified");
    }
}
