package org.safeguard.modules.teamnotices;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.safeguard.platform.api.web.FormErrors;

/**
 * The "Post a notice" form as typed, and its rules. A plain class with no OSGi or web types in its
 * rules, so every rule is unit-tested without starting anything.
 *
 * <p>Field names are the HTML ids, so the error summary links ({@code #title}) land on the field.
 */
public final class NoticeForm {

    public static final int TITLE_MAX = 120;
    public static final int BODY_MAX = 2000;

    static final String TITLE = "title";
    static final String BODY = "body";
    static final String TEAM = "teamId";
    static final String EXPIRES_DAY = "expiresOnDay";
    static final String EXPIRES_MONTH = "expiresOnMonth";
    static final String EXPIRES_YEAR = "expiresOnYear";

    static final String EXPIRY_ERROR = "Expiry date must be a real date in the future";

    private final String title;
    private final String body;
    private final String team;
    private final String expiresDay;
    private final String expiresMonth;
    private final String expiresYear;

    /** Each value as the browser sent it; null or blank means "not filled in". */
    public NoticeForm(String title, String body, String team,
                      String expiresDay, String expiresMonth, String expiresYear) {
        this.title = clean(title);
        // Browsers send a textarea's line breaks as CRLF; counting them as one character keeps
        // our limit the same as the character count the user sees while typing.
        this.body = clean(body).replace("\r\n", "\n");
        this.team = clean(team);
        this.expiresDay = clean(expiresDay);
        this.expiresMonth = clean(expiresMonth);
        this.expiresYear = clean(expiresYear);
    }

    /** An empty form, with the team chosen when the user has only one. */
    public static NoticeForm blank(Optional<Long> onlyTeam) {
        return new NoticeForm("", "", onlyTeam.map(String::valueOf).orElse(""), "", "", "");
    }

    /**
     * Every rule at once, so the user fixes everything in one go (GOV.UK pattern).
     *
     * @param usersTeams the teams the user may post to: their own, in their authority
     * @param today      the council's today; a parameter so tests can fix it
     */
    public FormErrors validate(Set<Long> usersTeams, LocalDate today) {
        FormErrors errors = new FormErrors();
        if (title.isEmpty()) {
            errors.add(TITLE, "Enter a title");
        } else if (title.length() > TITLE_MAX) {
            // String length counts UTF-16 units, never fewer than the column's characters on
            // Derby or PostgreSQL, so a title that passes here always fits.
            errors.add(TITLE, "Title must be " + TITLE_MAX + " characters or fewer");
        }
        if (body.isEmpty()) {
            errors.add(BODY, "Enter the notice");
        } else if (body.length() > BODY_MAX) {
            errors.add(BODY, "Notice must be 2,000 characters or fewer");
        }
        Optional<Long> teamId = teamId();
        if (team.isEmpty()) {
            errors.add(TEAM, "Select the team to post the notice to");
        } else if (teamId.isEmpty() || !usersTeams.contains(teamId.get())) {
            // A tampered or stale form: say so on the field rather than failing the whole page.
            errors.add(TEAM, "Select one of your teams");
        }
        if (hasExpiry()) {
            Optional<LocalDate> expiresOn = expiresOn();
            if (expiresOn.isEmpty() || !expiresOn.get().isAfter(today)) {
                // The summary links to the day box: GOV.UK links a date error to its first field.
                errors.add(EXPIRES_DAY, EXPIRY_ERROR);
            }
        }
        return errors;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public Optional<Long> teamId() {
        try {
            return team.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(team));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public boolean hasExpiry() {
        return !(expiresDay.isEmpty() && expiresMonth.isEmpty() && expiresYear.isEmpty());
    }

    /** The expiry date, when all three parts make a real date; 31 February does not. */
    public Optional<LocalDate> expiresOn() {
        try {
            int year = Integer.parseInt(expiresYear);
            // A two-digit year is almost always a typo for this century; refuse rather than guess.
            if (year < 1000) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(year, Integer.parseInt(expiresMonth), Integer.parseInt(expiresDay)));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The values as typed, to put back in the form when it is shown again. */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(TITLE, title);
        values.put(BODY, body);
        values.put(TEAM, team);
        values.put(EXPIRES_DAY, expiresDay);
        values.put(EXPIRES_MONTH, expiresMonth);
        values.put(EXPIRES_YEAR, expiresYear);
        return values;
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
