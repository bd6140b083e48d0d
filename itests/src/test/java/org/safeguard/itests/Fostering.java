package org.safeguard.itests;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Helpers for the fostering module's tests against the running distribution. */
final class Fostering {

    static final Pattern HOUSEHOLD_LINK = Pattern.compile("href=\"/fostering/households/(\\d+)\"");
    static final Pattern CASE_LINK = Pattern.compile("href=\"/cases/(\\d+)\"");

    private Fostering() {
    }

    /** Fostering installed and on for the whole of Cambridgeshire (what the demo seeding also does). */
    static void ensureOn(Distribution d) {
        Modules.ensureInstalled(d, "fostering");
        String out = d.console("safeguard:module-enable fostering CCC");
        if (out.toLowerCase().contains("error")) {
            throw new IllegalStateException(out);
        }
    }

    /**
     * The ids of the carer households on the register's first page; the demo carers are seeded in
     * the background once the module is installed, so this waits for them.
     */
    static List<Long> households(WebUser fosteringWorker) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        String body = "";
        while (Instant.now().isBefore(deadline)) {
            WebUser.Page register = fosteringWorker.get("/fostering");
            body = register.body();
            Set<Long> ids = new LinkedHashSet<>();
            Matcher m = HOUSEHOLD_LINK.matcher(body);
            while (m.find()) {
                ids.add(Long.parseLong(m.group(1)));
            }
            if (register.status() == 200 && ids.size() >= 5) {
                return new ArrayList<>(ids);
            }
            Distribution.sleep(1000);
        }
        throw new AssertionError("no demo carers on /fostering within 3 minutes:\n" + body);
    }

    /** Every open case the user holds, from "My cases" (waiting for the case histories). */
    static List<Long> ownCases(WebUser worker) {
        CaseRecords.firstOwnCase(worker);
        Set<Long> ids = new LinkedHashSet<>();
        Matcher m = CASE_LINK.matcher(worker.get("/cases").body());
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return new ArrayList<>(ids);
    }

    /** A case of the worker's that the fostering worker can search carers for now (no pending match, born, open). */
    static long matchableCase(WebUser caseWorker, WebUser fosteringWorker) {
        for (Long caseId : ownCases(caseWorker)) {
            String page = fosteringWorker.get("/fostering/matching/" + caseId).body();
            if (page.contains("Find carers whose approval fits")) {
                return caseId;
            }
        }
        throw new AssertionError("no case of the worker's can be matched now");
    }
}
