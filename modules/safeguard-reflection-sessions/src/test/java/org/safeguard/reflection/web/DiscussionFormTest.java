package org.safeguard.reflection.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.reflection.data.DiscussionRepository;
import org.safeguard.reflection.model.RiskRating;
import org.safeguard.reflection.web.DiscussionForm.ActionRow;

class DiscussionFormTest {

    private static final LocalDate HELD_ON = LocalDate.of(2026, 3, 18);
    private static final Set<Long> TEAM = Set.of(1L, 3L);

    private static DiscussionForm form(String rating, ActionRow... rows) {
        return new DiscussionForm("", "Drinking in the evenings", "Grandmother nearby", "Worried about mum at night",
                rating, "", "", List.of(rows));
    }

    private static ActionRow action(String description, String owner, String day, String month, String year) {
        return new ActionRow(description, owner, day, month, year);
    }

    @Test
    void risksProtectiveFactorsLivedExperienceAndRatingAreNeeded() {
        FormErrors errors = new DiscussionForm("", "", " ", "", "", "", "", List.of()).validate(HELD_ON, TEAM);

        assertEquals(List.of("#risks", "#protectiveFactors", "#livedExperience", "#riskRating"),
                errors.summary().stream().map(m -> m.get("href")).toList());
        assertEquals("Enter what life is like for the children: their lived experience",
                errors.byField().get("livedExperience"));
    }

    @Test
    void aValidDiscussionWithoutActions() {
        DiscussionForm form = form("HIGH");

        assertTrue(form.validate(HELD_ON, TEAM).isEmpty());
        assertEquals(RiskRating.HIGH, form.content().riskRating());
        assertEquals(List.of(), form.actions(id -> "Name"));
        assertNull(form.expectedVersion());
    }

    @Test
    void aRatingOffTheScaleIsRefused() {
        assertEquals("Select one of the risk ratings", form("SEVERE").validate(HELD_ON, TEAM).byField().get("riskRating"));
    }

    @Test
    void blankActionRowsAreIgnoredAndFilledOnesBecomeActions() {
        DiscussionForm form = form("MEDIUM", action("", "", "", "", ""),
                action("Visit unannounced", "3", "1", "4", "2026"));

        assertTrue(form.validate(HELD_ON, TEAM).isEmpty());
        assertEquals(List.of(new DiscussionRepository.NewAction("Visit unannounced", 3, "Jess", LocalDate.of(2026, 4, 1))),
                form.actions(id -> id == 3 ? "Jess" : "?"));
    }

    @Test
    void aPartlyFilledActionMustBeCompleted() {
        FormErrors errors = form("LOW", action("", "3", "", "", "")).validate(HELD_ON, TEAM);

        assertEquals("Enter what action 1 is", errors.byField().get("action1Description"));
        assertEquals("Enter the due date of action 1", errors.byField().get("action1DueDay"));
    }

    @Test
    void anActionsOwnerIsInTheTeamAndItIsNotDueBeforeTheSession() {
        FormErrors errors = form("LOW", action("Ring school", "1", "", "", ""),
                action("Ring school", "99", "17", "3", "2026")).validate(HELD_ON, TEAM);

        assertEquals("Select someone in the team to do action 2", errors.byField().get("action2Owner"));
        assertEquals("Due date of action 2 must be on or after the session's date", errors.byField().get("action2DueDay"));
        assertEquals("Enter the due date of action 1", errors.byField().get("action1DueDay"));
    }

    @Test
    void longTextsAreRefusedAtTheirLimits() {
        String fourThousand = "a".repeat(4000);
        assertTrue(new DiscussionForm(fourThousand, fourThousand, fourThousand, fourThousand, "LOW", fourThousand, "",
                List.of()).validate(HELD_ON, TEAM).isEmpty());
        FormErrors errors = new DiscussionForm("a".repeat(4001), "r", "p", "l", "LOW", "", "",
                List.of(action("a".repeat(501), "1", "1", "4", "2026"))).validate(HELD_ON, TEAM);
        assertEquals("Systemic hypotheses must be 4,000 characters or fewer", errors.byField().get("hypotheses"));
        assertEquals("Action 1 must be 500 characters or fewer", errors.byField().get("action1Description"));
    }

    @Test
    void lineBreaksCountAsOneCharacterAndAVersionIsReadBack() {
        DiscussionForm form = new DiscussionForm("", "one\r\ntwo", "p", "l", "LOW", "", "3", List.of());

        assertEquals("one\ntwo", form.content().risks());
        assertEquals(3, form.expectedVersion());
        assertEquals(DiscussionForm.ACTION_ROWS, form.rows().size());
    }
}
