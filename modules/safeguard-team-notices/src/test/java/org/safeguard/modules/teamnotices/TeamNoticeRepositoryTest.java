package org.safeguard.modules.teamnotices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.UpdateSummaryOutputEnum;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The changelog and the queries against a real (in-memory) Derby, migrated by Liquibase as the
 * persistence bundle does, so a column type Derby refuses or a JPQL mistake fails here and not
 * in the running distribution.
 */
class TeamNoticeRepositoryTest {

    private static final String URL = "jdbc:derby:memory:team-notices-test;create=true";
    private static final long AUTHORITY = 1L;
    private static final long OTHER_AUTHORITY = 2L;
    private static final long MY_TEAM = 10L;
    private static final long OTHER_TEAM = 11L;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Instant NOW = Instant.parse("2026-11-25T10:15:30.123Z");

    /** Held so the level sticks: JUL keeps loggers weakly. Liquibase's INFO lines would bury test output. */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    private static Connection keepAlive;
    private static EntityManagerFactory factory;
    private static TeamNoticeRepository notices;

    @BeforeAll
    static void migrateAndSeed() throws Exception {
        LIQUIBASE_LOG.setLevel(Level.WARNING);
        // Derby writes its log to the working directory unless told otherwise: keep it with the build output.
        System.setProperty("derby.stream.error.file", "target/derby.log");
        // Liquibase 4.3x would otherwise try to send usage analytics, and this network has no way out.
        System.setProperty("liquibase.analytics.enabled", "false");
        // An in-memory Derby lives as long as one connection to it does.
        keepAlive = DriverManager.getConnection(URL);
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(
                DriverManager.getConnection(URL)));
        new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, "db/team-notices/changelog.xml")
                .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                .setOutput(OutputStream.nullOutputStream())
                .execute();
        database.close();

        factory = Persistence.createEntityManagerFactory("safeguard-team-notices-test",
                Map.of("jakarta.persistence.jdbc.url", URL));
        notices = new TeamNoticeRepository(factory);
        notices.post(notice(AUTHORITY, MY_TEAM, "Older", NOW.minus(2, ChronoUnit.DAYS), null));
        notices.post(notice(AUTHORITY, MY_TEAM, "Newest", NOW, TODAY.plusDays(1)));
        notices.post(notice(AUTHORITY, MY_TEAM, "Expires today", NOW.minus(1, ChronoUnit.HOURS), TODAY));
        notices.post(notice(AUTHORITY, OTHER_TEAM, "Another team's", NOW, null));
        notices.post(notice(OTHER_AUTHORITY, MY_TEAM, "Another authority's", NOW, null));
    }

    @AfterAll
    static void close() throws SQLException {
        factory.close();
        keepAlive.close();
    }

    private static TeamNotice notice(long authority, long team, String title, Instant postedAt, LocalDate expiresOn) {
        return new TeamNotice(authority, team, title, "Body of " + title, 7L, "Alex Manager", postedAt, expiresOn);
    }

    private static List<String> titles(List<TeamNotice> found) {
        return found.stream().map(TeamNotice::title).toList();
    }

    @Test
    void showsOnlyTheTeamsCurrentNoticesInItsAuthorityNewestFirst() {
        assertEquals(List.of("Newest", "Older"), titles(notices.current(Set.of(MY_TEAM), Set.of(AUTHORITY), TODAY)));
    }

    @Test
    void aNoticeIsShownUntilTheDayBeforeItExpires() {
        assertEquals(List.of("Newest", "Expires today", "Older"),
                titles(notices.current(Set.of(MY_TEAM), Set.of(AUTHORITY), TODAY.minusDays(1))));
    }

    @Test
    void noTeamsMeansNoNotices() {
        assertEquals(List.of(), notices.current(Set.of(), Set.of(AUTHORITY), TODAY));
    }

    @Test
    void whatIsSavedComesBackAsPosted() {
        TeamNotice saved = notices.current(Set.of(MY_TEAM), Set.of(AUTHORITY), TODAY).get(0);
        assertNotNull(saved.id());
        assertEquals(NOW, saved.postedAt());
        assertEquals(TODAY.plusDays(1), saved.expiresOn());
        assertEquals("Alex Manager", saved.postedByName());
        assertEquals("Body of Newest", saved.body());
    }

    @Test
    void aBatchIsSavedWhole() {
        notices.postAll(List.of(notice(AUTHORITY, 30L, "First", NOW, null), notice(AUTHORITY, 30L, "Second", NOW, null)));
        assertEquals(2, notices.current(Set.of(30L), Set.of(AUTHORITY), TODAY).size());
    }

    @Test
    void aBatchThatFailsPartWaySavesNothing() {
        TeamNotice broken = new TeamNotice(AUTHORITY, 31L, null, "No title", 7L, "Alex Manager", NOW, null);
        assertThrows(RuntimeException.class, () -> notices.postAll(List.of(
                notice(AUTHORITY, 31L, "Fine", NOW, null), broken)));
        assertEquals(List.of(), notices.current(Set.of(31L), Set.of(AUTHORITY), TODAY));
    }
}
