package org.safeguard.itests;

import java.time.Duration;
import java.time.Instant;

/** Puts a module into a known state through the console, and waits until the web host agrees. */
final class Modules {

    private Modules() {
    }

    static void install(Distribution d, String moduleId) {
        String out = d.console("safeguard:module-install " + moduleId);
        awaitHealthState(d, moduleId, "INSTALLED", out);
    }

    static void uninstall(Distribution d, String moduleId) {
        String out = d.console("safeguard:module-uninstall " + moduleId);
        awaitHealthState(d, moduleId, "AVAILABLE", out);
    }

    static void ensureInstalled(Distribution d, String moduleId) {
        if (!hasState(health(d), moduleId, "INSTALLED")) {
            install(d, moduleId);
        }
    }

    static String health(Distribution d) {
        return WebUser.anonymous(d).get("/health").body().replaceAll("\\s", "");
    }

    static boolean hasState(String health, String moduleId, String state) {
        int at = health.indexOf("\"id\":\"" + moduleId + "\"");
        if (at < 0) {
            return false;
        }
        int end = health.indexOf('}', at);
        return health.substring(at, end).contains("\"state\":\"" + state + "\"");
    }

    static void awaitHealthState(Distribution d, String moduleId, String state, String consoleOutput) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            last = health(d);
            if (hasState(last, moduleId, state)) {
                return;
            }
            Distribution.sleep(200);
        }
        throw new AssertionError("module " + moduleId + " never reached " + state + "; console said: "
                + consoleOutput + "; health: " + last);
    }
}
