package org.safeguard.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.safeguard.itests.Distribution;
import org.safeguard.itests.WebUser;

/**
 * The case records scenario: a fresh distribution whose demo county has a big history (100,000
 * children and about a million contacts in Cambridgeshire by default), seeded in the background
 * after boot; then a team manager's two busiest pages — the team caseload and the work tray —
 * under concurrent signed-in users, against the bare-render baseline in the same run. Reports the
 * seeding time and the database size too. Never fails on timing; a page that is not there (yet)
 * is reported as not measured.
 */
final class CaseRecordsBench {

    static final String START = "<!-- bench:case-records:start (written by scripts/bench.sh case-records; edits inside are replaced) -->";
    static final String END = "<!-- bench:case-records:end -->";
    private static final String CFG = "etc/org.safeguard.caserecords.demo.cfg";
    /** The demo county has two authorities; the seeder logs one line per authority when done. */
    private static final int DEMO_AUTHORITIES = 2;
    private static final String DONE = "Demo data of module case-records seeded for ";
    private static final String FAILED = "Demo data of module case-records could not be seeded";
    private static final Pattern SEEDED = Pattern.compile(
            "Case records demo seeded for ([^:]+): ([\\d,]+) children, ([\\d,]+) contacts, ([\\d,]+) cases \\(([\\d,]+) open\\), ([\\d,]+) rows in ([\\d.]+) s");
    private static final Pattern PROGRESS = Pattern.compile("Case records demo: \\d+% .*");
    private static final Pattern TEAM_TABLE = Pattern.compile("<table class=\"govuk-table\" id=\"team-(\\d+)\"");
    private static final Pattern CASELOAD_LINK = Pattern.compile("/cases/teams/(\\d+)/caseload");
    /** The manager whose team's pages are measured, and a senior in the same team (both may allocate). */
    private static final List<String> USERS = List.of("fenland.manager", "fenland.ssw");

    /** How much to do, from the environment (scripts/bench.sh passes it through). */
    record CaseSettings(int children, int clients, int runs, int requests, int warmup, Duration runLimit,
                        Duration seedingLimit) {

        static CaseSettings fromEnvironment() {
            return new CaseSettings(number("BENCH_CASE_CHILDREN", 100_000), number("BENCH_CLIENTS", 50),
                    number("BENCH_CASE_RUNS", 3), number("BENCH_CASE_REQUESTS", 5_000),
                    number("BENCH_CASE_WARMUP", 500), Duration.ofSeconds(number("BENCH_CASE_RUN_SECONDS", 120)),
                    Duration.ofMinutes(number("BENCH_CASE_SEED_MINUTES", 90)));
        }

        private static int number(String name, int fallback) {
            String value = System.getenv(name);
            int parsed = value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
            if (parsed < 1) {
                throw new IllegalArgumentException(name + " must be at least 1, was " + parsed);
            }
            return parsed;
        }

        String describe() {
            return String.format("%,d children in the largest authority; %d runs of %,d requests (at most %d s) per page "
                    + "after %,d warm-up; %d concurrent clients", children, runs, requests, runLimit.toSeconds(), warmup,
                    clients);
        }
    }

    private final CaseSettings settings;
    private final Report report;

    private CaseRecordsBench(CaseSettings settings, Report report) {
        this.settings = settings;
        this.report = report;
    }

    /** Runs the scenario, prints the table and writes it into the docs; false when nothing could be booted. */
    static boolean run(Machine machine, Path doc) throws IOException {
        CaseSettings settings = CaseSettings.fromEnvironment();
        System.out.println("[bench] case records: " + settings.describe());
        Report report = new Report(machine, settings.describe(), START, END, "Case records");
        boolean booted = new CaseRecordsBench(settings, report).measure();
        report.print();
        if (booted) {
            report.writeInto(doc);
            System.out.println("[bench] case records figures written to " + doc.toAbsolutePath().normalize());
        } else {
            System.out.println("[bench] the distribution never booted: the Case records section was left as it was");
        }
        return booted;
    }

