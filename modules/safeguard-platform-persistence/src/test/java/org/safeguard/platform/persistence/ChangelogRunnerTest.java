package org.safeguard.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ChangelogRunnerTest {

    private static final String CHANGELOG = "db/test/changelog.xml";
    private static final String APPLIED =
            "SELECT id FROM DATABASECHANGELOG ORDER BY orderexecuted";

    @Test
    void appliesIncludedChangelogsInOrder() throws Exception {
        try (TestDatabase db = new TestDatabase()) {
            new ChangelogRunner(db.pool).apply(CHANGELOG, TestDatabase.changelogs("v1"));

            assertEquals(List.of("test-001-person", "test-002-note"), db.column(APPLIED));
            assertTrue(db.tableExists("test_person"));
            assertTrue(db.tableExists("test_note"));
            assertEquals(List.of("db/test/changes/001-person.xml", "db/test/changes/002-note.xml"),
                    db.column("SELECT filename FROM DATABASECHANGELOG ORDER BY orderexecuted"));
        }
    }

    @Test
    void applyingTwiceRunsEachChangeSetOnce() throws Exception {
        try (TestDatabase db = new TestDatabase()) {
            ChangelogRunner runner = new ChangelogRunner(db.pool);
            runner.apply(CHANGELOG, TestDatabase.changelogs("v1"));
            runner.apply(CHANGELOG, TestDatabase.changelogs("v1"));

            assertEquals(List.of("test-001-person", "test-002-note"), db.column(APPLIED));
        }
    }

    @Test
    void newVersionRunsOnlyItsNewChangeSet() throws Exception {
        try (TestDatabase db = new TestDatabase()) {
            ChangelogRunner runner = new ChangelogRunner(db.pool);
            runner.apply(CHANGELOG, TestDatabase.changelogs("v1"));
            db.column("SELECT id FROM test_person");
            String firstRun = db.column("SELECT deployment_id FROM DATABASECHANGELOG WHERE id = 'test-001-person'").get(0);

            runner.apply(CHANGELOG, TestDatabase.changelogs("v2"));

            assertEquals(List.of("test-001-person", "test-002-note", "test-003-person-born"), db.column(APPLIED));
            assertEquals(List.of(firstRun, firstRun),
                    db.column("SELECT deployment_id FROM DATABASECHANGELOG WHERE id <> 'test-003-person-born'"));
            assertTrue(db.column("SELECT born_on FROM test_person").isEmpty(), "new column is queryable");
        }
    }

    @Test
    void brokenChangeSetIsNamedAndLaterOnesDoNotRun() throws Exception {
        try (TestDatabase db = new TestDatabase()) {
            MigrationException failure = assertThrows(MigrationException.class,
                    () -> new ChangelogRunner(db.pool).apply(CHANGELOG, TestDatabase.changelogs("broken")));

            assertTrue(failure.getMessage().contains("test-002-broken"), failure.getMessage());
            assertEquals(List.of("test-001-person"), db.column(APPLIED));
            assertFalse(db.tableExists("test_after"));
        }
    }
}
