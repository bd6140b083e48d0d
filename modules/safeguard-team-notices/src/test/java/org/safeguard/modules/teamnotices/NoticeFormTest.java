package org.safeguard.modules.teamnotices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.web.FormErrors;

class NoticeFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final long MY_TEAM = 12L;
    private static final Set<Long> MY_TEAMS = Set.of(MY_TEAM, 13L);

    private static NoticeForm form(String title, String body, String team, String day, String month, String year) {
        return new NoticeForm(title, body, team, day, month, year);
    }

    private static FormErrors validate(NoticeForm form) {
        return form.validate(MY_TEAMS, TODAY);
    }

    @Test
    void aCompleteNoticeWithoutExpiryIsValid() {
        NoticeForm form = form("Duty cover this week", "Sam covers Monday.", "12", "", "", "");
        assertTrue(validate(form).isEmpty());
        assertEquals(Optional.of(MY_TEAM), form.teamId());
        assertFalse(form.hasExpiry());
    }

    @Test
    void aFutureExpiryIsAccepted() {
        NoticeForm form = form("Duty cover", "Sam covers Monday.", "12", "26", "11", "2026");
        assertTrue(validate(form).isEmpty());
        assertEquals(Optional.of(LocalDate.of(2026, 11, 26)), form.expiresOn());
    }

    @Test
    void titleIsRequired() {
        assertEquals("Enter a title", validate(form("", "Body", "12", "", "", "")).byField().get("title"));
    }

    @Test
    void aTitleOfOnlySpacesCountsAsMissing() {
        assertEquals("Enter a title", validate(form("   \t ", "Body", "12", "", "", "")).byField().get("title"));
    }

    @Test
    void titleIsAtMost120Characters() {
        assertFalse(validate(form("t".repeat(120), "Body", "12", "", "", "")).has("title"));
        assertEquals("Title must be 120 characters or fewer",
                validate(form("t".repeat(121), "Body", "12", "", "", "")).byField().get("title"));
    }

    @Test
    void bodyIsRequired() {
        assertEquals("Enter the notice", validate(form("Title", " ", "12", "", "", "")).byField().get("body"));
    }

    @Test
    void bodyOf2000CharactersIsAcceptedAnd2001Refused() {
        assertFalse(validate(form("Title", "b".repeat(2000), "12", "", "", "")).has("body"));
        assertEquals("Notice must be 2,000 characters or fewer",
                validate(form("Title", "b".repeat(2001), "12", "", "", "")).byField().get("body"));
    }

    @Test
    void aLineBreakCountsAsOneCharacterAsTheCharacterCountShowsIt() {
        // 1999 letters and one CRLF line break: 2000 as the user saw it while typing.
        String body = "b".repeat(1000) + "\r\n" + "b".repeat(999);
        NoticeForm form = form("Title", body, "12", "", "", "");
        assertFalse(validate(form).has("body"));
        assertEquals(2000, form.body().length());
    }

    @Test
    void teamIsRequired() {
        assertEquals("Select the team to post the notice to",
                validate(form("Title", "Body", "", "", "", "")).byField().get("teamId"));
    }

    @Test
    void aTeamTheUserIsNotInIsRefusedOnThatField() {
        FormErrors errors = validate(form("Title", "Body", "99", "", "", ""));
        assertEquals(Map.of("teamId", "Select one of your teams"), errors.byField());
    }

    @Test
    void aTeamThatIsNotANumberIsRefusedOnThatField() {
        assertEquals("Select one of your teams",
                validate(form("Title", "Body", "12 OR 1=1", "", "", "")).byField().get("teamId"));
    }

    @Test
    void thirtyFirstFebruaryIsNotARealDate() {
        assertEquals(NoticeForm.EXPIRY_ERROR,
                validate(form("Title", "Body", "12", "31", "2", "2027")).byField().get("expiresOnDay"));
    }

    @Test
    void aPastExpiryIsRefused() {
        assertEquals(NoticeForm.EXPIRY_ERROR,
                validate(form("Title", "Body", "12", "1", "11", "2026")).byField().get("expiresOnDay"));
    }

    @Test
    void todayIsNotInTheFuture() {
        assertTrue(validate(form("Title", "Body", "12", "25", "11", "2026")).has("expiresOnDay"));
    }

    @Test
    void aPartlyFilledDateIsRefused() {
        assertTrue(validate(form("Title", "Body", "12", "3", "", "2027")).has("expiresOnDay"));
    }

    @Test
    void lettersAndTwoDigitYearsAreRefused() {
        assertTrue(validate(form("Title", "Body", "12", "three", "1", "2027")).has("expiresOnDay"));
        assertTrue(validate(form("Title", "Body", "12", "3", "1", "27")).has("expiresOnDay"));
    }

    @Test
    void everyErrorIsReportedAtOnceInFormOrderWithLinksToTheFields() {
        FormErrors errors = validate(form(" ", "b".repeat(2001), "99", "31", "2", "2027"));
        assertEquals(List.of(
                Map.of("text", "Enter a title", "href", "#title"),
                Map.of("text", "Notice must be 2,000 characters or fewer", "href", "#body"),
                Map.of("text", "Select one of your teams", "href", "#teamId"),
                Map.of("text", NoticeForm.EXPIRY_ERROR, "href", "#expiresOnDay")), errors.summary());
    }

    @Test
    void theValuesTypedAreKeptToShowTheFormAgain() {
        Map<String, Object> values = form("  Rota  ", "Body", "99", "31", "2", "2027").values();
        assertEquals("Rota", values.get("title"));
        assertEquals("99", values.get("teamId"));
        assertEquals("31", values.get("expiresOnDay"));
        assertEquals("2", values.get("expiresOnMonth"));
        assertEquals("2027", values.get("expiresOnYear"));
    }

    @Test
    void aBlankFormPicksTheOnlyTeam() {
        assertEquals("12", NoticeForm.blank(Optional.of(12L)).values().get("teamId"));
        assertEquals("", NoticeForm.blank(Optional.empty()).values().get("teamId"));
    }
}
