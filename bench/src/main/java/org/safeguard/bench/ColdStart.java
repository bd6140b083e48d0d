package org.safeguard.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

import org.safeguard.itests.Distribution;

/**
 * Launch of a freshly unpacked distribution (empty database: migrations and demo county seeding
 * included) to the first 200 from /health and from /login. The launcher blocks until the platform is
 * healthy and the console answers, so the timing is taken beside it: the moment Karaf is launched is
 * when its console log file appears in the new unpack folder, and /health and /login are polled from
 * then on.
 */
final class ColdStart {

    /** Nanoseconds from launching bin/karaf; {@code ready} = the launcher returned (console answering too). */
    record Boot(long unpack, long health, long login, long ready, long residentKb) {
    }

    private static final long POLL_MILLIS = 20;
    private static final Duration BOOT_LIMIT = Duration.ofSeconds(240);

    private final Path work = Path.of(System.getProperty("safeguard.work", "target/bench-work"));

    /** Boots a fresh copy, measures it, and hands back the running distribution with its figures. */
    Started bootOnce() throws IOException, InterruptedException {
        Files.createDirectories(work);
        Set<Path> before = unpacks();
        long called = System.nanoTime();
        CompletableFuture<Distribution> starting = CompletableFuture.supplyAsync(FreshDistribution::unpackAndStart);

        long giveUp = called + BOOT_LIMIT.toNanos();
        Path home = awaitNewUnpack(before, starting, giveUp);
        Path consoleLog = home.resolve("karaf-console.out");
        while (!Files.exists(consoleLog)) {
            failIfLauncherDied(starting);
            if (System.nanoTime() > giveUp) {
                throw new IllegalStateException("Karaf was never launched in " + home);
            }
            Thread.sleep(2);
        }
        long launched = System.nanoTime();

        try {
            return measure(home, launched, called, starting);
        } catch (RuntimeException e) {
            FreshDistribution.stopLeftover(home);
            throw e;
        }
    }

    private Started measure(Path home, long launched, long called, CompletableFuture<Distribution> starting)
            throws IOException, InterruptedException {
        String baseUrl = "http://127.0.0.1:" + httpPort(home);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long health = -1;
        long login = -1;
        long deadline = launched + BOOT_LIMIT.toNanos();
        while ((health < 0 || login < 0) && System.nanoTime() < deadline) {
            failIfLauncherDied(starting);
            if (health < 0 && answersOk(http, baseUrl + "/health")) {
                health = System.nanoTime() - launched;
            }
            if (login < 0 && answersOk(http, baseUrl + "/login")) {
                login = System.nanoTime() - launched;
            }
            Thread.sleep(POLL_MILLIS);
        }
        Distribution d = join(starting);
        long ready = System.nanoTime() - launched;
        Runtime.getRuntime().addShutdownHook(new Thread(d::stop, "stop-" + home.getFileName()));
        if (health < 0 || login < 0) {
            FreshDistribution.discard(d);
            throw new IllegalStateException("no 200 from " + (health < 0 ? "/health" : "/login")
                    + " within " + BOOT_LIMIT.toSeconds() + " s");
        }
        return new Started(d, new Boot(launched - called, health, login, ready, FreshDistribution.residentKb(d)));
    }

    record Started(Distribution distribution, Boot boot) {
    }

    private Path awaitNewUnpack(Set<Path> before, CompletableFuture<Distribution> starting, long giveUp)
            throws IOException, InterruptedException {
        while (System.nanoTime() < giveUp) {
            failIfLauncherDied(starting);
            Optional<Path> fresh = unpacks().stream().filter(p -> !before.contains(p)).findFirst();
            if (fresh.isPresent()) {
                return fresh.get();
            }
            Thread.sleep(2);
        }
        throw new IllegalStateException("no new unpack appeared in " + work);
    }

    private Set<Path> unpacks() throws IOException {
        try (Stream<Path> dirs = Files.list(work)) {
            return new HashSet<>(dirs.filter(p -> p.getFileName().toString().startsWith("dist-")).toList());
        }
    }

    /** The launcher writes the web port into etc/ before it launches Karaf, so it is there by now. */
    private static int httpPort(Path home) throws IOException {
        List<String> lines = Files.readAllLines(home.resolve("etc/org.safeguard.platform.web.cfg"));
        return lines.stream().filter(l -> l.matches("^\\s*http\\.port\\s*=.*"))
                .map(l -> Integer.parseInt(l.substring(l.indexOf('=') + 1).trim()))
                .findFirst().orElseThrow(() -> new IllegalStateException("no http.port in " + home));
    }

    private static boolean answersOk(HttpClient http, String url) throws InterruptedException {
        try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        }
    }

    private static void failIfLauncherDied(CompletableFuture<Distribution> starting) {
        if (starting.isCompletedExceptionally()) {
            join(starting);
        }
    }

    private static Distribution join(CompletableFuture<Distribution> starting) {
        try {
            return starting.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the distribution did not start: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
