package org.safeguard.caserecords.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.model.CaseNote;
import org.safeguard.platform.api.web.FormErrors;

/** The rules of the note and significant event forms, without a database. */
class NoteFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final LocalDate OPENED = LocalDate.of(2026, 9, 1);

    private static NoteForm visit(String seen, String alone, String body) {
        return new NoteForm("HOME_VISIT", "20", "11", "2026", seen, alone, true, body, "");
    }

    @Test
    void aCompleteVisitIsValid() {
        NoteForm form = visit("yes", "yes", "Amy showed me her room.\r\nShe said \"I like it here\".");
        assertTrue(form.validate(TODAY, OPENED).isEmpty());
        NoteForm.Content content = form.content();
        assertEquals(CaseNote.Kind.HOME_VISIT, content.kind());
        assertEquals(LocalDate.of(2026, 11, 20), content.occurredOn());
        assertEquals(Boolean.TRUE, content.childSeen());
        assertEquals(Boolean.TRUE, content.seenAlone());
        assertTrue(content.statutory());
        assertEquals("Amy showed me her room.\nShe said \"I like it here\".", content.body(), "CRLF counts as one character");
    }

    @Test
    void seenAloneWhenNotSeenIsRejected() {
        FormErrors errors = visit("no", "yes", "Nobody answered the door.").validate(TODAY, OPENED);
        assertTrue(errors.has(NoteForm.SEEN_ALONE));
        assertEquals(1, errors.byField().size());
    }

    @Test
    void notSeenWithSeenAloneNoOrBlankIsFine() {
        assertTrue(visit("no", "no", "Nobody answered the door.").validate(TODAY, OPENED).isEmpty());
        NoteForm blank = visit("no", "", "Nobody answered the door.");
        assertTrue(blank.validate(TODAY, OPENED).isEmpty());
        assertEquals(Boolean.FALSE, blank.content().seenAlone());
    }

    @Test
    void aVisitNeedsBothSeenAnswers() {
        FormErrors errors = visit("", "", "Text").validate(TODAY, OPENED);
        assertEquals("Select yes if the child was seen", errors.byField().get(NoteForm.CHILD_SEEN));
        errors = visit("yes", "", "Text").validate(TODAY, OPENED);
        assertEquals("Select yes if the child was seen alone", errors.byField().get(NoteForm.SEEN_ALONE));
        errors = visit("maybe", "", "Text").validate(TODAY, OPENED);
        assertTrue(errors.has(NoteForm.CHILD_SEEN), "a tampered answer is no answer");
    }

    @Test
    void theDateMustBeRealNotInTheFutureAndNotBeforeTheCaseOpened() {
        assertEquals("Date must be today or in the past", new NoteForm("NOTE", "26", "11", "2026", "", "", false, "x", "")
                .validate(TODAY, OPENED).byField().get("occurredOnDay"));
        assertEquals("Date must be on or after 1 September 2026, when the case opened",
                new NoteForm("NOTE", "31", "8", "2026", "", "", false, "x", "").validate(TODAY, OPENED).byField().get("occurredOnDay"));
        assertEquals("Date must be a real date", new NoteForm("NOTE", "31", "2", "2026", "", "", false, "x", "")
                .validate(TODAY, OPENED).byField().get("occurredOnDay"));
        assertEquals("Enter the date", new NoteForm("NOTE", "", "", "", "", "", false, "x", "")
                .validate(TODAY, OPENED).byField().get("occurredOnDay"));
        assertTrue(new NoteForm("NOTE", "25", "11", "2026", "", "", false, "x", "").validate(TODAY, OPENED).isEmpty(),
                "today is allowed");
        assertTrue(new NoteForm("NOTE", "1", "9", "2026", "", "", false, "x", "").validate(TODAY, OPENED).isEmpty(),
                "the day the case opened is allowed");
    }

    @Test
    void theBodyIsRequiredAndLimited() {
        assertEquals("Enter what happened", visit("yes", "no", "   ").validate(TODAY, OPENED).byField().get(NoteForm.BODY));
        assertTrue(visit("yes", "no", "x".repeat(8001)).validate(TODAY, OPENED).has(NoteForm.BODY));
        assertTrue(visit("yes", "no", "x".repeat(8000)).validate(TODAY, OPENED).isEmpty());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        FormErrors errors = new NoteForm("", "", "", "", "", "", false, "", "").validate(TODAY, OPENED);
        assertEquals(3, errors.byField().size());
        assertTrue(errors.has(NoteForm.KIND) && errors.has("occurredOnDay") && errors.has(NoteForm.BODY));
    }

    @Test
    void visitQuestionsAreIgnoredForOtherKinds() {
        NoteForm call = new NoteForm("PHONE_CALL", "20", "11", "2026", "no", "yes", true, "Spoke to mum.", "");
        assertTrue(call.validate(TODAY, OPENED).isEmpty());
        NoteForm.Content content = call.content();
        assertNull(content.childSeen());
        assertNull(content.seenAlone());
        assertFalse(content.statutory());
    }

    @Test
    void theTypedValuesComeBackForTheForm() {
        NoteForm form = new NoteForm("SCHOOL_VISIT", "3", "x", "2026", "yes", "", false, "<b>", "4");
        Map<String, Object> values = form.values();
        assertEquals("x", values.get("occurredOnMonth"));
        assertEquals("<b>", values.get("body"));
        assertEquals(4, form.revision().orElseThrow());
        assertTrue(new NoteForm("NOTE", "", "", "", "", "", false, "", "abc").revision().isEmpty());
        assertEquals("kind-3", form.kindOptions().get(2).get("inputId"));
        assertEquals(Boolean.TRUE, form.kindOptions().get(2).get("checked"));
        assertEquals("kind", form.kindOptions().get(0).get("inputId"), "the first radio carries the field's id");
    }

    @Test
    void aSignificantEventNeedsADateNotInTheFutureAndATitle() {
        FormErrors errors = new SignificantEventForm("26", "11", "2026", "", "x".repeat(4001)).validate(TODAY);
        assertEquals("Date of the event must be today or in the past", errors.byField().get("occurredOnDay"));
        assertEquals("Enter what happened", errors.byField().get("title"));
        assertTrue(errors.has("detail"));
        assertTrue(new SignificantEventForm("1", "1", "2020", "x".repeat(201), "").validate(TODAY).has("title"));
        SignificantEventForm ok = new SignificantEventForm("1", "1", "2020", "Family moved to Wisbech", "  ");
        assertTrue(ok.validate(TODAY).isEmpty());
        assertNull(ok.content().detail(), "blank detail is no detail");
    }
}
