package org.safeguard.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster owned by one test: Debian's own server binaries (installed by
 * scripts/ensure-test-tools.sh), a fresh initdb, a free port on 127.0.0.1 only, password
 * authentication for everyone, random passwords, and everything deleted on {@link #stop()}.
 * The package's system cluster, if any, is never used.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String DATABASE = "safeguard";
    public static final String ROLE = "safeguard";
    private static final String SUPERUSER = "postgres";

    private final Path bin;
    private final Path root;
    private final Path data;
    private final int port;
    private final String superuserPassword = randomSecret();
    private final String rolePassword = randomSecret();
    private final boolean runAsPostgres;

    private PostgresServer(Path bin, Path root, int port, boolean runAsPostgres) {
        this.bin = bin;
        this.root = root;
        this.data = root.resolve("data");
        this.port = port;
        this.runAsPostgres = runAsPostgres;
    }

    /** Creates, starts and prepares the cluster: database {@value #DATABASE} owned by role {@value #ROLE}. */
    public static PostgresServer start() {
        Path bin = serverBinaries();
        // PostgreSQL refuses to run as root; as root, the cluster is run by the package's postgres
        // account, in a folder under /tmp that it owns (it may not be able to reach target/)
        boolean root = "root".equals(System.getProperty("user.name"));
        PostgresServer server;
        try {
            Path folder = root
                    ? Files.createTempDirectory("safeguard-pg-")
                    : Files.createTempDirectory(Files.createDirectories(
                            Path.of(System.getProperty("safeguard.work", "target/it-work"))), "pg-");
            server = new PostgresServer(bin, folder, freePort(), root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            server.initialise();
            server.run(List.of(bin.resolve("pg_ctl").toString(), "-D", server.data.toString(),
                    "-l", server.root.resolve("postgresql.log").toString(), "-w", "-t", "60", "start"));
            server.createDatabase();
            return server;
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
    }

    /** Keys for {@code etc/org.safeguard.platform.persistence.cfg}. */
    public Map<String, String> persistenceSettings() {
        return Map.of("database", "postgresql", "jdbc.url", jdbcUrl(),
                "jdbc.user", ROLE, "jdbc.password", rolePassword);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** A connection as the platform's own role, to look at what the platform wrote. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), ROLE, rolePassword);
    }

    public Path log() {
        return root.resolve("postgresql.log");
    }

    private void initialise() {
        try {
            Files.createDirectories(data);
            Path pwfile = root.resolve("superuser.pw");
            Files.writeString(pwfile, superuserPassword + "\n", StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(pwfile, PosixFilePermissions.fromString("rw-------"));
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
            if (runAsPostgres) {
                runPlain(List.of("chown", "-R", SUPERUSER + ":", root.toString()));
            }
            run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", SUPERUSER,
                    "--pwfile=" + pwfile, "--auth=scram-sha-256", "-E", "UTF8", "--locale=C"));
            Files.delete(pwfile);
            // TCP on loopback with a password, nothing else; a disposable cluster need not survive a crash
            writeConfig(data.resolve("pg_hba.conf"), "host all all 127.0.0.1/32 scram-sha-256\n", true);
            writeConfig(data.resolve("postgresql.conf"), String.join("\n",
                    "listen_addresses = '127.0.0.1'",
                    "port = " + port,
                    "unix_socket_directories = '" + root + "'",
                    "max_connections = 50",
                    "fsync = off",
                    "synchronous_commit = off",
                    "full_page_writes = off",
                    ""), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes as the current user, then gives the file back to the cluster's owner. */
    private void writeConfig(Path file, String text, boolean replace) throws IOException {
        if (replace) {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        } else {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
        if (runAsPostgres) {
            runPlain(List.of("chown", SUPERUSER + ":", file.toString()));
        }
    }

    private void createDatabase() {
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        try (Connection c = DriverManager.getConnection(url, SUPERUSER, superuserPassword);
             Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + rolePassword + "'");
            s.execute("CREATE DATABASE " + DATABASE + " OWNER " + ROLE + " ENCODING 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the database; see " + log(), e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** Stops the server (fast shutdown) and deletes the cluster. Safe to call twice. */
    public synchronized void stop() {
        if (Files.exists(data.resolve("postmaster.pid"))) {
            try {
                run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop"));
            } catch (RuntimeException e) {
                System.out.println("[itests] PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
        if (Files.exists(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                System.out.println("[itests] could not remove " + root + ": " + e.getMessage());
            }
        }
    }

    /** Runs a server binary, as the postgres account when this JVM is root. */
    private void run(List<String> command) {
        List<String> full = new ArrayList<>();
        if (runAsPostgres) {
            full.addAll(List.of("runuser", "-u", SUPERUSER, "--"));
        }
        full.addAll(command);
        runPlain(full);
    }

    private void runPlain(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("failed: " + String.join(" ", command) + "\n" + out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The newest of Debian's installed server versions, /usr/lib/postgresql/<version>/bin. */
    private static Path serverBinaries() {
        Path versions = Path.of("/usr/lib/postgresql");
        try (Stream<Path> installed = Files.exists(versions) ? Files.list(versions) : Stream.empty()) {
            return installed
                    .filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                    .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString().replaceAll("\\D", "0"))))
                    .map(v -> v.resolve("bin"))
                    .orElseThrow(() -> new IllegalStateException(
                            "no PostgreSQL server under /usr/lib/postgresql; run scripts/ensure-test-tools.sh"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String randomSecret() {
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
