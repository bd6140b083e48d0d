package org.safeguard.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.safeguard.itests.Distribution;
import org.safeguard.itests.WebUser;

/**
 * The platform runtime benchmark: cold start, module install latency, availability while a module is
 * installed and uninstalled under load, and the signed-in render path against a bare Javalin +
 * Handlebars baseline. Prints figures and never fails on them; a run that cannot measure something says
 * so in the table. Every loop is bounded by a count or a deadline, and only 127.0.0.1 is contacted.
 */
public final class RuntimeBenchmark {

    /** Demo-county users from four places (two Fenland roles, Huntingdonshire, Peterborough) so sessions differ in tenancy. */
    private static final List<String> DEMO_USERS = List.of("fenland.sw", "fenland.ssw", "hunts.sw", "pboro.sw");
    /** Users for whom team-notices is enabled (Fenland): the module page is only theirs. */
    private static final List<String> FENLAND_USERS = List.of("fenland.sw", "fenland.ssw", "fenland.manager", "fenland.cp");

    private final Settings settings;
    private final Report report;

    private RuntimeBenchmark(Settings settings, Report report) {
        this.settings = settings;
        this.report = report;
    }

    /**
     * BENCH_SCENARIO (scripts/bench.sh's argument): {@code platform}, {@code case-records}, or {@code all}
     * (the default), each writing its own section of docs/performance.md.
     */
    public static void main(String[] args) throws IOException {
        String scenario = System.getenv().getOrDefault("BENCH_SCENARIO", "all").trim();
        if (!List.of("all", "platform", "case-records").contains(scenario)) {
            System.out.println("[bench] unknown scenario " + scenario + ": use platform, case-records or all");
            System.exit(2);
        }
        Machine machine = Machine.describe();
        machine.lines().forEach(l -> System.out.println("[bench] " + l));
        Path doc = Path.of(System.getProperty("bench.docs", "docs/performance.md"));
        boolean booted = true;
        if (!scenario.equals("case-records")) {
            booted = platform(machine, doc);
        }
        if (!scenario.equals("platform")) {
            booted &= CaseRecordsBench.run(machine, doc);
        }
        // HttpClient and Jetty threads must not keep a finished benchmark alive
        System.exit(booted ? 0 : 1);
    }

    private static boolean platform(Machine machine, Path doc) throws IOException {
        Settings settings = Settings.fromEnvironment();
        System.out.println("[bench] " + settings.describe());
        Report report = new Report(machine, settings);
        boolean booted = new RuntimeBenchmark(settings, report).run();
        report.print();
        if (booted) {
            report.writeInto(doc);
            System.out.println("[bench] figures written to " + doc.toAbsolutePath().normalize());
        } else {
            System.out.println("[bench] the distribution never booted: docs/performance.md left as it was");
        }
        return booted;
    }

    private boolean run() {
        Distribution d;
        try {
            d = coldStarts();
        } catch (Exception e) {
            report.notMeasured("Cold start", e);
            return false;
        }
        try {
            attempt("Install latency", () -> installLatency(d));
            List<WebUser> users = SignedInUsers.signIn(d, DEMO_USERS, settings.clients());
            attempt("Availability under churn", () -> churn(d, users));
            attempt("Render path", () -> render(d, users));
            report.row("Karaf resident memory after all load", Format.megabytes(FreshDistribution.residentKb(d)),
                    "VmRSS of Karaf's JVM (heap size left to the JVM's defaults)");
            FreshDistribution.Heap heap = FreshDistribution.heapAfterFullGc(d);
            report.row("Karaf heap live after a full GC / committed", Format.megabytes(heap.liveKb()) + " / "
                    + Format.megabytes(heap.committedKb()), "jcmd GC.run then GC.heap_info, after all load: "
                    + "the live set, to tell a leak from a heap grown under load");
        } catch (RuntimeException e) {
            report.notMeasured("Signed-in sessions", e);
        } finally {
            FreshDistribution.discard(d);
        }
        return true;
    }

