package org.safeguard.platform.audit;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TypedQuery;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.platform.api.audit.AuditEntry;
import org.safeguard.platform.api.audit.AuditEvent;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.persistence.Transactions;

/**
 * The audit log over its two tables. Writers serialise on the head row, which the database locks,
 * so several nodes sharing one PostgreSQL still build one unbroken chain.
 */
@Component(service = AuditLog.class)
public class JpaAuditLog implements AuditLog {

    private static final int VERIFY_BATCH = 500;

    private final EntityManagerFactory factory;
    private final int verifyBatch;

    @Activate
    public JpaAuditLog(@Reference(target = "(safeguard.unit=safeguard-platform-audit)") EntityManagerFactory factory) {
        this(factory, VERIFY_BATCH);
    }

    JpaAuditLog(EntityManagerFactory factory, int verifyBatch) {
        this.factory = factory;
        this.verifyBatch = verifyBatch;
    }

    @Override
    public AuditEntry record(AuditEvent event) {
        AuditEvent fitted = AuditFields.fit(event);
        return Transactions.inTransaction(factory, em -> {
            AuditHead head = lockHead(em);
            long sequence = head.lastSequence() + 1;
            // timed under the lock, so entry times never run backwards along the chain
            Instant at = StoredAuditEntry.storable(AuditChain.truncate(Instant.now()));
            String hash = AuditChain.hash(sequence, at, fitted, head.lastHash());
            AuditEntry entry = new AuditEntry(sequence, at, fitted, head.lastHash(), hash);
            em.persist(StoredAuditEntry.of(entry));
            head.advance(sequence, hash);
            return entry;
        });
    }

    /**
     * A no-op UPDATE takes the row's write lock on every database (Derby's FOR UPDATE support is
     * narrower than PostgreSQL's); the read after it sees the newest committed head.
     */
    private static AuditHead lockHead(EntityManager em) {
        int locked = em.createQuery("UPDATE AuditHead h SET h.lastSequence = h.lastSequence WHERE h.id = :id")
                .setParameter("id", AuditHead.ID)
                .executeUpdate();
        if (locked != 1) {
            throw new IllegalStateException("The audit head row is missing: the audit schema was not migrated");
        }
        return em.find(AuditHead.class, AuditHead.ID);
    }

    /** An authority sees its own entries and the platform-wide ones, which belong to no authority. */
    private static final String OF_AUTHORITY = " WHERE e.authorityId = :authority OR e.authorityId IS NULL";

    @Override
    public List<AuditEntry> recent(Long authorityId, int offset, int limit) {
        return Transactions.read(factory, em -> {
            TypedQuery<StoredAuditEntry> query = authorityId == null
                    ? em.createQuery("SELECT e FROM StoredAuditEntry e ORDER BY e.sequence DESC", StoredAuditEntry.class)
                    : em.createQuery("SELECT e FROM StoredAuditEntry e" + OF_AUTHORITY + " ORDER BY e.sequence DESC",
                            StoredAuditEntry.class).setParameter("authority", authorityId);
            return query.setFirstResult(Math.max(0, offset))
                    .setMaxResults(Math.max(0, limit))
                    .getResultList().stream().map(StoredAuditEntry::toEntry).toList();
        });
    }

    @Override
    public long count(Long authorityId) {
        return Transactions.read(factory, em -> authorityId == null
                ? em.createQuery("SELECT COUNT(e) FROM StoredAuditEntry e", Long.class).getSingleResult()
                : em.createQuery("SELECT COUNT(e) FROM StoredAuditEntry e" + OF_AUTHORITY, Long.class)
                        .setParameter("authority", authorityId).getSingleResult());
    }

    @Override
    public AuditVerification verify() {
        return Transactions.read(factory, em -> {
            // entries written after this read are not yet the head's business: check up to here
            AuditHead head = em.find(AuditHead.class, AuditHead.ID);
            AuditChain.Verifier verifier = new AuditChain.Verifier();
            long after = 0;
            boolean going = true;
            while (going) {
                List<StoredAuditEntry> batch = em.createQuery(
                                "SELECT e FROM StoredAuditEntry e WHERE e.sequence > :after AND e.sequence <= :last ORDER BY e.sequence",
                                StoredAuditEntry.class)
                        .setParameter("after", after)
                        .setParameter("last", head.lastSequence())
                        .setMaxResults(verifyBatch)
                        .getResultList();
                for (StoredAuditEntry row : batch) {
                    AuditEntry entry = row.toEntry();
                    after = entry.sequence();
                    if (!verifier.accept(entry)) {
                        going = false;
                        break;
                    }
                }
                going = going && batch.size() == verifyBatch;
                em.clear();
            }
            verifier.expectEnd(head.lastSequence(), head.lastHash());
            return new AuditVerification(verifier.intact(), verifier.checked(), verifier.firstBroken());
        });
    }
}
