package org.safeguard.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import liquibase.Liquibase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.audit.AuditEntry;
import org.safeguard.platform.api.audit.AuditEvent;
import org.safeguard.platform.api.audit.AuditLog.AuditVerification;

/** The audit log on embedded Derby with the bundle's own changelog, as the platform runs it on one machine. */
class JpaAuditLogDerbyTest {

    private static int databases;

    private String url;
    private EntityManagerFactory factory;
    private JpaAuditLog log;

    @BeforeEach
    void setUp() throws Exception {
        url = "jdbc:derby:memory:audit" + (++databases);
        try (Connection connection = DriverManager.getConnection(url + ";create=true")) {
            @SuppressWarnings("deprecation")
            Liquibase liquibase = new Liquibase("db/audit/changelog.xml", new ClassLoaderResourceAccessor(),
                    new JdbcConnection(connection));
            liquibase.update("");
            connection.commit();
        }
        factory = Persistence.createEntityManagerFactory("audit-test", Map.of(
                "eclipselink.logging.level", "WARNING",
                "jakarta.persistence.jdbc.driver", "org.apache.derby.iapi.jdbc.AutoloadedDriver",
                "jakarta.persistence.jdbc.url", url,
                "eclipselink.session-name", "audit-test-" + databases));
        // small batches, so a handful of entries crosses several of them
        log = new JpaAuditLog(factory, 4);
    }

    @AfterEach
    void tearDown() {
        factory.close();
        try {
            DriverManager.getConnection(url + ";drop=true");
        } catch (SQLException expected) {
            // Derby reports a dropped database as an exception
        }
    }

    private AuditEntry record(long authorityId, String subjectId) {
        return log.record(new AuditEvent(7L, "fenland.sw", authorityId, "child.read", "child", subjectId,
                "opened the record", "10.0.0.1"));
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement s = connection.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    @Test
    void entriesAreNumberedChainedAndReadBackNewestFirst() {
        AuditEntry first = record(1, "C1");
        AuditEntry second = record(2, "C2");
        AuditEntry third = record(1, "C3");
        assertEquals(List.of(1L, 2L, 3L), List.of(first.sequence(), second.sequence(), third.sequence()));
        assertEquals(AuditChain.GENESIS_HASH, first.previousHash());
        assertEquals(first.hash(), second.previousHash());

        assertEquals(List.of(third, first), log.recent(1L, 0, 50));
        assertEquals(List.of(second), log.recent(null, 1, 1));
        assertEquals(2, log.count(1L));
        assertEquals(3, log.count(null));
        assertEquals(new AuditVerification(true, 3, null), log.verify());
    }

    @Test
    void anAuthoritySeesItsOwnAndThePlatformWideEntriesAndOnlyEveryAuthoritySeesAll() {
        AuditEntry cambs = record(1, "C1");
        AuditEntry install = log.record(new AuditEvent(1L, "sysadmin", null, "module.install", "module", "team-notices",
                "Team notices 0.1.0", "10.0.0.2"));
        AuditEntry pboro = record(2, "C2");

        assertEquals(List.of(install, cambs), log.recent(1L, 0, 50));
        assertEquals(List.of(pboro, install), log.recent(2L, 0, 50));
        assertEquals(List.of(pboro, install, cambs), log.recent(null, 0, 50));
        assertEquals(2, log.count(1L));
        assertEquals(2, log.count(2L));
        assertEquals(3, log.count(null));
    }

    @Test
    void aChangedEntryIsFoundByVerification() throws SQLException {
        record(1, "C1");
        record(1, "C2");
        record(1, "C3");
        sql("UPDATE sg_audit_entry SET detail = 'nothing happened' WHERE seq = 2");
        AuditVerification result = log.verify();
        assertFalse(result.intact());
        assertEquals(2L, result.firstBrokenSequence());
    }

    @Test
    void aDeletedEntryIsFoundByVerification() throws SQLException {
        record(1, "C1");
        record(1, "C2");
        record(1, "C3");
        sql("DELETE FROM sg_audit_entry WHERE seq = 2");
        assertEquals(3L, log.verify().firstBrokenSequence());
    }

    @Test
    void verificationReadsInBatches() {
        for (int i = 0; i < 11; i++) {
            record(1, "C" + i);
        }
        assertEquals(new AuditVerification(true, 11, null), log.verify());
    }

    @Test
    void writersInParallelStillBuildOneChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        record(1, "C" + i);
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdown();
        }
        AuditVerification result = log.verify();
        assertTrue(result.intact(), () -> "broken at " + result.firstBrokenSequence());
        assertEquals(40, result.entriesChecked());
    }
}