    private interface Section {
        void measure() throws Exception;
    }

    private void attempt(String name, Section section) {
        System.out.println("[bench] --- " + name);
        try {
            section.measure();
        } catch (Exception e) {
            e.printStackTrace(System.out);
            report.notMeasured(name, e);
        }
    }

    /** Boots fresh unpacks one after another; the last one stays up for the other measurements. */
    private Distribution coldStarts() throws Exception {
        System.out.println("[bench] --- Cold start");
        ColdStart coldStart = new ColdStart();
        Samples health = new Samples();
        Samples login = new Samples();
        Samples ready = new Samples();
        Samples unpack = new Samples();
        Samples resident = new Samples();
        Distribution last = null;
        for (int i = 1; i <= settings.coldStarts(); i++) {
            ColdStart.Started started = coldStart.bootOnce();
            ColdStart.Boot b = started.boot();
            health.add(b.health());
            login.add(b.login());
            ready.add(b.ready());
            unpack.add(b.unpack());
            resident.add(b.residentKb());
            System.out.printf("[bench] cold start %d: /health 200 after %s, /login 200 after %s, console ready after %s "
                            + "(unpack %s, RSS %s)%n", i, Format.seconds(b.health()), Format.seconds(b.login()),
                    Format.seconds(b.ready()), Format.seconds(b.unpack()), Format.megabytes(b.residentKb()));
            if (i < settings.coldStarts()) {
                FreshDistribution.discard(started.distribution());
            } else {
                last = started.distribution();
            }
        }
        Samples baseline = new Samples();
        for (int i = 0; i < settings.coldStarts(); i++) {
            baseline.add(BaselineColdStart.measure());
        }
        System.out.println("[bench] baseline JVM cold start to first 200: " + baseline.list(Format::millis));
        String n = " (median of " + settings.coldStarts() + ")";
        report.row("Cold start → first 200 /health" + n, Format.seconds(health.median()), Format.seconds(baseline.median()),
                Format.ratio((double) health.median() / baseline.median()),
                "fresh unpack, empty database; runs: " + health.list(Format::seconds)
                        + "; baseline = new JVM with bare Javalin + Handlebars: " + baseline.list(Format::millis));
        report.row("Cold start → first 200 /login" + n, Format.seconds(login.median()), "runs: " + login.list(Format::seconds));
        report.row("Cold start → console answering" + n, Format.seconds(ready.median()),
                "the itests launcher's own readiness (web bundle Active over bin/client); runs: " + ready.list(Format::seconds));
        report.row("Karaf resident memory after boot" + n, Format.megabytes(resident.median()), "VmRSS of Karaf's JVM");
        return last;
    }

    private void installLatency(Distribution d) {
        InstallLatency.Result r = new InstallLatency(d).measure(settings.installCycles());
        String n = " (median / max of " + settings.installCycles() + ")";
        if (!r.toPage().isEmpty()) {
            report.row("Install → " + InstallLatency.PAGE + " 200 for a Fenland user" + n,
                    Format.millis(r.toPage().median()) + " / " + Format.millis(r.toPage().max()),
                    "from launching the console command, page polled every 50 ms; runs: " + r.toPage().list(Format::millis));
        }
        report.row("safeguard:module-install command duration" + n,
                Format.millis(r.installCommand().median()) + " / " + Format.millis(r.installCommand().max()),
                Format.millis(r.noopCommand().median()),
                Format.ratio((double) r.installCommand().median() / r.noopCommand().median()),
                "baseline = a no-op console command (echo) through the same bin/client; runs: "
                        + r.installCommand().list(Format::millis));
        if (!r.toNotFound().isEmpty()) {
            report.row("Uninstall → " + InstallLatency.PAGE + " 404" + n,
                    Format.millis(r.toNotFound().median()) + " / " + Format.millis(r.toNotFound().max()),
                    "command duration median " + Format.millis(r.uninstallCommand().median()) + "; runs: "
                            + r.toNotFound().list(Format::millis));
        }
        r.problems().forEach(p -> report.note("Install latency: " + p));
    }

