package org.safeguard.platform.persistence.console;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.safeguard.platform.api.persistence.PersistenceStatus;

/**
 * What an operator asks after installing a module: did its schema migrate, and which change sets
 * does the database hold (including those of modules uninstalled since, whose tables are kept).
 */
@Service
@Command(scope = "safeguard", name = "schema",
        description = "Lists each persistence unit's state and the schema change sets applied to the database")
public class SchemaCommand implements Action {

    @Reference
    PersistenceStatus status;

    @Reference
    DataSource dataSource;

    @Reference
    Session session;

    @Override
    public Object execute() throws SQLException {
        var out = session.getConsole();
        out.println("Persistence units:");
        for (Map.Entry<String, String> unit : status.unitStates().entrySet()) {
            out.printf("  %-40s %s%n", unit.getKey(), unit.getValue());
        }
        out.println("Applied change sets:");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(
                     "SELECT FILENAME, ID, DATEEXECUTED FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED")) {
            while (rs.next()) {
                out.printf("  %-45s %-50s %s%n", rs.getString(1), rs.getString(2), rs.getTimestamp(3));
            }
        }
        return null;
    }
}
