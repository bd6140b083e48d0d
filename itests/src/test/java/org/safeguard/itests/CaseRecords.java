package org.safeguard.itests;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Helpers for tests of the case records module against the running distribution. */
final class CaseRecords {

    private static final Pattern CASE_LINK = Pattern.compile("href=\"/cases/(\\d+)\"");

    private CaseRecords() {
    }

    /**
     * The id of an open case the user holds, from "My cases" on the case records home. The demo
     * county's histories are seeded in the background after boot, so this waits for them.
     */
    static long firstOwnCase(WebUser user) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        String body = "";
        while (Instant.now().isBefore(deadline)) {
            WebUser.Page home = user.get("/cases");
            body = home.body();
            Matcher m = CASE_LINK.matcher(body);
            if (home.status() == 200 && m.find()) {
                return Long.parseLong(m.group(1));
            }
            sleep();
        }
        throw new AssertionError("no case of the user's own on /cases within 3 minutes:\n" + body);
    }

    static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