    private boolean measure() {
        Distribution d;
        long bootStarted = System.nanoTime();
        try {
            d = startWithBigHistory();
        } catch (Exception e) {
            e.printStackTrace(System.out);
            report.notMeasured("Boot with the case records benchmark history", e);
            return false;
        }
        try {
            report.row("Boot → /health 200", Format.seconds(System.nanoTime() - bootStarted),
                    "fresh unpack with etc/org.safeguard.caserecords.demo.cfg children = " + Format.count(settings.children())
                            + "; seeding runs in the background after this");
            if (!awaitSeeding(d, bootStarted)) {
                return true;
            }
            List<WebUser> users = SignedInUsers.signIn(d, USERS, settings.clients());
            long teamId = teamOf(users.get(0), USERS.get(0));
            String caseload = "/cases/teams/" + teamId + "/caseload";
            String workTray = "/cases/work-tray?team=" + teamId;
            render(users, caseload, workTray);
            report.row("Karaf resident memory after the load", Format.megabytes(FreshDistribution.residentKb(d)),
                    "VmRSS of Karaf's JVM");
            FreshDistribution.Heap heap = FreshDistribution.heapAfterFullGc(d);
            report.row("Karaf heap live after a full GC / committed", Format.megabytes(heap.liveKb()) + " / "
                    + Format.megabytes(heap.committedKb()), "jcmd GC.run then GC.heap_info");
        } catch (RuntimeException | IOException e) {
            e.printStackTrace(System.out);
            report.notMeasured("Case records pages", e);
            logErrors(d).forEach(l -> report.note("karaf.log: " + l));
        } finally {
            FreshDistribution.discard(d);
        }
        return true;
    }

    /**
     * The launcher unpacks {@code safeguard.distribution} and switches the demo county on; the demo's
     * size has to be in the unpacked etc/ before Karaf's first start, so the benchmark boots a copy of
     * the tarball with its own {@code org.safeguard.caserecords.demo.cfg}.
     */
    private Distribution startWithBigHistory() throws IOException {
        String original = System.getProperty("safeguard.distribution");
        Path work = Path.of(System.getProperty("safeguard.work", "target/bench-work"));
        Files.createDirectories(work);
        Path unpacked = Files.createTempDirectory(work, "case-records-tarball-");
        Path tarball = work.resolve("safeguard-distribution-case-records.tar.gz");
        try {
            run(unpacked, "tar", "xzf", Path.of(original).toAbsolutePath().toString(), "-C", unpacked.toString());
            Path top;
            try (Stream<Path> entries = Files.list(unpacked)) {
                top = entries.filter(Files::isDirectory).findFirst()
                        .orElseThrow(() -> new IOException("empty distribution tarball: " + original));
            }
            Files.writeString(top.resolve(CFG), "# written by the case records benchmark\nsize = benchmark\nchildren = "
                    + settings.children() + "\n", StandardCharsets.UTF_8);
            run(unpacked, "tar", "czf", tarball.toAbsolutePath().toString(), "-C", unpacked.toString(),
                    top.getFileName().toString());
        } finally {
            delete(unpacked);
        }
        System.setProperty("safeguard.distribution", tarball.toAbsolutePath().toString());
        try {
            return Distribution.start(Map.of());
        } finally {
            System.setProperty("safeguard.distribution", original);
            Files.deleteIfExists(tarball);
        }
    }

