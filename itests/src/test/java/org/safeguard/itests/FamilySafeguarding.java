package org.safeguard.itests;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Helpers for the Family Safeguarding module's tests against the running distribution. */
final class FamilySafeguarding {

    static final String MODULE = "family-safeguarding";
    private static final Pattern TEAM = Pattern.compile("/family-safeguarding/teams/(\\d+)");
    private static final Pattern FAMILY = Pattern.compile("/family-safeguarding/families/(\\d+)\"");

    private FamilySafeguarding() {
    }

    /**
     * Installed, its demo data seeded for both demo authorities, and enabled authority-wide in both:
     * the state every Family Safeguarding test starts from and leaves behind. The demo seeds in the
     * background after an install (and switches the module on where nobody has chosen yet), so this
     * waits for Peterborough's practitioner to have families (Peterborough is seeded last) before
     * setting the enablement, which the seeder would otherwise race.
     */
    static void ready(Distribution d) {
        Modules.ensureInstalled(d, MODULE);
        enableEverywhere(d);
        WebUser pboro = WebUser.signIn(d, "beverley.ailsworth");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        String body = "";
        while (Instant.now().isBefore(deadline)) {
            WebUser.Page home = pboro.get("/family-safeguarding");
            body = home.body();
            if (home.status() == 200 && FAMILY.matcher(body).find()) {
                enableEverywhere(d);
                return;
            }
            CaseRecords.sleep();
        }
        throw new AssertionError("Family Safeguarding demo data not seeded within 3 minutes:\n" + body);
    }

    static void enableEverywhere(Distribution d) {
        for (String authority : new String[] {"CCC", "PCC"}) {
            String out = d.console("safeguard:module-enable " + MODULE + " " + authority);
            if (out.toLowerCase().contains("error")) {
                throw new AssertionError(out);
            }
        }
    }

    /** The first of the user's teams offered on the module's home. */
    static long firstTeam(WebUser user) {
        Matcher m = TEAM.matcher(user.get("/family-safeguarding").body());
        if (!m.find()) {
            throw new AssertionError("no team offered on the Family Safeguarding home");
        }
        return Long.parseLong(m.group(1));
    }

    /** Family ids linked from a page, in page order. */
    static java.util.List<Long> families(String body) {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        Matcher m = FAMILY.matcher(body);
        while (m.find()) {
            long id = Long.parseLong(m.group(1));
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }
}
