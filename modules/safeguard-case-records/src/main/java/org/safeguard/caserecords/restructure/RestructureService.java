package org.safeguard.caserecords.restructure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import org.safeguard.caserecords.CaseRecordsModule;
import org.safeguard.caserecords.model.Allocation;
import org.safeguard.caserecords.model.CaseRecord;
import org.safeguard.caserecords.model.RestructureRecord;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.organisation.District;
import org.safeguard.platform.api.organisation.OrganisationChanges;
import org.safeguard.platform.api.organisation.StaffMember;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.persistence.Transactions;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.Role;
import org.safeguard.platform.api.time.CouncilClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a team to another district, merges two teams, or reassigns one worker's cases, keeping
 * who held each case, in which team and district, from when to when: open allocation rows are
 * ended on the effective date and new ones start that day; nothing is overwritten.
 *
 * <p><b>Order of the two steps.</b> A move or merge changes two databases' worth of records: the
 * cases here (this module's persistence unit) and the team in the identity bundle (its own unit).
 * There is no distributed transaction, so one step can succeed and the other fail. The case records
 * step runs first, in one transaction, and the team change second, because that failure is the
 * cheaper one to live with and to finish:
 * <ul>
 * <li>if the cases are saved and the team change fails, every case still has a current holder in a
 * team that exists and is listed (the merged-from team is not retired yet, its members can still
 * act in it), and the administrator is told to run the same restructure again;</li>
 * <li>the other way round, a retired team would still hold open cases, its members could no longer
 * open its caseload, and it would no longer be offered on the form to finish the job.</li>
 * </ul>
 * Running it again is safe: the case step only touches allocations not yet changed (rows of the
 * moved team not yet in the new district; rows and cases still in the merged-from team), and it
 * adds any further cases to the history row the first attempt wrote instead of writing a second;
 * the identity changes are idempotent too.
 *
 * <p>Bulk statements do the work (a benchmark team holds thousands of cases): one
 * {@code INSERT ... SELECT} writes the new allocation rows, one {@code UPDATE} ends the old ones.
 * A reassignment touches one worker's cases (tens) and has cases where the new worker already
 * co-works, so it goes case by case through the entities, in batches.
 */
public class RestructureService {

    private static final Logger LOG = LoggerFactory.getLogger(RestructureService.class);

    /** The roles that hold cases, as on the allocation form (DOMAIN.md; managers may hold some). */
    static final Set<Role> CASE_HOLDING = CaseRecordsModule.CASE_HOLDERS;

    static final String AUTHORITY_WIDE = "authority-wide";

    /** Cases loaded per round trip when reassigning case by case. */
    static final int BATCH = 200;

    private static final int REASON_MAX = 300;
    private static final int DESCRIPTION_MAX = 1000;
    private static final int NAME_MAX = 200;

    /** @param fromName the team's district now, or {@link #AUTHORITY_WIDE} */
    public record TeamMove(long authorityId, Team team, String fromName, District to, LocalDate on) {}

    public record TeamMerge(long authorityId, Team from, Team into, LocalDate on) {}

    /** @param onlyTeam null for the worker's cases in every team */
    public record Reassignment(long authorityId, StaffMember from, StaffMember to, Team toTeam, Team onlyTeam,
                               boolean coWorkerCases, LocalDate on, String reason) {}

    /**
     * What a restructure will touch, shown before it is confirmed and checked again inside its transaction.
     *
     * @param cases       open cases that change hands or move: of the team (move, merge) or led by the worker (reassign)
     * @param otherCases  move: of those, cases of families outside the new district (they keep their district);
     *                    merge: other teams' cases a member of the merged team co-works (their row moves too);
     *                    reassign: cases the worker co-works (when asked to move those too)
     * @param latestStart the latest start of an allocation that will end: the effective date may not be before it
     */
    public record Impact(int cases, int otherCases, LocalDate latestStart) {}

    /** @param unfinished null when done; otherwise why the team change failed after the cases were saved */
    public record Outcome(RestructureRecord record, String unfinished) {

        public boolean done() {
            return unfinished == null;
        }
    }

    private final EntityManagerFactory factory;
    private final OrganisationChanges changes;
    private final AuditLog auditLog;
    private final CouncilClock clock;

    public RestructureService(EntityManagerFactory factory, OrganisationChanges changes, AuditLog auditLog,
                              CouncilClock clock) {
        this.factory = factory;
        this.changes = changes;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    // ---- history

    public long count(long authorityId) {
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT COUNT(r) FROM RestructureRecord r WHERE r.authorityId = :authority", Long.class)
                .setParameter("authority", authorityId).getSingleResult());
    }

    /** Newest first. */
    public List<RestructureRecord> history(long authorityId, int offset, int limit) {
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT r FROM RestructureRecord r WHERE r.authorityId = :authority"
                                + " ORDER BY r.performedAtUtc DESC, r.id DESC", RestructureRecord.class)
                .setParameter("authority", authorityId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList());
    }

    // ---- move a team to another district

    /** Its current rows on open cases that do not yet name the new district: a retry finds only what is left. */
    private static final String MOVE_ROWS = " FROM Allocation a, CaseRecord c WHERE a.caseId = c.id"
            + " AND c.authorityId = :authority AND c.closedOn IS NULL"
            + " AND a.teamId = :team AND a.toDate IS NULL AND (a.districtId IS NULL OR a.districtId <> :district)";

    public Impact impactOf(TeamMove move) {
        return Transactions.read(factory, em -> moveImpact(em, move));
    }

    private static Impact moveImpact(EntityManager em, TeamMove move) {
        Object[] rows = em.createQuery("SELECT COUNT(DISTINCT a.caseId), MAX(a.fromDate)" + MOVE_ROWS, Object[].class)
                .setParameter("authority", move.authorityId())
                .setParameter("team", move.team().id())
                .setParameter("district", move.to().id())
                .getSingleResult();
        long elsewhere = em.createQuery("SELECT COUNT(c) FROM CaseRecord c WHERE c.authorityId = :authority"
                        + " AND c.teamId = :team AND c.closedOn IS NULL AND c.districtId <> :district", Long.class)
                .setParameter("authority", move.authorityId())
                .setParameter("team", move.team().id())
                .setParameter("district", move.to().id())
                .getSingleResult();
        return new Impact(count(rows[0]), (int) elsewhere, date(rows[1]));
    }

    static String moveDescription(TeamMove move) {
        return move.team().name() + " moved from " + move.fromName() + " to " + move.to().name()
                + ". Its open cases stay in the districts where their families live.";
    }

    static String moveReason(TeamMove move) {
        return "Restructure: " + move.team().name() + " moved from " + move.fromName() + " to " + move.to().name();
    }

    public Outcome move(TeamMove move, CurrentUser user, String remoteAddress) {
        Team team = move.team();
        RestructureRecord record = Transactions.inTransaction(factory, em -> {
            Impact impact = moveImpact(em, move);
            requireDateNotBefore(impact, move.on());
            // The same workers in the same team and role, from the effective date, in the new district;
            // the case keeps its own district (it follows the family), so cr_case is not touched.
            int added = em.createNativeQuery("INSERT INTO cr_allocation (case_id, worker_id, worker_name, team_id,"
                            + " team_name, district_id, role, from_date, reason, allocated_by_user_id, allocated_by_name)"
                            + " SELECT a.case_id, a.worker_id, a.worker_name, a.team_id, a.team_name,"
                            + " CAST(?1 AS BIGINT), a.role, CAST(?2 AS DATE), CAST(?3 AS VARCHAR(300)),"
                            + " CAST(?4 AS BIGINT), CAST(?5 AS VARCHAR(200))"
                            + " FROM cr_allocation a, cr_case c WHERE a.case_id = c.id"
                            + " AND c.authority_id = ?6 AND c.closed_on IS NULL AND a.team_id = ?7 AND a.to_date IS NULL"
                            + " AND (a.district_id IS NULL OR a.district_id <> ?8)")
                    .setParameter(1, move.to().id())
                    .setParameter(2, java.sql.Date.valueOf(move.on()))
                    .setParameter(3, truncate(moveReason(move), REASON_MAX))
                    .setParameter(4, user.userId())
                    .setParameter(5, truncate(user.displayName(), NAME_MAX))
                    .setParameter(6, move.authorityId())
                    .setParameter(7, team.id())
                    .setParameter(8, move.to().id())
                    .executeUpdate();
            // the rows just added name the new district, so this ends only the old ones
            int ended = em.createQuery("UPDATE Allocation a SET a.toDate = :on WHERE a.teamId = :team"
                            + " AND a.toDate IS NULL AND (a.districtId IS NULL OR a.districtId <> :district)"
                            + " AND a.caseId IN (SELECT c.id FROM CaseRecord c WHERE c.authorityId = :authority"
                            + " AND c.closedOn IS NULL)")
                    .setParameter("on", move.on())
                    .setParameter("team", team.id())
                    .setParameter("district", move.to().id())
                    .setParameter("authority", move.authorityId())
                    .executeUpdate();
            if (added != ended) {
                throw new IllegalStateException("team " + team.id() + ": " + added + " rows added, " + ended + " ended");
            }
            return record(em, move.authorityId(), RestructureRecord.Kind.TEAM_MOVED, move.on(), moveDescription(move),
                    impact.cases(), user);
        });
        auditLog.record(user, remoteAddress, "restructure.team-move", "team", Long.toString(team.id()),
                "restructure " + record.id() + "; team " + team.id() + " to district " + move.to().id()
                        + "; " + record.casesMoved() + " cases; effective " + move.on());
        try {
            changes.moveTeam(team.id(), move.to().id(), user, remoteAddress);
        } catch (RuntimeException e) {
            return unfinished(record, e, "The open cases' allocation history now shows " + team.name() + " in "
                    + move.to().name() + " from " + RestructureForms.display(move.on()) + ", but the team itself could not be moved: ",
                    "Move the team again with the same choices to finish. Cases already recorded in "
                            + move.to().name() + " will not be recorded twice.");
        }
        return new Outcome(record, null);
    }

    // ---- merge two teams

    /** Current rows of the merged team on open cases of the authority, whichever team holds the case. */
    private static final String MERGE_ROWS = " FROM Allocation a, CaseRecord c WHERE a.caseId = c.id"
            + " AND c.authorityId = :authority AND c.closedOn IS NULL AND a.teamId = :team AND a.toDate IS NULL";

    public Impact impactOf(TeamMerge merge) {
        return Transactions.read(factory, em -> mergeImpact(em, merge));
    }

    private static Impact mergeImpact(EntityManager em, TeamMerge merge) {
        long cases = em.createQuery("SELECT COUNT(c) FROM CaseRecord c WHERE c.authorityId = :authority"
                        + " AND c.teamId = :team AND c.closedOn IS NULL", Long.class)
                .setParameter("authority", merge.authorityId())
                .setParameter("team", merge.from().id())
                .getSingleResult();
        Object[] rows = em.createQuery("SELECT COUNT(DISTINCT a.caseId), MAX(a.fromDate)" + MERGE_ROWS
                        + " AND (c.teamId IS NULL OR c.teamId <> :team)", Object[].class)
                .setParameter("authority", merge.authorityId())
                .setParameter("team", merge.from().id())
                .getSingleResult();
        LocalDate latest = date(em.createQuery("SELECT MAX(a.fromDate)" + MERGE_ROWS, Object.class)
                .setParameter("authority", merge.authorityId())
                .setParameter("team", merge.from().id())
                .getSingleResult());
        return new Impact((int) cases, count(rows[0]), latest);
    }

    static String mergeDescription(TeamMerge merge) {
        return merge.from().name() + " merged into " + merge.into().name() + ". " + merge.from().name()
                + " is retired; its members and open cases are now in " + merge.into().name() + ".";
    }

    static String mergeReason(TeamMerge merge) {
        return "Restructure: " + merge.from().name() + " merged into " + merge.into().name();
    }

    public Outcome merge(TeamMerge merge, CurrentUser user, String remoteAddress) {
        Team from = merge.from();
        Team into = merge.into();
        RestructureRecord record = Transactions.inTransaction(factory, em -> {
            Impact impact = mergeImpact(em, merge);
            requireDateNotBefore(impact, merge.on());
            // an authority-wide team has no district: a literal NULL, since Derby cannot type a null parameter
            String district = into.districtId() == null ? "CAST(NULL AS BIGINT)" : "CAST(?3 AS BIGINT)";
            Query insert = em.createNativeQuery("INSERT INTO cr_allocation (case_id, worker_id, worker_name, team_id,"
                            + " team_name, district_id, role, from_date, reason, allocated_by_user_id, allocated_by_name)"
                            + " SELECT a.case_id, a.worker_id, a.worker_name, CAST(?1 AS BIGINT), CAST(?2 AS VARCHAR(200)), "
                            + district + ", a.role, CAST(?4 AS DATE), CAST(?5 AS VARCHAR(300)),"
                            + " CAST(?6 AS BIGINT), CAST(?7 AS VARCHAR(200))"
                            + " FROM cr_allocation a, cr_case c WHERE a.case_id = c.id"
                            + " AND c.authority_id = ?8 AND c.closed_on IS NULL AND a.team_id = ?9 AND a.to_date IS NULL")
                    .setParameter(1, into.id())
                    .setParameter(2, truncate(into.name(), NAME_MAX))
                    .setParameter(4, java.sql.Date.valueOf(merge.on()))
                    .setParameter(5, truncate(mergeReason(merge), REASON_MAX))
                    .setParameter(6, user.userId())
                    .setParameter(7, truncate(user.displayName(), NAME_MAX))
                    .setParameter(8, merge.authorityId())
                    .setParameter(9, from.id());
            if (into.districtId() != null) {
                insert.setParameter(3, into.districtId());
            }
            int added = insert.executeUpdate();
            // the rows just added are in the other team, so this ends only the old ones
            int ended = em.createQuery("UPDATE Allocation a SET a.toDate = :on WHERE a.teamId = :team AND a.toDate IS NULL"
                            + " AND a.caseId IN (SELECT c.id FROM CaseRecord c WHERE c.authorityId = :authority"
                            + " AND c.closedOn IS NULL)")
                    .setParameter("on", merge.on())
                    .setParameter("team", from.id())
                    .setParameter("authority", merge.authorityId())
                    .executeUpdate();
            if (added != ended) {
                throw new IllegalStateException("team " + from.id() + ": " + added + " rows added, " + ended + " ended");
            }
            // the version moves on, so a form opened on one of these cases before the merge cannot put it back
            int moved = em.createQuery("UPDATE CaseRecord c SET c.teamId = :into, c.version = c.version + 1"
                            + " WHERE c.authorityId = :authority AND c.teamId = :from AND c.closedOn IS NULL")
                    .setParameter("into", into.id())
                    .setParameter("authority", merge.authorityId())
                    .setParameter("from", from.id())
                    .executeUpdate();
            return record(em, merge.authorityId(), RestructureRecord.Kind.TEAMS_MERGED, merge.on(),
                    mergeDescription(merge), moved, user);
        });
        auditLog.record(user, remoteAddress, "restructure.team-merge", "team", Long.toString(from.id()),
                "restructure " + record.id() + "; team " + from.id() + " into team " + into.id()
                        + "; " + record.casesMoved() + " cases; effective " + merge.on());
        try {
            changes.mergeTeams(from.id(), into.id(), user, remoteAddress);
        } catch (RuntimeException e) {
            return unfinished(record, e, "The open cases of " + from.name() + " are now in " + into.name()
                    + ", but " + from.name() + " could not be retired and its members were not added to "
                    + into.name() + ": ",
                    "Merge the teams again with the same choices to finish. Cases already moved will not be moved twice.");
        }
        return new Outcome(record, null);
    }

    // ---- reassign one worker's cases

    public Impact impactOf(Reassignment change) {
        return Transactions.read(factory, em -> reassignImpact(em, change));
    }

    private static Impact reassignImpact(EntityManager em, Reassignment change) {
        long lead = selected(em, change, "SELECT COUNT(c) FROM CaseRecord c", "c.leadWorkerId = :worker", Long.class)
                .getSingleResult();
        long co = !change.coWorkerCases() ? 0 : selected(em, change, "SELECT COUNT(c) FROM CaseRecord c",
                "c.coWorkerId = :worker AND (c.leadWorkerId IS NULL OR c.leadWorkerId <> :worker)", Long.class)
                .getSingleResult();
        String theirCases = change.coWorkerCases() ? "(c.leadWorkerId = :worker OR c.coWorkerId = :worker)"
                : "c.leadWorkerId = :worker";
        LocalDate latest = date(selected(em, change, "SELECT MAX(a.fromDate) FROM Allocation a, CaseRecord c",
                "a.caseId = c.id AND a.toDate IS NULL AND a.workerId = :worker AND " + theirCases, Object.class)
                .getSingleResult());
        return new Impact((int) lead, (int) co, latest);
    }

    /** The worker's open cases in the authority (one team's only, when asked) matching {@code where}. */
    private static <T> TypedQuery<T> selected(EntityManager em, Reassignment change, String select, String where,
                                              Class<T> type) {
        String onlyTeam = change.onlyTeam() == null ? "" : " AND c.teamId = :only";
        TypedQuery<T> query = em.createQuery(select + " WHERE c.authorityId = :authority AND c.closedOn IS NULL AND "
                        + where + onlyTeam, type)
                .setParameter("authority", change.authorityId())
                .setParameter("worker", change.from().id());
        if (change.onlyTeam() != null) {
            query.setParameter("only", change.onlyTeam().id());
        }
        return query;
    }

    /** Whether {@code member} holds a role in {@code team} that can hold cases. */
    static boolean holdsCases(StaffMember member, Team team) {
        return member.teamRoles().stream().anyMatch(r -> r.teamId() == team.id() && CASE_HOLDING.contains(r.role()));
    }

    static String reassignDescription(Reassignment change) {
        String which = change.coWorkerCases() ? "lead and co-worker cases" : "lead cases";
        String scope = change.onlyTeam() == null ? "" : " in " + change.onlyTeam().name();
        return "Open " + which + " of " + change.from().displayName() + scope + " reassigned to "
                + change.to().displayName() + " in " + change.toTeam().name() + ". Reason: " + change.reason();
    }

    static String reassignReason(Reassignment change) {
        return "Restructure: cases of " + change.from().displayName() + " reassigned to " + change.to().displayName()
                + " (" + change.reason() + ")";
    }

    /**
     * All or nothing, in this module's transaction only (no team changes).
     *
     * @throws RestructureRefused when the new worker cannot hold cases in the team, or the date is too early
     */
    public Outcome reassign(Reassignment change, CurrentUser user, String remoteAddress) {
        StaffMember to = change.to();
        Team toTeam = change.toTeam();
        if (!to.active()) {
            throw new RestructureRefused("toWorker", to.displayName() + "'s account is closed. Choose someone who is working");
        }
        if (to.authorityId() != change.authorityId() || toTeam.authorityId() != change.authorityId()
                || !holdsCases(to, toTeam)) {
            throw new RestructureRefused("toWorker", to.displayName() + " does not hold cases in " + toTeam.name()
                    + ". Choose someone with a case-holding role in that team");
        }
        if (to.id() == change.from().id()) {
            throw new RestructureRefused("toWorker", "Choose a different worker to reassign the cases to");
        }
        String reason = truncate(reassignReason(change), REASON_MAX);
        String byName = truncate(user.displayName(), NAME_MAX);
        long fromId = change.from().id();
        long toId = to.id();
        int[] counts = new int[2];
        RestructureRecord record = Transactions.inTransaction(factory, em -> {
            Impact impact = reassignImpact(em, change);
            requireDateNotBefore(impact, change.on());
            String theirCases = change.coWorkerCases() ? "(c.leadWorkerId = :worker OR c.coWorkerId = :worker)"
                    : "c.leadWorkerId = :worker";
            List<Long> ids = selected(em, change, "SELECT c.id FROM CaseRecord c", theirCases, Long.class).getResultList();
            ids = ids.stream().sorted().toList();
            for (int start = 0; start < ids.size(); start += BATCH) {
                List<Long> batch = ids.subList(start, Math.min(ids.size(), start + BATCH));
                Map<Long, List<Allocation>> open = new HashMap<>();
                for (Allocation row : em.createQuery("SELECT a FROM Allocation a WHERE a.caseId IN :ids"
                                + " AND a.toDate IS NULL", Allocation.class)
                        .setParameter("ids", batch).getResultList()) {
                    open.computeIfAbsent(row.caseId(), id -> new ArrayList<>()).add(row);
                }
                for (CaseRecord c : em.createQuery("SELECT c FROM CaseRecord c WHERE c.id IN :ids", CaseRecord.class)
                        .setParameter("ids", batch).getResultList()) {
                    List<Allocation> rows = open.getOrDefault(c.id(), List.of());
                    if (Objects.equals(c.leadWorkerId(), fromId)) {
                        end(rows, fromId, Allocation.Role.LEAD, change.on());
                        em.persist(new Allocation(c.id(), toId, to.displayName(), toTeam.id(), toTeam.name(),
                                toTeam.districtId(), Allocation.Role.LEAD, change.on(), reason, user.userId(), byName));
                        Long coWorker = c.coWorkerId();
                        if (Objects.equals(coWorker, toId)) {
                            // the co-worker becomes the lead: nobody co-works with themselves
                            end(rows, toId, Allocation.Role.CO_WORKER, change.on());
                            coWorker = null;
                        }
                        // the case follows its lead worker's team; its district follows the family
                        c.allocate(toTeam.id(), toId, coWorker);
                        counts[0]++;
                    } else if (Objects.equals(c.coWorkerId(), fromId)) {
                        end(rows, fromId, Allocation.Role.CO_WORKER, change.on());
                        Long coWorker = null;
                        if (!Objects.equals(c.leadWorkerId(), toId)) {
                            em.persist(new Allocation(c.id(), toId, to.displayName(), toTeam.id(), toTeam.name(),
                                    toTeam.districtId(), Allocation.Role.CO_WORKER, change.on(), reason,
                                    user.userId(), byName));
                            coWorker = toId;
                        }
                        c.allocate(c.teamId(), c.leadWorkerId(), coWorker);
                        counts[1]++;
                    }
                }
                // written and forgotten batch by batch, so thousands of cases never sit in memory together
                em.flush();
                em.clear();
            }
            return record(em, change.authorityId(), RestructureRecord.Kind.CASES_REASSIGNED, change.on(),
                    reassignDescription(change), counts[0] + counts[1], user);
        });
        auditLog.record(user, remoteAddress, "restructure.reassign", "staff-account", Long.toString(fromId),
                "restructure " + record.id() + "; worker " + fromId + " to worker " + toId + " in team " + toTeam.id()
                        + (change.onlyTeam() == null ? "" : "; only team " + change.onlyTeam().id())
                        + "; " + counts[0] + " lead, " + counts[1] + " co-worker cases; effective " + change.on());
        return new Outcome(record, null);
    }

    /** Ends the worker's open rows in that role on the date; a row that would end before it began refuses the lot. */
    private static void end(List<Allocation> rows, long workerId, Allocation.Role role, LocalDate on) {
        for (Allocation row : rows) {
            if (row.workerId() == workerId && row.role() == role && row.current()) {
                if (row.fromDate().isAfter(on)) {
                    throw tooEarly(row.fromDate());
                }
                row.end(on);
            }
        }
    }

    // ---- shared

    /**
     * The history row; when the newest row of the authority is the same restructure (a retry after
     * the team change failed) it gets the further cases instead of a second row.
     */
    private RestructureRecord record(EntityManager em, long authorityId, RestructureRecord.Kind kind, LocalDate on,
                                     String description, int cases, CurrentUser user) {
        String text = truncate(description, DESCRIPTION_MAX);
        if (kind != RestructureRecord.Kind.CASES_REASSIGNED) {
            List<RestructureRecord> newest = em.createQuery("SELECT r FROM RestructureRecord r"
                            + " WHERE r.authorityId = :authority ORDER BY r.performedAtUtc DESC, r.id DESC",
                            RestructureRecord.class)
                    .setParameter("authority", authorityId)
                    .setMaxResults(1)
                    .getResultList();
            if (!newest.isEmpty() && newest.get(0).kind() == kind && newest.get(0).effectiveOn().equals(on)
                    && newest.get(0).description().equals(text)) {
                newest.get(0).addCases(cases);
                return newest.get(0);
            }
        }
        RestructureRecord record = new RestructureRecord(authorityId, kind, on, text, cases,
                truncate(user.displayName(), NAME_MAX), clock.nowUtc());
        em.persist(record);
        em.flush();
        return record;
    }

    private static void requireDateNotBefore(Impact impact, LocalDate on) {
        if (impact.latestStart() != null && on.isBefore(impact.latestStart())) {
            throw tooEarly(impact.latestStart());
        }
    }

    static RestructureRefused tooEarly(LocalDate latestStart) {
        return new RestructureRefused("effectiveOnDay", "The date the change takes effect must be on or after "
                + RestructureForms.display(latestStart) + ", when one of these cases was last allocated");
    }

    private Outcome unfinished(RestructureRecord record, RuntimeException e, String saved, String next) {
        String why;
        if (e instanceof IllegalArgumentException) {
            why = e.getMessage();
        } else {
            LOG.error("Restructure {}: the cases were saved but the team change failed", record.id(), e);
            why = "the organisation directory could not be updated";
        }
        return new Outcome(record, saved + why + ". " + next);
    }

    private static int count(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    /** MAX over a date column: a LocalDate, or a java.sql.Date from some drivers. */
    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }

    static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