    /** Follows karaf.log until every authority's case records are seeded; reports time, rows and size. */
    private boolean awaitSeeding(Distribution d, long bootStarted) throws IOException {
        long deadline = System.nanoTime() + settings.seedingLimit().toNanos();
        int printed = 0;
        while (System.nanoTime() < deadline) {
            List<String> lines = log(d);
            List<String> progress = lines.stream().filter(l -> PROGRESS.matcher(l).find() || l.contains(DONE)).toList();
            for (; printed < progress.size(); printed++) {
                String l = progress.get(printed);
                // Karaf's layout: time | level | thread | bundle | ... | message
                System.out.println("[bench] karaf.log: " + l.substring(l.lastIndexOf(" | ") + 3));
            }
            if (lines.stream().anyMatch(l -> l.contains(FAILED))) {
                report.row("Seeding the case records history", "failed", "see data/log/karaf.log: " + lines.stream()
                        .filter(l -> l.contains(FAILED)).findFirst().orElse(""));
                return false;
            }
            if (lines.stream().filter(l -> l.contains(DONE)).count() >= DEMO_AUTHORITIES) {
                long wall = System.nanoTime() - bootStarted;
                for (String l : lines) {
                    Matcher m = SEEDED.matcher(l);
                    if (m.find()) {
                        report.row("Seeding " + m.group(1), m.group(7) + " s", m.group(2) + " children, " + m.group(3)
                                + " contacts, " + m.group(4) + " cases (" + m.group(5) + " open today), " + m.group(6)
                                + " rows; measured inside Karaf from the first to the last row written");
                    }
                }
                report.row("Boot → every authority's history seeded", Format.seconds(wall),
                        "wall time from launching bin/karaf (organisation seeding and the small authority included)");
                report.row("Database size on disk", Format.megabytes(sizeKb(d.home().resolve("data/safeguard"))),
                        "embedded Derby, data/safeguard (every table of the platform, indexes and logs)");
                return true;
            }
            if (!d.home().resolve("data").toFile().exists()) {
                throw new IllegalStateException("the distribution's data folder is gone");
            }
            ModuleHealth.pause(2_000);
        }
        report.row("Seeding the case records history", "not finished",
                "still seeding after " + settings.seedingLimit().toMinutes() + " min (BENCH_CASE_SEED_MINUTES)");
        return false;
    }

    /**
     * The manager's team: its table on the organisation page (team managers may see it), else a link to a
     * caseload on the case records pages.
     */
    private static long teamOf(WebUser user, String username) {
        String organisation = user.get("/admin/organisation").body();
        Matcher tables = TEAM_TABLE.matcher(organisation);
        List<Integer> starts = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        while (tables.find()) {
            starts.add(tables.start());
            ids.add(Long.parseLong(tables.group(1)));
        }
        for (int i = 0; i < ids.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : organisation.length();
            String table = organisation.substring(starts.get(i), end);
            if (table.contains(">" + username + "<") && table.contains("Team manager")) {
                return ids.get(i);
            }
        }
        for (String page : List.of("/cases", "/cases/work-tray")) {
            Matcher link = CASELOAD_LINK.matcher(user.get(page).body());
            if (link.find()) {
                return Long.parseLong(link.group(1));
            }
        }
        throw new IllegalStateException("could not find " + username + "'s team on /admin/organisation or the case pages");
    }

