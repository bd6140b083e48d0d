package org.safeguard.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntPredicate;

import org.safeguard.itests.Distribution;
import org.safeguard.itests.WebUser;

/**
 * How long an operator waits between typing {@code safeguard:module-install team-notices} and a Fenland
 * social worker getting the page: the console command runs on its own thread while the user's page is
 * polled every 50 ms from the moment the command is launched. The command's own duration (it includes
 * starting bin/client and the SSH handshake) is compared with a no-op command through the same client.
 */
final class InstallLatency {

    static final String MODULE = "team-notices";
    static final String PAGE = "/team-notices";
    private static final long POLL_MILLIS = 50;
    private static final Duration LIMIT = Duration.ofSeconds(120);

    record Result(Samples toPage, Samples installCommand, Samples toNotFound, Samples uninstallCommand,
                  Samples noopCommand, List<String> problems) {
    }

    private record Timed(long reached, long command, String output) {
    }

    private final Distribution d;
    private final ExecutorService consoleThread = Executors.newSingleThreadExecutor();

    InstallLatency(Distribution d) {
        this.d = d;
    }

    /** Installs the module if needed and enables it for Fenland, as an administrator would before the first visit. */
    static void prepare(Distribution d) {
        if (!ModuleHealth.is(d, MODULE, ModuleHealth.INSTALLED)) {
            String out = d.console("safeguard:module-install " + MODULE);
            try {
                ModuleHealth.await(d, MODULE, ModuleHealth.INSTALLED, LIMIT);
            } catch (IllegalStateException e) {
                throw new IllegalStateException(e.getMessage() + "; console said: " + out.strip(), e);
            }
        }
        String enabled = d.console("safeguard:module-enable --district Fenland " + MODULE + " CCC");
        if (enabled.toLowerCase().contains("error")) {
            throw new IllegalStateException("module-enable failed: " + enabled.strip());
        }
    }

    Result measure(int cycles) {
        try {
            prepare(d);
            WebUser fenland = WebUser.signIn(d, "fenland.sw");
            awaitStatus(fenland, 200);

            Samples noop = new Samples();
            for (int i = 0; i < 3; i++) {
                long started = System.nanoTime();
                String out = d.console("echo bench");
                noop.add(System.nanoTime() - started);
                if (!out.contains("bench")) {
                    throw new IllegalStateException("console no-op did not answer: " + out.strip());
                }
            }

            Samples toPage = new Samples();
            Samples install = new Samples();
            Samples toNotFound = new Samples();
            Samples uninstall = new Samples();
            List<String> problems = new ArrayList<>();
            for (int cycle = 1; cycle <= cycles; cycle++) {
                Timed off = transition("safeguard:module-uninstall " + MODULE, fenland, s -> s == 404);
                record(off, toNotFound, uninstall, problems, "uninstall", cycle);
                ModuleHealth.await(d, MODULE, ModuleHealth.AVAILABLE, LIMIT);

                Timed on = transition("safeguard:module-install " + MODULE, fenland, s -> s == 200);
                record(on, toPage, install, problems, "install", cycle);
                ModuleHealth.await(d, MODULE, ModuleHealth.INSTALLED, LIMIT);
                System.out.printf("[bench] install cycle %d: page 200 after %s (command %s); 404 after uninstall %s (command %s)%n",
                        cycle, Format.millis(on.reached()), Format.millis(on.command()),
                        Format.millis(off.reached()), Format.millis(off.command()));
            }
            return new Result(toPage, install, toNotFound, uninstall, noop, problems);
        } finally {
            consoleThread.shutdownNow();
        }
    }

    private static void record(Timed t, Samples reached, Samples command, List<String> problems, String what, int cycle) {
        command.add(t.command());
        if (t.reached() < 0) {
            problems.add(what + " " + cycle + ": the page never changed within " + LIMIT.toSeconds() + " s");
        } else {
            reached.add(t.reached());
        }
        if (t.output().toLowerCase().contains("error")) {
            problems.add(what + " " + cycle + ": console said " + t.output().strip());
        }
    }

    private Timed transition(String command, WebUser user, IntPredicate reachedWhen) {
        long started = System.nanoTime();
        CompletableFuture<String> running = CompletableFuture.supplyAsync(() -> d.console(command), consoleThread);
        CompletableFuture<Long> finished = running.thenApply(out -> System.nanoTime() - started);
        long reached = -1;
        long deadline = started + LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (reachedWhen.test(status(user))) {
                reached = System.nanoTime() - started;
                break;
            }
            ModuleHealth.pause(POLL_MILLIS);
        }
        try {
            long commandNanos = finished.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
            return new Timed(reached, commandNanos, running.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("console command failed: " + command, e);
        }
    }

    private static void awaitStatus(WebUser user, int wanted) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            last = status(user);
            if (last == wanted) {
                return;
            }
            ModuleHealth.pause(200);
        }
        throw new IllegalStateException(PAGE + " answered " + last + " instead of " + wanted
                + " for fenland.sw after install and enable for Fenland");
    }

    /** -1 when there was no answer at all: during a switch-over that counts as "not yet". */
    static int status(WebUser user) {
        try {
            return user.get(PAGE).status();
        } catch (IllegalStateException e) {
            return -1;
        }
    }
}