    private void churn(Distribution d, List<WebUser> users) throws IOException {
        for (String path : Churn.PATHS) {
            int status = SignedInUsers.asClient(users.get(0)).getQuietly(path);
            if (status != 200) {
                report.note("Churn: " + path + " answered " + status + " before the load started");
            }
        }
        List<Churn.Result> runs = new ArrayList<>();
        for (int i = 1; i <= settings.churnRuns(); i++) {
            Churn.Result r = Churn.run(d, users, settings.churnDuration());
            runs.add(r);
            LoadResult l = r.load();
            System.out.printf("[bench] churn run %d: %s requests, failed %d, 5xx %d, connection errors %d, p50 %s, p99 %s, "
                            + "%d installs + %d uninstalls, statuses {%s}%n", i, Format.count(l.requests()), l.failed(),
                    l.serverErrors(), l.connectionErrors(), Format.millis(l.p50()), Format.millis(l.p99()),
                    r.installs(), r.uninstalls(), l.statusSummary());
            if (l.firstError() != null) {
                report.note("Churn run " + i + ": first connection error: " + l.firstError());
            }
            String run = "Churn run " + i + ": ";
            r.problems().forEach(p -> report.note(run + p));
        }
        long requests = runs.stream().mapToLong(r -> r.load().requests()).sum();
        long failed = runs.stream().mapToLong(r -> r.load().failed()).sum();
        long server = runs.stream().mapToLong(r -> r.load().serverErrors()).sum();
        long errors = runs.stream().mapToLong(r -> r.load().connectionErrors()).sum();
        int installs = runs.stream().mapToInt(Churn.Result::installs).sum();
        int uninstalls = runs.stream().mapToInt(Churn.Result::uninstalls).sum();
        Samples p50 = new Samples();
        Samples p99 = new Samples();
        Samples steps = new Samples();
        runs.forEach(r -> {
            p50.add(r.load().p50());
            p99.add(r.load().p99());
            steps.addAll(r.steps());
        });
        LoadResult control = baselineMix();
        System.out.printf("[bench] churn control (baseline, same mix, no churn): %s requests, failed %d, 5xx %d, "
                        + "connection errors %d, p50 %s, p99 %s%n", Format.count(control.requests()), control.failed(),
                control.serverErrors(), control.connectionErrors(), Format.millis(control.p50()), Format.millis(control.p99()));
        if (control.firstError() != null) {
            report.note("Churn control (baseline): first connection error: " + control.firstError());
        }
        String during = " (" + settings.clients() + " clients, " + runs.size() + " × " + settings.churnDuration().toSeconds() + " s)";
        report.row("Churn: requests" + during, Format.count(requests), Format.count(control.requests()), "—",
                "GET " + String.join(", ", Churn.PATHS) + " as signed-in users; baseline = the same mix against the bare "
                        + "server with no churn; statuses {" + String.join("; ", runs.stream().map(r -> r.load().statusSummary()).toList())
                        + "}");
        report.row("Churn: failed (non-2xx/3xx) / 5xx / connection errors", failed + " / " + server + " / " + errors,
                control.failed() + " / " + control.serverErrors() + " / " + control.connectionErrors(), "—", "target 0 / 0 / 0");
        report.row("Churn: latency p50 / p99", Format.millis(p50.median()) + " / " + Format.millis(p99.median()),
                Format.millis(control.p50()) + " / " + Format.millis(control.p99()),
                Format.ratio((double) p50.median() / control.p50()) + " / " + Format.ratio((double) p99.median() / control.p99()),
                "median over runs");
        report.row("Churn: module installs + uninstalls completed", installs + " + " + uninstalls,
                steps.isEmpty() ? "none completed" : "each step (console command → /health shows the new state) median "
                        + Format.millis(steps.median()) + ", max " + Format.millis(steps.max()));
    }

