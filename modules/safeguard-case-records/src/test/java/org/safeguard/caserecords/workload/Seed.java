package org.safeguard.caserecords.workload;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.safeguard.platform.testing.TestDatabase;
import org.safeguard.caserecords.model.CaseRecord;
import org.safeguard.caserecords.model.ClosureReason;
import org.safeguard.caserecords.model.Family;
import org.safeguard.caserecords.model.Person;
import org.safeguard.platform.api.persistence.Transactions;

/**
 * Test data. Cases, children and families through the module's entities; assessments, plans,
 * conferences and case notes with plain SQL on the changelog's columns, as other parts of the
 * module own those entities.
 */
final class Seed {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 25, 10, 0);

    private final TestDatabase db;

    Seed(TestDatabase db) {
        this.db = db;
    }

    /** A child in their own family, with an open case; allocated when team and lead are given. */
    long openCase(long authority, long district, String childName, LocalDate openedOn, Long team, Long lead, Long co) {
        String[] names = childName.split(" ", 2);
        return Transactions.inTransaction(db.factory(), em -> {
            Family family = new Family(authority, district, names[1], "1 Station Road", null, "March", "PE15 8AA", NOW);
            em.persist(family);
            Person child = new Person(authority, Person.Kind.CHILD, names[0], names[1], LocalDate.of(2018, 5, 1),
                    Person.Gender.FEMALE, null, NOW, null);
            em.persist(child);
            em.flush();
            CaseRecord record = new CaseRecord(authority, district, family.id(), child.id(), openedOn);
            if (lead != null) {
                record.allocate(team, lead, co);
            }
            em.persist(record);
            em.flush();
            return record.id();
        });
    }

    void close(long caseId, LocalDate on) {
        Transactions.run(db.factory(), em -> em.find(CaseRecord.class, caseId).close(on, ClosureReason.values()[0]));
    }

    void assessment(long caseId, LocalDate started, LocalDate due, LocalDate completed, LocalDate signedOff) {
        update("INSERT INTO cr_assessment (case_id, started_on, due_on, completed_on, outcome, signed_off_on)"
                + " VALUES (?, ?, ?, ?, ?, ?)", caseId, started, due, completed,
                completed == null ? null : "CHILD_IN_NEED", signedOff);
    }

    void conference(long caseId, String kind, LocalDate due, LocalDate held) {
        update("INSERT INTO cr_conference (case_id, kind, due_on, held_on) VALUES (?, ?, ?, ?)", caseId, kind, due, held);
    }

    long plan(long caseId, String kind, LocalDate started, int visitIntervalDays, LocalDate nextReview) {
        return insert("INSERT INTO cr_plan (case_id, kind, category, started_on, visit_interval_days, next_review_due_on)"
                + " VALUES (?, ?, ?, ?, ?, ?)", caseId, kind, "CHILD_PROTECTION".equals(kind) ? "NEGLECT" : null,
                started, visitIntervalDays, nextReview);
    }

    void endPlan(long planId, LocalDate on) {
        update("UPDATE cr_plan SET ended_on = ?, end_reason = 'OTHER' WHERE id = ?", on, planId);
    }

    void note(long caseId, String kind, LocalDate on, Boolean childSeen) {
        update("INSERT INTO cr_case_note (case_id, kind, occurred_on, child_seen, seen_alone, statutory, body,"
                + " author_user_id, author_name, recorded_at, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                caseId, kind, on, childSeen, null, false, "Visit notes", 1L, "Sam Worker", NOW, 1);
    }

    long count(String sql, Object... params) {
        try (Connection c = db.connection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void update(String sql, Object... params) {
        try (Connection c = db.connection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long insert(String sql, Object... params) {
        try (Connection c = db.connection(); PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(s, params);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p == null) {
                s.setNull(i + 1, s.getParameterMetaData().getParameterType(i + 1));
            } else if (p instanceof LocalDate d) {
                s.setDate(i + 1, java.sql.Date.valueOf(d));
            } else if (p instanceof LocalDateTime t) {
                s.setTimestamp(i + 1, java.sql.Timestamp.valueOf(t));
            } else {
                s.setObject(i + 1, p);
            }
        }
    }
}