    private void render(List<WebUser> users, String caseload, String workTray) throws IOException {
        List<RenderComparison.Target> targets = new ArrayList<>();
        for (String page : List.of(caseload, workTray)) {
            WebUser.Page probe = users.get(0).get(page);
            if (probe.status() != 200) {
                report.row("GET " + page, "not measured", "answered " + probe.status()
                        + " before the load (is the page there yet? the distribution needs rebuilding after it is)");
                continue;
            }
            report.row("Page size GET " + page, Format.count(probe.body().length()) + " chars", "for " + USERS.get(0));
            targets.add(new RenderComparison.Target("platform GET " + page,
                    new LoadGenerator(SignedInUsers.asClients(users), List.of(page))));
        }
        if (targets.isEmpty()) {
            return;
        }
        try (BaselineServer baseline = BaselineServer.start()) {
            List<LoadGenerator.Client> clients = new ArrayList<>();
            for (int i = 0; i < settings.clients(); i++) {
                clients.add(BaselineClient.signIn(baseline.baseUrl()));
            }
            targets.add(new RenderComparison.Target("baseline GET /", new LoadGenerator(clients, List.of("/"))));
            Map<String, RenderComparison.Side> sides = takeTurns(targets);
            RenderComparison.Side base = sides.get("baseline GET /");
            String n = " (median of " + settings.runs() + " runs of " + Format.count(settings.requests())
                    + " requests or " + settings.runLimit().toSeconds() + " s, " + settings.clients() + " clients)";
            for (RenderComparison.Side side : sides.values()) {
                if (side == base) {
                    continue;
                }
                String label = side.label().replace("platform ", "");
                report.row(label + ": throughput" + n, Format.rate(side.throughput()), Format.rate(base.throughput()),
                        Format.ratio(side.throughput() / base.throughput()),
                        "runs: " + side.throughputs() + " (" + String.join(", ", side.runs().stream()
                                .map(r -> Format.count(r.requests())).toList()) + " requests); baseline = bare Javalin "
                                + "+ Handlebars GET /, runs: " + base.throughputs());
                report.row(label + ": latency p50", Format.millis(side.p50()), Format.millis(base.p50()),
                        Format.ratio((double) side.p50() / base.p50()), "");
                report.row(label + ": latency p99", Format.millis(side.p99()), Format.millis(base.p99()),
                        Format.ratio((double) side.p99() / base.p99()), "");
                report.row(label + ": failed / connection errors", side.failed() + " / " + side.connectionErrors(),
                        base.failed() + " / " + base.connectionErrors(), "—", "statuses {" + side.statuses() + "}");
            }
        }
    }

    /**
     * As {@link RenderComparison#run}, platform and baseline taking turns run by run, but each run also
     * ends at {@code BENCH_CASE_RUN_SECONDS}: a slow page must not hold the benchmark for hours.
     */
    private Map<String, RenderComparison.Side> takeTurns(List<RenderComparison.Target> targets) {
        Map<String, List<LoadResult>> results = new java.util.LinkedHashMap<>();
        for (int run = 1; run <= settings.runs(); run++) {
            for (RenderComparison.Target t : targets) {
                t.generator().requestsWithin(settings.warmup(), settings.runLimit());
                LoadResult r = t.generator().requestsWithin(settings.requests(), settings.runLimit());
                results.computeIfAbsent(t.label(), k -> new ArrayList<>()).add(r);
                System.out.printf("[bench] case records run %d %-36s %s  p50 %s  p99 %s  %s requests  statuses {%s}  "
                                + "connection errors %d%n", run, t.label(), Format.rate(r.throughput()), Format.millis(r.p50()),
                        Format.millis(r.p99()), Format.count(r.requests()), r.statusSummary(), r.connectionErrors());
            }
        }
        Map<String, RenderComparison.Side> sides = new java.util.LinkedHashMap<>();
        results.forEach((label, list) -> sides.put(label, new RenderComparison.Side(label, list)));
        return sides;
    }

    private static List<String> log(Distribution d) throws IOException {
        Path dir = d.home().resolve("data/log");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            // rolled files first (karaf.log.1 is older than karaf.log)
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("karaf.log"))
                    .sorted((a, b) -> b.getFileName().toString().compareTo(a.getFileName().toString())).toList()) {
                lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        } catch (java.nio.charset.MalformedInputException e) {
            return List.of();
        }
        return lines;
    }

    /** The last few errors Karaf logged: the distribution is deleted after the run, so they go in the notes. */
    private static List<String> logErrors(Distribution d) {
        try {
            List<String> errors = log(d).stream().filter(l -> l.contains("| ERROR |")).toList();
            return errors.subList(Math.max(0, errors.size() - 3), errors.size());
        } catch (IOException e) {
            return List.of();
        }
    }

    private static long sizeKb(Path dir) {
        if (!Files.isDirectory(dir)) {
            return -1;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() / 1024;
        } catch (IOException e) {
            return -1;
        }
    }

    private static void run(Path dir, String... command) throws IOException {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IOException("failed: " + String.join(" ", command));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
