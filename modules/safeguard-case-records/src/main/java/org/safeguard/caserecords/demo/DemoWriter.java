package org.safeguard.caserecords.demo;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.safeguard.caserecords.demo.FamilyHistory.AllocationRow;
import org.safeguard.caserecords.demo.FamilyHistory.AssessmentRow;
import org.safeguard.caserecords.demo.FamilyHistory.CaseRow;
import org.safeguard.caserecords.demo.FamilyHistory.ConferenceRow;
import org.safeguard.caserecords.demo.FamilyHistory.ContactRow;
import org.safeguard.caserecords.demo.FamilyHistory.EventRow;
import org.safeguard.caserecords.demo.FamilyHistory.MemberRow;
import org.safeguard.caserecords.demo.FamilyHistory.NoteRow;
import org.safeguard.caserecords.demo.FamilyHistory.PersonRow;
import org.safeguard.caserecords.demo.FamilyHistory.PlanRow;
import org.safeguard.caserecords.demo.FamilyHistory.ReferralRow;
import org.safeguard.caserecords.demo.FamilyHistory.RelationshipRow;
import org.safeguard.caserecords.demo.FamilyHistory.StrategyRow;
import org.safeguard.caserecords.model.Person;

/**
 * Writes families with plain JDBC on the connection of the caller's transaction. Rows other rows
 * point at (people, families, cases, referred contacts, referrals, plans) are inserted one at a time
 * and their generated ids read back: Derby returns only the last key of a batch, and the ids stay
 * the database's own, so a user recording a contact meanwhile can never collide with the demo.
 * Everything else, about four rows in five, goes in JDBC batches.
 */
final class DemoWriter implements AutoCloseable {

    private static final int BATCH = 500;

    private final long authorityId;
    private final List<PreparedStatement> open = new ArrayList<>();
    private final List<Batch> batches = new ArrayList<>();

    private final PreparedStatement person;
    private final PreparedStatement family;
    private final PreparedStatement caseRow;
    private final PreparedStatement keyedContact;
    private final PreparedStatement referral;
    private final PreparedStatement plan;
    private final Batch member;
    private final Batch relationship;
    private final Batch allocation;
    private final Batch contact;
    private final Batch assessment;
    private final Batch strategy;
    private final Batch conference;
    private final Batch note;
    private final Batch event;

    private long rows;