    /** The churn test's page mix against the bare server, nothing installed or removed: what "no disturbance" looks like here. */
    private LoadResult baselineMix() throws IOException {
        try (BaselineServer baseline = BaselineServer.start()) {
            List<LoadGenerator.Client> clients = new ArrayList<>();
            for (int i = 0; i < settings.clients(); i++) {
                clients.add(BaselineClient.signIn(baseline.baseUrl()));
            }
            for (String path : Churn.PATHS) {
                int status = clients.get(0).getQuietly(path);
                if (status != 200) {
                    report.note("Churn control: the baseline answered " + path + " with " + status);
                }
            }
            return new LoadGenerator(clients, Churn.PATHS).during(settings.churnDuration());
        }
    }

    private void render(Distribution d, List<WebUser> users) throws IOException {
        InstallLatency.prepare(d);
        try (BaselineServer baseline = BaselineServer.start()) {
            List<LoadGenerator.Client> baselineClients = new ArrayList<>();
            for (int i = 0; i < settings.clients(); i++) {
                baselineClients.add(BaselineClient.signIn(baseline.baseUrl()));
            }
            List<RenderComparison.Target> targets = new ArrayList<>();
            targets.add(new RenderComparison.Target("platform GET /", new LoadGenerator(SignedInUsers.asClients(users), List.of("/"))));
            targets.add(new RenderComparison.Target("baseline GET /", new LoadGenerator(baselineClients, List.of("/"))));
            List<WebUser> fenland = SignedInUsers.signIn(d, FENLAND_USERS, settings.clients());
            List<WebUser> allowed = fenland.stream().filter(u -> InstallLatency.status(u) == 200).toList();
            if (allowed.size() < fenland.size()) {
                report.note("Render: " + (fenland.size() - allowed.size()) + " of " + fenland.size()
                        + " Fenland sessions could not open " + InstallLatency.PAGE + " and were left out of its run");
            }
            if (!allowed.isEmpty()) {
                targets.add(new RenderComparison.Target("platform GET " + InstallLatency.PAGE,
                        new LoadGenerator(SignedInUsers.asClients(allowed), List.of(InstallLatency.PAGE))));
            }

            Map<String, RenderComparison.Side> sides = RenderComparison.run(targets, settings.renderRuns(),
                    settings.warmupRequests(), settings.renderRequests());
            RenderComparison.Side base = sides.get("baseline GET /");
            String n = " (median of " + settings.renderRuns() + " × " + Format.count(settings.renderRequests()) + " requests, "
                    + settings.clients() + " clients)";
            for (RenderComparison.Side side : sides.values()) {
                if (side == base) {
                    continue;
                }
                String label = "Render " + side.label().replace("platform ", "") + " signed in";
                report.row(label + ": throughput" + n, Format.rate(side.throughput()), Format.rate(base.throughput()),
                        Format.ratio(side.throughput() / base.throughput()),
                        "runs: " + side.throughputs() + "; baseline runs: " + base.throughputs());
                report.row(label + ": latency p50", Format.millis(side.p50()), Format.millis(base.p50()),
                        Format.ratio((double) side.p50() / base.p50()), "");
                report.row(label + ": latency p99", Format.millis(side.p99()), Format.millis(base.p99()),
                        Format.ratio((double) side.p99() / base.p99()), "");
                report.row(label + ": failed / connection errors", side.failed() + " / " + side.connectionErrors(),
                        base.failed() + " / " + base.connectionErrors(), "—", "statuses {" + side.statuses() + "}");
            }
            int platformPage = users.get(0).get("/").body().length();
            BaselineClient probe = BaselineClient.signIn(baseline.baseUrl());
            report.row("Signed-in page size GET /", Format.count(platformPage) + " chars",
                    Format.count(probe.lastBodyLength()) + " chars",
                    Format.ratio((double) platformPage / probe.lastBodyLength()),
                    "the baseline copies the GOV.UK layout's structure, not the platform's code");
        }
    }
}
