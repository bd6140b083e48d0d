package org.safeguard.familysafeguarding.data;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManagerFactory;

import org.safeguard.familysafeguarding.model.ParentSession;
import org.safeguard.platform.api.persistence.Transactions;

/** Sessions with parents; every lookup by id is by family AND id. */
public final class SessionRepository {

    private final EntityManagerFactory factory;

    public SessionRepository(EntityManagerFactory factory) {
        this.factory = factory;
    }

    public long count(long familyId) {
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT COUNT(s) FROM ParentSession s WHERE s.familyId = :family", Long.class)
                .setParameter("family", familyId).getSingleResult());
    }

    /** One page of the family's sessions, latest first. */
    public List<ParentSession> page(long familyId, int offset, int size) {
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT s FROM ParentSession s WHERE s.familyId = :family ORDER BY s.heldOn DESC, s.id DESC",
                        ParentSession.class)
                .setParameter("family", familyId)
                .setFirstResult(offset)
                .setMaxResults(size)
                .getResultList());
    }

    public Optional<ParentSession> find(long familyId, long sessionId) {
        return Transactions.read(factory, em -> Optional.ofNullable(em.find(ParentSession.class, sessionId))
                .filter(s -> s.familyId() == familyId));
    }

    public ParentSession record(ParentSession session) {
        return Transactions.inTransaction(factory, em -> {
            em.persist(session);
            em.flush();
            return session;
        });
    }


    /** The latest session held (attended or not) under each of these assignments; none yet: absent. */
    public Map<Long, LocalDate> lastHeld(Collection<Long> assignmentIds) {
        Map<Long, LocalDate> last = new HashMap<>();
        for (List<Long> chunk : Chunks.of(assignmentIds)) {
            Transactions.read(factory, em -> em.createQuery(
                            "SELECT s.assignmentId, MAX(s.heldOn) FROM ParentSession s WHERE s.assignmentId IN :ids"
                                    + " GROUP BY s.assignmentId", Object[].class)
                    .setParameter("ids", chunk).getResultList())
                    .forEach(row -> last.put((Long) row[0], (LocalDate) row[1]));
        }
        return last;
    }
}
