package org.safeguard.platform.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.organisation.TeamType;
import org.safeguard.platform.api.security.Role;

class NewStaffFormTest {

    private static final List<Team> CAMBS_TEAMS = List.of(
            new Team(7, 1, 4L, "Fenland Family Safeguarding team 1", TeamType.FAMILY_SAFEGUARDING));
    private static final List<Role> ROLES = List.of(Role.TEAM_MANAGER, Role.SOCIAL_WORKER, Role.CLINICIAN);

    private final Map<String, String> fields = new HashMap<>(Map.of(
            "username", "Jane.Doe", "displayName", "Jane Doe", "team", "7", "role", "SOCIAL_WORKER",
            "fte", "0.8", "password", "a-long-enough-password"));

    private NewStaffForm.Outcome submit() {
        return NewStaffForm.validate(name -> Optional.ofNullable(fields.get(name)).filter(v -> !v.isBlank()),
                CAMBS_TEAMS, ROLES, username -> username.equals("fenland.sw"));
    }

    @Test
    void aCompleteFormMakesALowerCaseUser() {
        NewStaffForm.Outcome outcome = submit();
        assertTrue(outcome.errors().isEmpty(), outcome.errors().byField().toString());
        NewStaffForm.NewStaff staff = outcome.staff().orElseThrow();
        assertEquals("jane.doe", staff.username());
        assertEquals(7L, staff.teamId());
        assertEquals(Role.SOCIAL_WORKER, staff.role());
        assertEquals(new BigDecimal("0.80"), staff.fte());
    }

    @Test
    void aTakenUsernameIsAnErrorOnTheUsername() {
        fields.put("username", "Fenland.SW");
        assertEquals("A user with that username already exists", submit().errors().byField().get("username"));
    }

    @Test
    void fteMustBeBetweenATenthAndFullTime() {
        fields.put("fte", "1.5");
        assertEquals("Full-time equivalent must be between 0.1 and 1.0", submit().errors().byField().get("fte"));
        fields.put("fte", "0.05");
        assertEquals("Full-time equivalent must be between 0.1 and 1.0", submit().errors().byField().get("fte"));
        fields.put("fte", "half");
        assertTrue(submit().errors().has("fte"));
        fields.put("fte", "0.1");
        assertFalse(submit().errors().has("fte"));
    }

    @Test
    void aTeamOfAnotherAuthorityIsAnErrorOnTheTeam() {
        fields.put("team", "99");
        NewStaffForm.Outcome outcome = submit();
        assertEquals("Select a team in your authority", outcome.errors().byField().get("team"));
        assertTrue(outcome.staff().isEmpty());
    }

    @Test
    void aShortPasswordAndARoleTheAdministratorMayNotGiveAreRefused() {
        fields.put("password", "short");
        fields.put("role", "SYSTEM_ADMINISTRATOR");
        NewStaffForm.Outcome outcome = submit();
        assertEquals("Password must be at least 12 characters", outcome.errors().byField().get("password"));
        assertEquals("Select a role from the list", outcome.errors().byField().get("role"));
    }

    @Test
    void anEmptyFormListsEveryFieldInOrderAndNeverEchoesThePassword() {
        fields.clear();
        NewStaffForm.Outcome outcome = submit();
        assertEquals(NewStaffForm.FIELDS, List.copyOf(outcome.errors().summary().stream().map(m -> m.get("href").substring(1)).toList()));
        assertFalse(NewStaffForm.values(name -> Optional.of("x")).containsKey("password"));
    }
}
