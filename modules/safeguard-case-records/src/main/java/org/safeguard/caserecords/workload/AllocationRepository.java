package org.safeguard.caserecords.workload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;

import org.safeguard.caserecords.model.Allocation;
import org.safeguard.caserecords.model.CaseRecord;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.persistence.Transactions;

/** Reads a case's allocation history and writes a new allocation: end rows, add rows, copy onto the case, in one transaction. */
final class AllocationRepository {

    /**
     * A case changes hands a few times a year at most; the cap only guards the page against a
     * runaway import, it never cuts a real history.
     */
    static final int HISTORY_CAP = 500;

    private final EntityManagerFactory factory;

    AllocationRepository(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /** Newest first; among rows that started the same day, the lead before the co-worker. */
    List<Allocation> history(long caseId) {
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT a FROM Allocation a WHERE a.caseId = :case"
                                + " ORDER BY a.fromDate DESC, a.role DESC, a.id DESC", Allocation.class)
                .setParameter("case", caseId)
                .setMaxResults(HISTORY_CAP)
                .getResultList());
    }

    /** The case row itself: its version is what the form carries to catch a concurrent change. */
    Optional<CaseRecord> caseRecord(long caseId) {
        return Transactions.read(factory, em -> Optional.ofNullable(em.find(CaseRecord.class, caseId)));
    }

    /**
     * Who takes the case from when. The same worker staying in the same role and team keeps their
     * row (their history is one unbroken period); everyone else's open row ends on {@code on}.
     */
    record NewAllocation(long caseId, int expectedVersion, Team team, CaseHolder lead, CaseHolder coWorker,
                         LocalDate on, String reason, long byUserId, String byName) {}

    /**
     * All or nothing.
     *
     * @throws OptimisticLockException when the case changed since the user loaded the form
     * @throws IllegalStateException   when the case is gone or closed meanwhile
     */
    void allocate(NewAllocation change) {
        Transactions.run(factory, em -> {
            CaseRecord record = em.find(CaseRecord.class, change.caseId());
            if (record == null) {
                throw new IllegalStateException("case " + change.caseId() + " not found");
            }
            if (record.version() != change.expectedVersion()) {
                throw new OptimisticLockException("case " + change.caseId() + " changed since the form was shown");
            }
            if (!record.open()) {
                throw new IllegalStateException("case " + change.caseId() + " is closed");
            }
            List<Allocation.Role> kept = new ArrayList<>();
            for (Allocation row : openRows(em, change.caseId())) {
                CaseHolder continuing = row.role() == Allocation.Role.LEAD ? change.lead() : change.coWorker();
                boolean stays = continuing != null && continuing.id() == row.workerId()
                        && row.teamId() == change.team().id() && !kept.contains(row.role());
                if (stays) {
                    kept.add(row.role());
                } else {
                    row.end(change.on());
                }
            }
            if (!kept.contains(Allocation.Role.LEAD)) {
                em.persist(row(change, change.lead(), Allocation.Role.LEAD));
            }
            if (change.coWorker() != null && !kept.contains(Allocation.Role.CO_WORKER)) {
                em.persist(row(change, change.coWorker(), Allocation.Role.CO_WORKER));
            }
            // The case's district stays: it follows the family, and a worker in another district
            // still sees the case through the allocated-worker rule.
            record.allocate(change.team().id(), change.lead().id(),
                    change.coWorker() == null ? null : change.coWorker().id());
        });
    }

    private static List<Allocation> openRows(EntityManager em, long caseId) {
        return em.createQuery("SELECT a FROM Allocation a WHERE a.caseId = :case AND a.toDate IS NULL"
                        + " ORDER BY a.fromDate DESC, a.id DESC", Allocation.class)
                .setParameter("case", caseId)
                .getResultList();
    }

    private static Allocation row(NewAllocation change, CaseHolder worker, Allocation.Role role) {
        Team team = change.team();
        return new Allocation(change.caseId(), worker.id(), worker.name(), team.id(), team.name(), team.districtId(),
                role, change.on(), change.reason(), change.byUserId(), change.byName());
    }

    /** True when the failure was someone else's change to the same case (a version clash), however it was wrapped. */
    static boolean isConcurrentChange(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException
                    || t.getClass().getName().endsWith("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }
}
