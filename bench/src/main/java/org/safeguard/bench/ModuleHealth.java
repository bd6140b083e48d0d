package org.safeguard.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.safeguard.itests.Distribution;
import org.safeguard.itests.WebUser;

/** A module's state as the platform's /health reports it: the signal that an install or uninstall has finished. */
final class ModuleHealth {

    static final String INSTALLED = "INSTALLED";
    static final String AVAILABLE = "AVAILABLE";

    /** One anonymous client per distribution: polling ten times a second must not build an HttpClient each time. */
    private static final Map<Distribution, WebUser> PROBES = new ConcurrentHashMap<>();

    private ModuleHealth() {
    }

    static boolean is(Distribution d, String moduleId, String state) {
        String health = PROBES.computeIfAbsent(d, WebUser::anonymous).get("/health").body().replaceAll("\\s", "");
        int at = health.indexOf("\"id\":\"" + moduleId + "\"");
        if (at < 0) {
            return false;
        }
        int end = health.indexOf('}', at);
        return health.substring(at, end < 0 ? health.length() : end).contains("\"state\":\"" + state + "\"");
    }

    static void await(Distribution d, String moduleId, String state, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (is(d, moduleId, state)) {
                    return;
                }
            } catch (IllegalStateException e) {
                // no answer this time: keep asking until the deadline
            }
            pause(100);
        }
        throw new IllegalStateException(moduleId + " did not reach " + state + " within " + timeout.toSeconds() + " s");
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
