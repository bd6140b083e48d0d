package org.safeguard.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.safeguard.itests.Distribution;
import org.safeguard.itests.WebUser;

/**
 * Availability while modules come and go: signed-in users keep loading pages that do not belong to the
 * module, while another thread installs and uninstalls it over the console in a loop, each step waiting
 * until /health shows the new state. The promise under test is that nobody else notices.
 */
final class Churn {

    static final List<String> PATHS = List.of("/", "/login", "/assets/govuk-frontend.min.css");
    private static final Duration STEP_LIMIT = Duration.ofSeconds(120);

    record Result(LoadResult load, int installs, int uninstalls, Samples steps, List<String> problems) {
    }

    private Churn() {
    }

    static Result run(Distribution d, List<WebUser> users, Duration duration) {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger installs = new AtomicInteger();
        AtomicInteger uninstalls = new AtomicInteger();
        Samples steps = new Samples();
        List<String> problems = new CopyOnWriteArrayList<>();
        Thread churner = new Thread(() -> {
            boolean installed = ModuleHealth.is(d, InstallLatency.MODULE, ModuleHealth.INSTALLED);
            while (!stop.get()) {
                String command = installed ? "safeguard:module-uninstall " : "safeguard:module-install ";
                String state = installed ? ModuleHealth.AVAILABLE : ModuleHealth.INSTALLED;
                long started = System.nanoTime();
                try {
                    String out = d.console(command + InstallLatency.MODULE);
                    ModuleHealth.await(d, InstallLatency.MODULE, state, STEP_LIMIT);
                    synchronized (steps) {
                        steps.add(System.nanoTime() - started);
                    }
                    (installed ? uninstalls : installs).incrementAndGet();
                    if (out.toLowerCase().contains("error")) {
                        problems.add(command.trim() + ": " + out.strip());
                    }
                    installed = !installed;
                } catch (RuntimeException e) {
                    problems.add(command.trim() + ": " + e.getMessage());
                    installed = ModuleHealth.is(d, InstallLatency.MODULE, ModuleHealth.INSTALLED);
                }
            }
        }, "module-churn");
        churner.setDaemon(true);
        churner.start();
        LoadResult load;
        try {
            load = new LoadGenerator(SignedInUsers.asClients(users), PATHS).during(duration);
        } finally {
            stop.set(true);
        }
        try {
            churner.join(STEP_LIMIT.toMillis() * 2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (churner.isAlive()) {
            problems.add("the install/uninstall loop did not finish its last step in time");
        }
        return new Result(load, installs.get(), uninstalls.get(), steps, problems);
    }
}