    private static final String CONTACT = "INSERT INTO cr_contact (authority_id, district_id, child_id, family_id, "
            + "received_on, source, summary, status, outcome, outcome_reason, decided_on, decided_by_user_id, "
            + "decided_by_name, mash_entered_on, case_id, recorded_by_user_id, recorded_by_name, recorded_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    DemoWriter(Connection connection, long authorityId) throws SQLException {
        this.authorityId = authorityId;
        person = keyed(connection, "INSERT INTO cr_person (authority_id, kind, given_name, family_name, given_name_key, "
                + "family_name_key, date_of_birth, gender, nhs_number, created_at, created_by_user_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        family = keyed(connection, "INSERT INTO cr_family (authority_id, district_id, name, address_line1, "
                + "address_line2, town, postcode, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        caseRow = keyed(connection, "INSERT INTO cr_case (authority_id, district_id, family_id, child_id, stage, "
                + "opened_on, closed_on, closure_reason, team_id, lead_worker_id, co_worker_id, pre_proceedings_from, "
                + "care_proceedings_from, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
        keyedContact = keyed(connection, CONTACT);
        referral = keyed(connection, "INSERT INTO cr_referral (authority_id, case_id, child_id, contact_id, referred_on, "
                + "re_referral, previous_referral_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
        plan = keyed(connection, "INSERT INTO cr_plan (case_id, kind, category, started_on, ended_on, end_reason, "
                + "visit_interval_days, next_review_due_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        member = batch(connection, "INSERT INTO cr_family_member (family_id, person_id, joined_on, left_on) VALUES (?, ?, ?, ?)");
        relationship = batch(connection, "INSERT INTO cr_relationship (authority_id, person_id, related_person_id, kind, note) "
                + "VALUES (?, ?, ?, ?, ?)");
        allocation = batch(connection, "INSERT INTO cr_allocation (case_id, worker_id, worker_name, team_id, team_name, "
                + "district_id, role, from_date, to_date, reason, allocated_by_user_id, allocated_by_name) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        contact = batch(connection, CONTACT);
        assessment = batch(connection, "INSERT INTO cr_assessment (case_id, referral_id, started_on, due_on, completed_on, "
                + "outcome, analysis, completed_by_name, signed_off_on, signed_off_by_user_id, signed_off_by_name) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        strategy = batch(connection, "INSERT INTO cr_strategy_discussion (case_id, held_on, attendees, section47, "
                + "s47_completed_on, s47_outcome, conference_due_on, recorded_by_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        conference = batch(connection, "INSERT INTO cr_conference (case_id, plan_id, kind, due_on, held_on, outcome, "
                + "chair_name) VALUES (?, ?, ?, ?, ?, ?, ?)");
        note = batch(connection, "INSERT INTO cr_case_note (case_id, kind, occurred_on, child_seen, seen_alone, statutory, "
                + "body, author_user_id, author_name, recorded_at, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
        event = batch(connection, "INSERT INTO cr_significant_event (case_id, occurred_on, title, detail, entered_by_name, "
                + "entered_at) VALUES (?, ?, ?, ?, ?, ?)");
    }

    /** Rows written so far (batched ones count once added). */
    long rows() {
        return rows;
    }

    void write(FamilyHistory f) throws SQLException {
        var fam = f.family;
        fam.id = insert(family, s -> {
            s.setLong(1, authorityId);
            s.setLong(2, fam.districtId);
            s.setString(3, fam.name);
            s.setString(4, fam.addressLine1);
            text(s, 5, fam.addressLine2);
            s.setString(6, fam.town);
            s.setString(7, fam.postcode);
            s.setTimestamp(8, time(fam.createdAt));
        });
        for (PersonRow p : f.people) {
            p.id = insert(person, s -> {
                s.setLong(1, authorityId);
                s.setString(2, p.child ? "CHILD" : "ADULT");
                s.setString(3, p.givenName);
                s.setString(4, p.familyName);
                s.setString(5, Person.key(p.givenName));
                s.setString(6, Person.key(p.familyName));
                date(s, 7, p.dateOfBirth);
                s.setString(8, p.gender);
                text(s, 9, p.nhsNumber);
                s.setTimestamp(10, time(p.createdAt));
                s.setNull(11, Types.BIGINT);
            });
        }
        for (MemberRow m : f.members) {
            member.add(s -> {
                s.setLong(1, fam.id);
                s.setLong(2, m.person().id);
                date(s, 3, m.joinedOn());
                date(s, 4, m.leftOn());
            });
        }
        for (RelationshipRow r : f.relationships) {
            relationship.add(s -> {
                s.setLong(1, authorityId);
                s.setLong(2, r.person().id);
                s.setLong(3, r.related().id);
                s.setString(4, r.kind());
                s.setNull(5, Types.VARCHAR);
            });
        }
        for (CaseRow c : f.cases) {
            c.id = insert(caseRow, s -> {
                s.setLong(1, authorityId);
                s.setLong(2, c.districtId);
                s.setLong(3, fam.id);
                s.setLong(4, c.child.id);
                s.setString(5, c.stage);
                date(s, 6, c.openedOn);
                date(s, 7, c.closedOn);
                text(s, 8, c.closureReason);
                number(s, 9, c.teamId);
                number(s, 10, c.leadWorkerId);
                number(s, 11, c.coWorkerId);
                date(s, 12, c.preProceedingsFrom);
                date(s, 13, c.careProceedingsFrom);
            });
        }
        for (AllocationRow a : f.allocations) {
            allocation.add(s -> {
                s.setLong(1, a.caseRow.id);
                s.setLong(2, a.workerId);
                s.setString(3, a.workerName);
                s.setLong(4, a.teamId);
                s.setString(5, a.teamName);
                number(s, 6, a.districtId);
                s.setString(7, a.role);
                date(s, 8, a.fromDate);
                date(s, 9, a.toDate);
                text(s, 10, a.reason);
                number(s, 11, a.allocatedById);
                text(s, 12, a.allocatedByName);
            });
        }
        for (ContactRow c : f.contacts) {
            Binder values = s -> {
                s.setLong(1, authorityId);
                s.setLong(2, fam.districtId);
                s.setLong(3, c.child.id);
                s.setLong(4, fam.id);
                date(s, 5, c.receivedOn);
                s.setString(6, c.source);
                s.setString(7, c.summary);
                s.setString(8, c.status);
                text(s, 9, c.outcome);
                text(s, 10, c.outcomeReason);
                date(s, 11, c.decidedOn);
                number(s, 12, c.decidedById);
                text(s, 13, c.decidedByName);
                date(s, 14, c.mashEnteredOn);
                number(s, 15, c.caseRow == null ? null : c.caseRow.id);
                number(s, 16, c.recordedById);
                text(s, 17, c.recordedByName);
                s.setTimestamp(18, time(c.recordedAt));
            };
            if (c.referenced) {
                c.id = insert(keyedContact, values);
            } else {
                contact.add(values);
            }
        }
        for (ReferralRow r : f.referrals) {
            r.id = insert(referral, s -> {
                s.setLong(1, authorityId);
                s.setLong(2, r.caseRow.id);
                s.setLong(3, r.child.id);
                number(s, 4, r.contact == null ? null : r.contact.id);
                date(s, 5, r.referredOn);
                s.setBoolean(6, r.reReferral);
                number(s, 7, r.previous == null ? null : r.previous.id);
            });
        }
        for (AssessmentRow a : f.assessments) {
            assessment.add(s -> {
                s.setLong(1, a.caseRow().id);
                number(s, 2, a.referral() == null ? null : a.referral().id);
                date(s, 3, a.startedOn());
                date(s, 4, a.dueOn());
                date(s, 5, a.completedOn());
                text(s, 6, a.outcome());
                text(s, 7, a.analysis());
                text(s, 8, a.completedByName());
                date(s, 9, a.signedOffOn());
                number(s, 10, a.signedOffById());
                text(s, 11, a.signedOffByName());
            });
        }
        for (StrategyRow d : f.strategies) {
            strategy.add(s -> {
                s.setLong(1, d.caseRow().id);
                date(s, 2, d.heldOn());
                s.setString(3, d.attendees());
                s.setBoolean(4, d.section47());
                date(s, 5, d.s47CompletedOn());
                text(s, 6, d.s47Outcome());
                date(s, 7, d.conferenceDueOn());
                text(s, 8, d.recordedByName());
            });
        }
        for (PlanRow p : f.plans) {
            p.id = insert(plan, s -> {
                s.setLong(1, p.caseRow.id);
                s.setString(2, p.kind);
                text(s, 3, p.category);
                date(s, 4, p.startedOn);
                date(s, 5, p.endedOn);
                text(s, 6, p.endReason);
                s.setInt(7, p.visitIntervalDays);
                date(s, 8, p.nextReviewDueOn);
            });
        }
        for (ConferenceRow c : f.conferences) {
            conference.add(s -> {
                s.setLong(1, c.caseRow().id);
                number(s, 2, c.plan() == null ? null : c.plan().id);
                s.setString(3, c.kind());
                date(s, 4, c.dueOn());
                date(s, 5, c.heldOn());
                text(s, 6, c.outcome());
                text(s, 7, c.chairName());
            });
        }
        for (NoteRow n : f.notes) {
            note.add(s -> {
                s.setLong(1, n.caseRow().id);
                s.setString(2, n.kind());
                date(s, 3, n.occurredOn());
                bool(s, 4, n.childSeen());
                bool(s, 5, n.seenAlone());
                s.setBoolean(6, n.statutory());
                s.setString(7, n.body());
                s.setLong(8, n.authorId());
                s.setString(9, n.authorName());
                s.setTimestamp(10, time(n.recordedAt()));
            });
        }
        for (EventRow e : f.events) {
            event.add(s -> {
                s.setLong(1, e.caseRow().id);
                date(s, 2, e.occurredOn());
                s.setString(3, e.title());
                text(s, 4, e.detail());
                s.setString(5, e.enteredByName());
                s.setTimestamp(6, time(e.enteredAt()));
            });
        }
    }

    /** Sends what is still batched; call before the transaction commits. */
    void flush() throws SQLException {
        for (Batch b : batches) {
            b.flush();
        }
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement s : open) {
            try {
                s.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement s) throws SQLException;
    }

    private final class Batch {
        final PreparedStatement statement;
        int pending;

        Batch(PreparedStatement statement) {
            this.statement = statement;
        }

        void add(Binder binder) throws SQLException {
            binder.bind(statement);
            statement.addBatch();
            rows++;
            if (++pending >= BATCH) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }
    }

    private PreparedStatement keyed(Connection c, String sql) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
        open.add(s);
        return s;
    }

    private Batch batch(Connection c, String sql) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        open.add(s);
        Batch b = new Batch(s);
        batches.add(b);
        return b;
    }

    private long insert(PreparedStatement s, Binder binder) throws SQLException {
        binder.bind(s);
        s.executeUpdate();
        rows++;
        try (ResultSet keys = s.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no generated key returned");
            }
            return keys.getLong(1);
        }
    }

    private static void text(PreparedStatement s, int i, String value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.VARCHAR);
        } else {
            s.setString(i, value);
        }
    }

    private static void number(PreparedStatement s, int i, Long value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.BIGINT);
        } else {
            s.setLong(i, value);
        }
    }

    private static void bool(PreparedStatement s, int i, Boolean value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.BOOLEAN);
        } else {
            s.setBoolean(i, value);
        }
    }

    private static void date(PreparedStatement s, int i, LocalDate value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.DATE);
        } else {
            s.setDate(i, Date.valueOf(value));
        }
    }

    private static Timestamp time(LocalDateTime value) {
        return Timestamp.valueOf(value);
    }
}
