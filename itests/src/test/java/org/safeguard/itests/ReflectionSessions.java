package org.safeguard.itests;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Puts the reflection sessions module into a known state for a test, with its demo history seeded. */
final class ReflectionSessions {

    static final String MODULE = "reflection-sessions";

    private static final Pattern TEAM_LINK = Pattern.compile("href=\"/reflection/teams/(\\d+)\"");

    private ReflectionSessions() {
    }

    /**
     * Installed, its demo history seeded for Cambridgeshire (which enables it authority-wide, so
     * only after that may a test narrow it to a district), and enabled authority-wide.
     *
     * @return the id of the manager's team (Fenland Family Safeguarding team 1)
     */
    static long ready(Distribution d, WebUser fenlandManager) {
        CaseRecords.firstOwnCase(WebUser.signIn(d, "fenland.sw"));
        Modules.ensureInstalled(d, MODULE);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            WebUser.Page home = fenlandManager.get("/reflection");
            last = home.status() + " " + home.body();
            Matcher team = TEAM_LINK.matcher(home.body());
            if (home.status() == 200 && team.find()) {
                long teamId = Long.parseLong(team.group(1));
                if (fenlandManager.get("/reflection/teams/" + teamId).body().contains("govuk-tag--green\">Closed")) {
                    d.console("safeguard:module-enable " + MODULE + " CCC");
                    return teamId;
                }
            }
            Distribution.sleep(1000);
        }
        throw new AssertionError("the reflection sessions demo history was not seeded within 3 minutes: " + last);
    }

    /** The first family id in a page's links to family tabs. */
    static long firstFamily(String body) {
        Matcher m = Pattern.compile("href=\"/reflection/families/(\\d+)").matcher(body);
        if (!m.find()) {
            throw new AssertionError("no family on the page:\n" + body);
        }
        return Long.parseLong(m.group(1));
    }
}
