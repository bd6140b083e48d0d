package org.safeguard.caserecords.notes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.safeguard.platform.testing.TestDatabase;

/**
 * Rows for tests, written with plain SQL on the changelog's columns: the tests then depend on the
 * schema only, not on entity classes other helpers are writing at the same time.
 */
final class Seed {

    private final TestDatabase db;

    Seed(TestDatabase db) {
        this.db = db;
    }

    /** A child, their family and an open case; returns {childId, familyId, caseId}. */
    long[] openCase(long authorityId, long districtId, String given, String family, LocalDate openedOn) {
        LocalDateTime now = LocalDateTime.of(2026, 1, 1, 9, 0);
        long familyId = insert("INSERT INTO cr_family (authority_id, district_id, name, address_line1, town, postcode,"
                + " created_at) VALUES (?, ?, ?, '1 Station Road', 'March', 'PE15 8AA', ?)", authorityId, districtId, family, now);
        long childId = insert("INSERT INTO cr_person (authority_id, kind, given_name, family_name, given_name_key,"
                + " family_name_key, date_of_birth, gender, created_at) VALUES (?, 'CHILD', ?, ?, ?, ?, ?, 'FEMALE', ?)",
                authorityId, given, family, given.toLowerCase(), family.toLowerCase(), LocalDate.of(2019, 3, 2), now);
        long caseId = insert("INSERT INTO cr_case (authority_id, district_id, family_id, child_id, stage, opened_on,"
                + " version) VALUES (?, ?, ?, ?, 'ASSESSMENT', ?, 0)", authorityId, districtId, familyId, childId, openedOn);
        return new long[] {childId, familyId, caseId};
    }

    /** Runs an INSERT and returns the generated id. Parameters: LocalDate, LocalDateTime, String, Long, Integer, Boolean, null. */
    long insert(String sql, Object... parameters) {
        try (Connection connection = db.connection();
             PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(statement, parameters);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : -1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    long count(String sql, Object... parameters) {
        try (Connection connection = db.connection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value instanceof LocalDate date) {
                statement.setDate(i + 1, java.sql.Date.valueOf(date));
            } else if (value instanceof LocalDateTime time) {
                statement.setTimestamp(i + 1, java.sql.Timestamp.valueOf(time));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
