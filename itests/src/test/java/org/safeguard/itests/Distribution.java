package org.safeguard.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real assembled distribution, unpacked fresh and run as a separate process, the way an
 * authority runs it. One instance is shared by every test class of a run (booting takes seconds,
 * not milliseconds); tests make their own preconditions so their order does not matter.
 */
public final class Distribution {

    private static Distribution shared;

    private final Path home;
    private final int httpPort;
    private final int sshPort;
    private final String consoleUser = "itadmin";
    private final String consolePassword;
    private Process process;

    private Distribution(Path home, int httpPort, int sshPort, String consolePassword) {
        this.home = home;
        this.httpPort = httpPort;
        this.sshPort = sshPort;
        this.consolePassword = consolePassword;
    }

    public static synchronized Distribution shared() {
        if (shared == null) {
            shared = unpackAndStart();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
        }
        return shared;
    }

    /** The shared instance's boot: embedded Derby, as shipped. bench/ calls this by name for cold starts. */
    private static Distribution unpackAndStart() {
        return start(Map.of());
    }

    /**
     * A separate distribution of its own, not the shared one: fresh unpack, its own ports, and these
     * keys written into {@code etc/org.safeguard.platform.persistence.cfg} (e.g. {@code database},
     * {@code jdbc.url}). The caller owns it and must {@link #stop()} it.
     */
    public static Distribution start(Map<String, String> persistenceSettings) {
        try {
            Path tarball = Path.of(System.getProperty("safeguard.distribution"));
            Path work = Path.of(System.getProperty("safeguard.work", "target/it-work"));
            Files.createDirectories(work);
            Path target = Files.createTempDirectory(work, "dist-");
            run(List.of("tar", "xzf", tarball.toString(), "-C", target.toString(), "--strip-components=1"), target);
            byte[] secret = new byte[12];
            new SecureRandom().nextBytes(secret);
            Distribution d = new Distribution(target, freePort(), freePort(), HexFormat.of().formatHex(secret));
            d.configure(freePort(), freePort());
            d.configurePersistence(persistenceSettings);
            d.start();
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void configure(int rmiRegistryPort, int rmiServerPort) throws IOException {
        Path etc = home.resolve("etc");
        replaceLine(etc.resolve("org.apache.karaf.shell.cfg"), "sshPort", "sshPort = " + sshPort);
        replaceLine(etc.resolve("org.apache.karaf.management.cfg"), "rmiRegistryPort", "rmiRegistryPort = " + rmiRegistryPort);
        replaceLine(etc.resolve("org.apache.karaf.management.cfg"), "rmiServerPort", "rmiServerPort = " + rmiServerPort);
        replaceLine(etc.resolve("org.safeguard.platform.web.cfg"), "http.port", "http.port = " + httpPort);
        replaceLine(etc.resolve("org.safeguard.platform.web.cfg"), "http.host", "http.host = 127.0.0.1");
        replaceLine(etc.resolve("org.safeguard.platform.demo.cfg"), "enabled", "enabled = true");
        Files.writeString(etc.resolve("users.properties"),
                "\n" + consoleUser + " = " + consolePassword + ",_g_:admingroup\n"
                        + "_g_\\:admingroup = group,admin,manager,viewer,systembundle,ssh\n",
                java.nio.file.StandardOpenOption.APPEND);
    }

    private void configurePersistence(Map<String, String> settings) throws IOException {
        Path cfg = home.resolve("etc/org.safeguard.platform.persistence.cfg");
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            replaceLine(cfg, setting.getKey(), setting.getKey() + " = " + setting.getValue());
        }
    }

    private static void replaceLine(Path file, String key, String line) throws IOException {
        List<String> lines = Files.readAllLines(file);
        boolean found = false;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("^\\s*" + java.util.regex.Pattern.quote(key) + "\\s*=.*")) {
                lines.set(i, line);
                found = true;
            }
        }
        if (!found) {
            lines.add(line);
        }
        Files.write(file, lines);
    }

    private void start() throws IOException {
        Instant started = Instant.now();
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("karaf-console.out").toFile());
        pb.environment().put("KARAF_OPTS", "-Djava.awt.headless=true");
        process = pb.start();
        try {
            awaitHealthy(Duration.ofSeconds(180));
            awaitConsole(Duration.ofSeconds(60));
        } catch (RuntimeException e) {
            // nobody else holds this instance yet: a failed boot must not leave a Karaf running
            stop();
            throw e;
        }
        System.out.printf("[itests] distribution up in %d ms at %s (home %s)%n",
                Duration.between(started, Instant.now()).toMillis(), baseUrl(), home);
    }

    private void awaitHealthy(Duration timeout) {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Karaf exited during boot; see " + home.resolve("data/log/karaf.log"));
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        throw new IllegalStateException("no healthy answer within " + timeout + "; see " + home.resolve("data/log/karaf.log"));
    }

    private void awaitConsole(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            last = console("bundle:list -t 0 safeguard-platform-web");
            if (last.contains("Active")) {
                return;
            }
            sleep(500);
        }
        throw new IllegalStateException("console did not answer: " + last);
    }

    /** Runs one Karaf console command through bin/client, as an operator would over SSH. */
    public String console(String command) {
        try {
            Process client = new ProcessBuilder(home.resolve("bin/client").toString(),
                    "-h", "127.0.0.1", "-a", String.valueOf(sshPort), "-u", consoleUser, "-p", consolePassword, "-b")
                    .directory(home.toFile()).redirectErrorStream(true).start();
            client.getOutputStream().write((command + "\n").getBytes(StandardCharsets.UTF_8));
            client.getOutputStream().close();
            if (!client.waitFor(120, TimeUnit.SECONDS)) {
                client.destroyForcibly();
                throw new IllegalStateException("console command timed out: " + command);
            }
            return new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    public Path home() {
        return home;
    }

    /** The process that was started at boot: tests check it was never restarted. */
    public long pid() {
        return process.pid();
    }

    public synchronized void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        // bin/karaf is a shell script: the JVM is its child and outlives a plain destroy()
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void run(List<String> command, Path dir) throws IOException {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IOException("failed: " + command);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
