package org.safeguard.platform.identity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.security.Role;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.identity.security.PasswordHasher;

/** The "add a user" form: every field checked, in the order the user sees them. */
public final class NewStaffForm {

    public static final List<String> FIELDS = List.of("username", "displayName", "team", "role", "fte", "password");

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final BigDecimal MIN_FTE = new BigDecimal("0.1");
    private static final BigDecimal MAX_FTE = BigDecimal.ONE;

    /** A valid form, ready to save. */
    public record NewStaff(String username, String displayName, long teamId, Role role, BigDecimal fte, String password) {}

    public record Outcome(Optional<NewStaff> staff, FormErrors errors) {}

    private NewStaffForm() {
    }

    /**
     * @param field         a submitted field, trimmed, empty when absent
     * @param teamsAllowed  the teams of the administrator's authority
     * @param rolesAllowed  the roles this administrator may give
     * @param usernameTaken whether an account already has that (lower-cased) username
     */
    public static Outcome validate(Function<String, Optional<String>> field, List<Team> teamsAllowed,
                                   List<Role> rolesAllowed, Predicate<String> usernameTaken) {
        FormErrors errors = new FormErrors();

        String username = field.apply("username").map(u -> u.toLowerCase(Locale.ROOT)).orElse("");
        if (username.isEmpty()) {
            errors.add("username", "Enter a username");
        } else if (!USERNAME.matcher(username).matches()) {
            errors.add("username", "Username must be 3 to 64 characters: letters, numbers, full stops, hyphens or underscores");
        } else if (usernameTaken.test(username)) {
            errors.add("username", "A user with that username already exists");
        }

        String displayName = field.apply("displayName").orElse("");
        if (displayName.isEmpty()) {
            errors.add("displayName", "Enter the user's full name");
        } else if (displayName.length() > 200) {
            errors.add("displayName", "Full name must be 200 characters or fewer");
        }

        Long teamId = null;
        Optional<String> team = field.apply("team");
        if (team.isEmpty()) {
            errors.add("team", "Select a team");
        } else {
            teamId = parseLong(team.get());
            Long wanted = teamId;
            if (wanted == null || teamsAllowed.stream().noneMatch(t -> t.id() == wanted)) {
                errors.add("team", "Select a team in your authority");
            }
        }

        Role role = null;
        Optional<String> roleName = field.apply("role");
        if (roleName.isEmpty()) {
            errors.add("role", "Select a role");
        } else {
            role = rolesAllowed.stream().filter(r -> r.name().equals(roleName.get())).findFirst().orElse(null);
            if (role == null) {
                errors.add("role", "Select a role from the list");
            }
        }

        BigDecimal fte = null;
        Optional<String> fteText = field.apply("fte");
        if (fteText.isEmpty()) {
            errors.add("fte", "Enter the full-time equivalent, for example 1.0 or 0.5");
        } else {
            fte = parseDecimal(fteText.get());
            if (fte == null) {
                errors.add("fte", "Full-time equivalent must be a number, for example 1.0 or 0.5");
            } else if (fte.compareTo(MIN_FTE) < 0 || fte.compareTo(MAX_FTE) > 0) {
                errors.add("fte", "Full-time equivalent must be between 0.1 and 1.0");
            } else if (fte.stripTrailingZeros().scale() > 2) {
                errors.add("fte", "Full-time equivalent must have no more than 2 decimal places");
            }
        }

        String password = field.apply("password").orElse("");
        if (password.isEmpty()) {
            errors.add("password", "Enter an initial password");
        } else if (password.length() < PasswordHasher.MIN_LENGTH) {
            errors.add("password", "Password must be at least 12 characters");
        } else if (!PasswordHasher.acceptableLength(password)) {
            errors.add("password", "Password must be 72 characters or fewer");
        }

        if (!errors.isEmpty()) {
            return new Outcome(Optional.empty(), errors);
        }
        return new Outcome(Optional.of(new NewStaff(username, displayName, teamId, role, fte.setScale(2), password)), errors);
    }

    /** What the user typed, for the form shown again; never the password. */
    public static Map<String, String> values(Function<String, Optional<String>> field) {
        return Map.of(
                "username", field.apply("username").orElse(""),
                "displayName", field.apply("displayName").orElse(""),
                "team", field.apply("team").orElse(""),
                "role", field.apply("role").orElse(""),
                "fte", field.apply("fte").orElse(""));
    }

    private static Long parseLong(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal parseDecimal(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
