package org.safeguard.familysafeguarding.data;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import org.safeguard.familysafeguarding.model.WorkbookEntry;
import org.safeguard.familysafeguarding.model.WorkbookRevision;
import org.safeguard.platform.api.persistence.Transactions;

/** The family workbook's chapters and monthly summaries, and their earlier versions. */
public final class WorkbookRepository {

    private final EntityManagerFactory factory;

    public WorkbookRepository(EntityManagerFactory factory) {
        this.factory = factory;
    }

    public List<WorkbookEntry> ofFamily(long familyId) {
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT e FROM WorkbookEntry e WHERE e.familyId = :family ORDER BY e.id", WorkbookEntry.class)
                .setParameter("family", familyId).getResultList());
    }

    public Optional<WorkbookEntry> find(long familyId, long entryId) {
        return Transactions.read(factory, em -> Optional.ofNullable(em.find(WorkbookEntry.class, entryId))
                .filter(e -> e.familyId() == familyId));
    }

    public Optional<WorkbookEntry> findSlot(long familyId, String entryKey) {
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT e FROM WorkbookEntry e WHERE e.familyId = :family AND e.entryKey = :key", WorkbookEntry.class)
                .setParameter("family", familyId)
                .setParameter("key", entryKey)
                .getResultList().stream().findFirst());
    }

    /**
     * Writes a new chapter or summary.
     *
     * @return empty when its slot was filled meanwhile (the database's unique index refused it)
     */
    public Optional<WorkbookEntry> create(WorkbookEntry entry) {
        try {
            return Optional.of(Transactions.inTransaction(factory, em -> {
                em.persist(entry);
                em.flush();
                return entry;
            }));
        } catch (PersistenceException e) {
            if (findSlot(entry.familyId(), entry.entryKey()).isPresent()) {
                return Optional.empty();
            }
            throw e;
        }
    }


    /**
     * Replaces the entry's text, keeping the current version as a revision, in one transaction.
     *
     * @param expectedRevision the revision the writer started from
     * @return empty when the entry is not on this family
     * @throws OptimisticLockException when someone else saved it meanwhile
     */
    public Optional<WorkbookEntry> edit(long familyId, long entryId, int expectedRevision, String body, String editorName,
                                        LocalDateTime nowUtc) {
        return Transactions.inTransaction(factory, em -> {
            WorkbookEntry entry = em.find(WorkbookEntry.class, entryId);
            if (entry == null || entry.familyId() != familyId) {
                return Optional.<WorkbookEntry>empty();
            }
            if (entry.revision() != expectedRevision) {
                throw new OptimisticLockException("workbook entry " + entryId + " is at revision " + entry.revision()
                        + ", the edit started from " + expectedRevision);
            }
            em.persist(entry.supersede(nowUtc));
            entry.revise(body, editorName, nowUtc);
            em.flush();
            return Optional.of(entry);
        });
    }

    /** Earlier versions, oldest first; the entry itself is the latest. */
    public List<WorkbookRevision> revisions(long entryId) {
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT r FROM WorkbookRevision r WHERE r.entryId = :entry ORDER BY r.revision", WorkbookRevision.class)
                .setParameter("entry", entryId).getResultList());
    }
}
