package org.safeguard.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scale-out means PostgreSQL. A second distribution of its own (not the shared Derby one) runs on a
 * throwaway PostgreSQL cluster: every changelog migrates there, the demo county seeds there, a
 * module's data survives uninstall and reinstall there, and concurrent writers keep one unbroken
 * audit chain through the head-row lock.
 */
class PostgresScaleOutIT {

    private static final List<String> PLATFORM_UNITS = List.of(
            "safeguard-platform-audit", "safeguard-platform-identity", "safeguard-platform-modules");
    private static final int PARALLEL_POSTS = 10;

    private static PostgresServer postgres;
    private static Distribution d;
    private static Instant started;

    @BeforeAll
    static void startPostgresAndDistribution() {
        started = Instant.now();
        postgres = PostgresServer.start();
        d = Distribution.start(postgres.persistenceSettings());
    }

    @AfterAll
    static void stopBoth() {
        if (d != null) {
            d.stop();
        }
        if (postgres != null) {
            postgres.stop();
        }
        System.out.printf("[itests] PostgresScaleOutIT took %d s including both boots%n",
                Duration.between(started, Instant.now()).toSeconds());
    }

    @Test
    void runsOnPostgresqlWithModulesDataAndAnUnbrokenAuditChain() throws Exception {
        String health = Modules.health(d);
        assertTrue(health.contains("\"status\":\"UP\""), health);
        for (String unit : PLATFORM_UNITS) {
            assertTrue(health.contains("{\"unit\":\"" + unit + "\",\"state\":\"UP\"}"), unit + " not UP: " + health);
        }

        // the demo county was seeded into PostgreSQL: its users can sign in
        WebUser fenland = WebUser.signIn(d, "fenland.manager");
        WebUser hunts = WebUser.signIn(d, "hunts.sw");

        Modules.install(d, "team-notices");
        assertTrue(Modules.health(d).contains("{\"unit\":\"safeguard-team-notices\",\"state\":\"UP\"}"),
                "the module's unit migrated on PostgreSQL");
        String enabled = d.console("safeguard:module-enable --district Fenland team-notices CCC");
        assertFalse(enabled.toLowerCase().contains("error"), enabled);
        assertEquals(200, fenland.get("/team-notices").status());
        assertEquals(404, hunts.get("/team-notices").status(), "enabled for Fenland only");

        String title = "Duty cover " + UUID.randomUUID().toString().substring(0, 8);
        WebUser.Page posted = fenland.post("/team-notices", Map.of(
                "title", title, "body", "Sam covers duty on Friday.", "teamId", ModuleLifecycleIT.firstTeamId(fenland)));
        assertEquals(200, posted.status(), posted.body());

        Modules.uninstall(d, "team-notices");
        assertEquals(404, fenland.get("/team-notices").status());
        Modules.install(d, "team-notices");
        WebUser.Page again = fenland.get("/team-notices");
        assertEquals(200, again.status());
        assertTrue(again.body().contains(title), "the notice is kept in PostgreSQL across uninstall and reinstall");

        String schema = d.console("safeguard:schema");
        assertTrue(schema.contains("team-notices-1-notice-table") && schema.contains("team-notices-2-notice-team-index"),
                "the module's change sets are recorded: " + schema);
        for (String unit : List.of("safeguard-platform-audit", "safeguard-platform-identity",
                "safeguard-platform-modules", "safeguard-team-notices")) {
            assertTrue(Pattern.compile("(?m)^\\s*" + unit + "\\s+migrated\\s*$").matcher(schema).find(),
                    unit + " migrated: " + schema);
        }
        assertFalse(schema.toLowerCase().contains("failed"), schema);

        String batch = "Parallel " + UUID.randomUUID().toString().substring(0, 8);
        postConcurrently(batch);

        String verified = d.console("safeguard:audit-verify");
        assertTrue(verified.contains("intact"), "audit chain intact after concurrent writers: " + verified);

        try (Connection db = postgres.connect()) {
            for (String table : List.of("sg_authority", "sg_audit_entry", "sg_audit_head", "notices_team_notice")) {
                assertTrue(tableExists(db, table), table + " exists in PostgreSQL");
            }
            assertEquals(2, count(db, "SELECT COUNT(*) FROM sg_authority WHERE code IN ('CCC', 'PCC')"),
                    "demo authorities seeded");
            assertTrue(count(db, "SELECT COUNT(*) FROM sg_audit_entry") > 0, "audit entries written");
            assertEquals(count(db, "SELECT COUNT(*) FROM sg_audit_entry"),
                    count(db, "SELECT last_seq FROM sg_audit_head WHERE id = 1"),
                    "one entry per sequence number, no gaps, head at the end");
            assertEquals(PARALLEL_POSTS, count(db, "SELECT COUNT(*) FROM notices_team_notice WHERE title LIKE '"
                    + batch + "%'"), "every concurrent post stored once");
        }
    }

    /**
     * Two users sign in and post at the same time, each request in its own session: every sign-in
     * and every post writes an audit entry, so they contend for the audit head row.
     */
    private static void postConcurrently(String batch) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_POSTS);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < PARALLEL_POSTS; i++) {
                String username = i % 2 == 0 ? "fenland.manager" : "fenland.ssw";
                String title = batch + " #" + i;
                results.add(pool.submit(() -> {
                    WebUser user = WebUser.signIn(d, username);
                    WebUser.Page page = user.post("/team-notices", Map.of(
                            "title", title, "body", "Posted alongside others.", "teamId", ModuleLifecycleIT.firstTeamId(user)));
                    return page.status();
                }));
            }
            for (Future<Integer> result : results) {
                assertEquals(200, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean tableExists(Connection db, String table) throws SQLException {
        try (ResultSet tables = db.getMetaData().getTables(null, null, table, new String[] {"TABLE"})) {
            return tables.next();
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
