package org.safeguard.caserecords.workload;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Query;

import org.safeguard.platform.api.persistence.Transactions;

/**
 * The work tray's queries. Native SQL on the changelog's columns: the assessment, conference, plan
 * and case note tables belong to other parts of the module. The due tasks and open plans start from
 * the scope's open cases (a team: index cr_case_team_idx; a worker: cr_case_worker_idx) with due
 * dates bounded by the horizon; the sign-off list starts from the few assessments not yet signed
 * off. Either way the cost follows the team's open work, not the size of the authority's history.
 */
final class WorkTrayRepository {

    /** Whose open cases: a team's, or those a worker holds as lead. */
    record Scope(long authorityId, Long teamId, Long leadWorkerId) {

        static Scope team(long authorityId, long teamId) {
            return new Scope(authorityId, teamId, null);
        }

        static Scope worker(long authorityId, long userId) {
            return new Scope(authorityId, null, userId);
        }

        void where(Sql sql, String alias) {
            sql.add(alias + ".authority_id = ").param(authorityId);
            if (teamId != null) {
                sql.add(" AND " + alias + ".team_id = ").param(teamId);
            } else {
                sql.add(" AND " + alias + ".lead_worker_id = ").param(leadWorkerId);
            }
            sql.add(" AND " + alias + ".closed_on IS NULL");
        }
    }

    private static final String CASE_COLUMNS =
            "c.id, c.authority_id, c.district_id, p.given_name, p.family_name, c.lead_worker_id, c.co_worker_id";
    private static final String CASE_AND_CHILD = " FROM cr_case c JOIN cr_person p ON p.id = c.child_id";

    private final EntityManagerFactory factory;

