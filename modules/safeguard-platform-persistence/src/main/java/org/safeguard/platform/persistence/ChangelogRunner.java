package org.safeguard.platform.persistence;

import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Applies one Liquibase changelog to the shared database. Liquibase's DATABASECHANGELOG table
 * records every change set applied, so running the same changelog again only runs new ones.
 * The changelog path is recorded as given, so it must be the bundle-relative logical path:
 * that keeps the recorded file name stable across restarts and reinstalls.
 */
public final class ChangelogRunner {

    private final DataSource dataSource;

    public ChangelogRunner(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @param resources where the changelog and its includes are read from (the owning bundle)
     * @throws MigrationException naming the change set that failed; change sets after it have not run
     */
    public void apply(String changelogPath, ResourceAccessor resources) throws MigrationException {
        // Liquibase finds its own change types, databases and parsers through ServiceLoader on the
        // scope's class loader, which must be the loader that holds the embedded Liquibase.
        ClassLoader liquibaseLoader = Scope.class.getClassLoader();
        Map<String, Object> scope = new HashMap<>();
        scope.put(Scope.Attr.resourceAccessor.name(), resources);
        scope.put(Scope.Attr.classLoader.name(), liquibaseLoader);
        // "Running Changeset" lines belong in the log, not on the console of whoever started Karaf
        scope.put(Scope.Attr.ui.name(), new LoggerUIService());
        // no anonymous usage reports: the platform runs offline in council networks
        scope.put("liquibase.analytics.enabled", Boolean.FALSE);
        try (ContextClassLoader ignored = ContextClassLoader.use(liquibaseLoader);
             Connection connection = dataSource.getConnection()) {
            Scope.child(scope, () -> update(changelogPath, connection));
        } catch (Exception e) {
            throw new MigrationException("changelog " + changelogPath + " failed: " + reason(e), e);
        }
    }

    private static void update(String changelogPath, Connection connection) throws Exception {
        Database database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection));
        try {
            new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelogPath)
                    .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                    .setOutput(OutputStream.nullOutputStream())
                    .execute();
        } finally {
            // Derby refuses to close a connection with an open transaction
            commitQuietly(connection);
        }
    }

    private static void commitQuietly(Connection connection) {
        try {
            if (!connection.isClosed() && !connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            // the migration's own outcome is what matters to the caller
        }
    }

    /** The innermost message that names the failed change set, else the root cause's. */
    static String reason(Throwable failure) {
        String named = null;
        String root = failure.toString();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.contains("Migration failed for change")) {
                named = message.substring(message.indexOf("Migration failed for change"));
            }
            root = message != null ? message : t.toString();
        }
        return (named != null ? named : root).strip().replaceAll("\\s+", " ");
    }
}
