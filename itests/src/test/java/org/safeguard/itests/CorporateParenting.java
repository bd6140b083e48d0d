package org.safeguard.itests;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Helpers for the corporate parenting module's tests against the running distribution. */
final class CorporateParenting {

    static final String MODULE = "corporate-parenting";
    private static final Pattern CASE_LINK = Pattern.compile("href=\"/cases/(\\d+)\"");
    private static final Pattern CHILD_LINK = Pattern.compile("href=\"/children-in-care/cases/(\\d+)\"");

    private CorporateParenting() {
    }

    /** Installed and on for the whole of Cambridgeshire, as the demo county has it. */
    static void ready(Distribution d) {
        Modules.ensureInstalled(d, MODULE);
        d.console("safeguard:module-enable " + MODULE + " CCC");
    }

    /** One of the user's own open cases whose child is not in care (its tab offers "Bring into care"). */
    static long caseNotInCare(WebUser user) {
        CaseRecords.firstOwnCase(user);
        Matcher m = CASE_LINK.matcher(user.get("/cases").body());
        while (m.find()) {
            long id = Long.parseLong(m.group(1));
            if (user.get("/children-in-care/cases/" + id).body().contains("Bring into care")) {
                return id;
            }
        }
        throw new AssertionError("no case of the user's own whose child could come into care");
    }

    /** A child in care listed for the user (the demo's, seeded in the background after install). */
    static long aChildInCare(WebUser user) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        String body = "";
        while (Instant.now().isBefore(deadline)) {
            WebUser.Page list = user.get("/children-in-care");
            body = list.body();
            Matcher m = CHILD_LINK.matcher(body);
            if (list.status() == 200 && m.find()) {
                return Long.parseLong(m.group(1));
            }
            CaseRecords.sleep();
        }
        throw new AssertionError("no child in care on /children-in-care within 3 minutes:\n" + body);
    }
}
