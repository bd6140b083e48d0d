package org.safeguard.familysafeguarding.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguard.familysafeguarding.Records;
import org.safeguard.familysafeguarding.model.Attendance;
import org.safeguard.familysafeguarding.model.Discipline;
import org.safeguard.familysafeguarding.model.Engagement;
import org.safeguard.familysafeguarding.model.MotivationalFocus;
import org.safeguard.familysafeguarding.model.PractitionerAssignment;
import org.safeguard.familysafeguarding.model.Progress;
import org.safeguard.platform.api.web.FormErrors;

/** The session, goal and goal review forms. */
class WorkFormsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    private static final List<PractitionerAssignment> WORKABLE = List.of(withId(Records.assignment(1, 11, "Kelly Smith", 5,
            "Bridget Elm", Discipline.DOMESTIC_ABUSE, LocalDate.of(2026, 2, 2)), 40L));

    /** An assignment as saved: tests have no database to give it an id. */
    static PractitionerAssignment withId(PractitionerAssignment a, long id) {
        try {
            Field field = PractitionerAssignment.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(a, id);
            return a;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anAttendedSessionNeedsItsFocusAndEngagement() {
        FormErrors errors = new SessionForm("40", "10", "3", "2026", "HOME_VISIT", "ATTENDED", "", "", "Safety plan")
                .validate(WORKABLE, TODAY);
        assertEquals("Select what the session focused on", errors.byField().get("focus"));
        assertEquals("Select how engaged the parent was", errors.byField().get("engagement"));
        SessionForm ok = new SessionForm("40", "10", "3", "2026", "HOME_VISIT", "ATTENDED", "EVOKING", "ENGAGED",
                "Safety plan");
        assertTrue(ok.validate(WORKABLE, TODAY).isEmpty());
        SessionForm.Content content = ok.content(WORKABLE);
        assertEquals(MotivationalFocus.EVOKING, content.focus());
        assertEquals(Engagement.ENGAGED, content.engagement());
    }

    @Test
    void aMissedSessionHasNoFocusOrEngagementWhateverWasTicked() {
        SessionForm missed = new SessionForm("40", "10", "3", "2026", "HOME_VISIT", "DID_NOT_ATTEND", "PLANNING",
                "FULLY", "No answer; left a card");
        assertTrue(missed.validate(WORKABLE, TODAY).isEmpty());
        SessionForm.Content content = missed.content(WORKABLE);
        assertEquals(Attendance.DID_NOT_ATTEND, content.attendance());
        assertNull(content.focus(), "an engagement rating for a missed session would flatter the figures");
        assertNull(content.engagement());
    }

    @Test
    void aSessionIsUnderOneOfTheUsersOwnAssignmentsAndNotBeforeItStarted() {
        FormErrors errors = new SessionForm("41", "1", "2", "2026", "", "", "", "", "")
                .validate(WORKABLE, TODAY);
        assertEquals(List.of("assignmentId", "sessionType", "attendance", "notes"),
                errors.byField().keySet().stream().filter(f -> !f.endsWith("Day")).sorted((a, b) ->
                        List.of("assignmentId", "sessionType", "attendance", "notes").indexOf(a)
                                - List.of("assignmentId", "sessionType", "attendance", "notes").indexOf(b)).toList());
        assertEquals("Date of the session must be on or after 2 February 2026, when the work started",
                new SessionForm("40", "1", "2", "2026", "PHONE", "CANCELLED", "", "", "Rearranged")
                        .validate(WORKABLE, TODAY).byField().get("heldOnDay"));
        assertTrue(new SessionForm("40", "17", "3", "2026", "PHONE", "CANCELLED", "", "", "Rearranged")
                .validate(WORKABLE, TODAY).has("heldOnDay"), "not in the future");
        assertTrue(new SessionForm("40", "16", "3", "2026", "PHONE", "CANCELLED", "", "", "x".repeat(4001))
                .validate(WORKABLE, TODAY).byField().get("notes").contains("4,000"));
    }

    @Test
    void aGoalIsReviewedWithinThreeMonthsOfBeingAgreed() {
        assertTrue(new GoalForm("40", "I will keep my safety plan up to date", "1", "3", "2026", "1", "4", "2026")
                .validate(WORKABLE, TODAY).isEmpty());
        assertEquals("First review date must be within 3 months of the date the goal was agreed",
                new GoalForm("40", "Goal", "1", "3", "2026", "2", "6", "2026").validate(WORKABLE, TODAY)
                        .byField().get("nextReviewOnDay"));
        assertEquals("First review date must be after the date the goal was agreed",
                new GoalForm("40", "Goal", "1", "3", "2026", "1", "3", "2026").validate(WORKABLE, TODAY)
                        .byField().get("nextReviewOnDay"));
        FormErrors errors = new GoalForm("", "", "", "", "", "", "", "").validate(WORKABLE, TODAY);
        assertEquals(4, errors.summary().size());
        assertTrue(new GoalForm("40", "x".repeat(501), "1", "3", "2026", "1", "4", "2026").validate(WORKABLE, TODAY)
                .has("description"));
    }

    @Test
    void aReviewThatContinuesNeedsTheNextReviewButAnAchievedOrStoppedGoalDoesNot() {
        LocalDate agreed = LocalDate.of(2026, 2, 10);
        FormErrors errors = new GoalReviewForm("16", "3", "2026", "SOME", "Kept to the plan", false, "", "", "", "1")
                .validate(agreed, TODAY);
        assertEquals("Enter the next review date", errors.byField().get("nextReviewOnDay"));
        GoalReviewForm achieved = new GoalReviewForm("16", "3", "2026", "ACHIEVED", "Sober for three months", false,
                "", "", "", "1");
        assertTrue(achieved.validate(agreed, TODAY).isEmpty());
        assertNull(achieved.content().nextReviewOn());
        assertFalse(achieved.content().stop(), "achieved, not stopped");
        GoalReviewForm stopped = new GoalReviewForm("16", "3", "2026", "NO_CHANGE", "No longer fits", true, "", "", "", "1");
        assertTrue(stopped.validate(agreed, TODAY).isEmpty());
        assertTrue(stopped.content().stop());
        GoalReviewForm continues = new GoalReviewForm("16", "3", "2026", "WORSE", "Two missed", false, "13", "4", "2026", "1");
        assertTrue(continues.validate(agreed, TODAY).isEmpty());
        assertEquals(Progress.WORSE, continues.content().progress());
        assertEquals(LocalDate.of(2026, 4, 13), continues.content().nextReviewOn());
    }

    @Test
    void aReviewComesAfterTheLastOneAndCarriesTheVersionItStartedFrom() {
        FormErrors errors = new GoalReviewForm("1", "2", "2026", "SOME", "ok", false, "1", "3", "2026", "1")
                .validate(LocalDate.of(2026, 2, 10), TODAY);
        assertTrue(errors.byField().get("reviewedOnDay").startsWith("Review date must be on or after 10 February 2026"));
        assertTrue(new GoalReviewForm("16", "3", "2026", "SOME", "ok", false, "1", "7", "2026", "1")
                .validate(LocalDate.of(2026, 2, 10), TODAY).has("nextReviewOnDay"), "more than 3 months on");
        assertTrue(new GoalReviewForm("16", "3", "2026", "SOME", "ok", false, "1", "4", "2026", "x").version().isEmpty());
        assertEquals(3, new GoalReviewForm("16", "3", "2026", "SOME", "ok", false, "1", "4", "2026", "3").version().get());
    }
}