    WorkTrayRepository(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /** Assessments not completed, initial and review conferences not held, due by the horizon. */
    List<WorkTray.DueTask> dueTasks(Scope scope, LocalDate horizon) {
        List<WorkTray.DueTask> tasks = new ArrayList<>();
        Sql assessments = new Sql().add("SELECT " + CASE_COLUMNS + ", a.due_on" + CASE_AND_CHILD
                + " JOIN cr_assessment a ON a.case_id = c.id WHERE ");
        scope.where(assessments, "c");
        assessments.add(" AND a.completed_on IS NULL AND a.due_on <= ").param(horizon);
        tasks.addAll(query(assessments, r -> new WorkTray.DueTask(ref(r), WorkTray.TaskKind.ASSESSMENT, date(r[7]))));

        Sql conferences = new Sql().add("SELECT " + CASE_COLUMNS + ", f.kind, f.due_on" + CASE_AND_CHILD
                + " JOIN cr_conference f ON f.case_id = c.id WHERE ");
        scope.where(conferences, "c");
        conferences.add(" AND f.held_on IS NULL AND f.due_on <= ").param(horizon);
        tasks.addAll(query(conferences, r -> new WorkTray.DueTask(ref(r),
                "INITIAL".equals(r[7]) ? WorkTray.TaskKind.INITIAL_CONFERENCE : WorkTray.TaskKind.REVIEW_CONFERENCE,
                date(r[8]))));

        // A CP plan's next review as the plan records it, unless a review conference is already
        // booked (a REVIEW row not yet held): that row is listed above, so it is never shown twice.
        Sql reviews = new Sql().add("SELECT " + CASE_COLUMNS + ", pl.next_review_due_on" + CASE_AND_CHILD
                + " JOIN cr_plan pl ON pl.case_id = c.id WHERE ");
        scope.where(reviews, "c");
        reviews.add(" AND pl.ended_on IS NULL AND pl.kind = 'CHILD_PROTECTION' AND pl.next_review_due_on IS NOT NULL"
                + " AND pl.next_review_due_on <= ").param(horizon)
                .add(" AND NOT EXISTS (SELECT 1 FROM cr_conference r WHERE r.case_id = c.id AND r.kind = 'REVIEW'"
                        + " AND r.held_on IS NULL)");
        tasks.addAll(query(reviews, r -> new WorkTray.DueTask(ref(r), WorkTray.TaskKind.REVIEW_CONFERENCE, date(r[7]))));
        return tasks;
    }

    /**
     * Open plans with the last day the child was seen on a visit. One row per open plan of the
     * scope's open cases: the visit date arithmetic (per-plan interval) is done in {@link WorkTray},
     * portable across Derby and PostgreSQL.
     */
    List<WorkTray.OpenPlan> openPlans(Scope scope) {
        // The last visit per plan as a correlated subquery: it walks cr_case_note_case_idx for each of
        // the team's open plans. A derived table grouping every visit first made Derby read all the
        // authority's visits (35 s per page at 100,000 children; this form answers in milliseconds).
        Sql sql = new Sql().add("SELECT " + CASE_COLUMNS + ", pl.kind, pl.started_on, pl.visit_interval_days,"
                + " (SELECT MAX(n.occurred_on) FROM cr_case_note n WHERE n.case_id = c.id"
                + " AND n.kind IN ('" + String.join("', '", WorkTray.VISIT_KINDS) + "') AND n.child_seen = TRUE)"
                + CASE_AND_CHILD + " JOIN cr_plan pl ON pl.case_id = c.id WHERE ");
        scope.where(sql, "c");
        sql.add(" AND pl.ended_on IS NULL");
        return query(sql, r -> new WorkTray.OpenPlan(ref(r), (String) r[7], date(r[8]), ((Number) r[9]).intValue(),
                date(r[10])));
    }

    /**
     * Assessments completed and not signed off, for a team's managers. Cases closed since
     * {@code closedSince} are included: an assessment ending in "no further action" may close the
     * case before the manager has signed it off.
     */
    List<WorkTray.AwaitingSignOff> awaitingSignOff(long authorityId, long teamId, LocalDate closedSince) {
        // Starts from the assessments not signed off (cr_assessment_signoff_idx: a manager's backlog,
        // tens across an authority) and looks up each one's case, rather than from the team's cases:
        // a team's recently closed cases run to hundreds, and Derby, without index statistics on a
        // freshly loaded table, hashed the whole assessment table to join them.
        Sql sql = new Sql().add("SELECT " + CASE_COLUMNS + ", a.completed_on FROM cr_assessment a"
                        + " JOIN cr_case c ON c.id = a.case_id JOIN cr_person p ON p.id = c.child_id"
                        + " WHERE a.signed_off_on IS NULL AND a.completed_on IS NOT NULL AND c.authority_id = ")
                .param(authorityId)
                .add(" AND c.team_id = ").param(teamId)
                .add(" AND (c.closed_on IS NULL OR c.closed_on >= ").param(closedSince).add(")");
        return query(sql, r -> new WorkTray.AwaitingSignOff(ref(r), date(r[7])));
    }

    private <T> List<T> query(Sql sql, Function<Object[], T> row) {
        return Transactions.read(factory, em -> {
            Query query = em.createNativeQuery(sql.text());
            for (int i = 0; i < sql.params().size(); i++) {
                query.setParameter(i + 1, sql.params().get(i));
            }
            List<T> rows = new ArrayList<>();
            for (Object result : query.getResultList()) {
                rows.add(row.apply((Object[]) result));
            }
            return rows;
        });
    }

    private static WorkTray.CaseRef ref(Object[] r) {
        return new WorkTray.CaseRef(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), r[3] + " " + r[4],
                r[5] == null ? null : ((Number) r[5]).longValue(), r[6] == null ? null : ((Number) r[6]).longValue());
    }

    /** JDBC drivers answer DATE columns as java.sql.Date (or a LocalDate, depending on the driver and settings). */
    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate local) {
            return local;
        }
        if (value instanceof java.sql.Date sqlDate) {
            return sqlDate.toLocalDate();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toLocalDate();
        }
        if (value instanceof java.util.Date date) {
            return new java.sql.Date(date.getTime()).toLocalDate();
        }
        throw new IllegalArgumentException("not a date: " + value.getClass());
    }

    /** SQL with positional parameters numbered as they are added (?1, ?2...), dates bound as java.sql.Date. */
    static final class Sql {
        private final StringBuilder text = new StringBuilder();
        private final List<Object> params = new ArrayList<>();

        Sql add(String fragment) {
            text.append(fragment);
            return this;
        }

        Sql param(Object value) {
            params.add(value instanceof LocalDate date ? java.sql.Date.valueOf(date) : value);
            text.append('?').append(params.size());
            return this;
        }

        String text() {
            return text.toString();
        }

        List<Object> params() {
            return params;
        }
    }
}
