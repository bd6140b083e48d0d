package org.safeguard.familysafeguarding.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.safeguard.familysafeguarding.model.ToxicTrioFactor;
import org.safeguard.platform.api.persistence.Transactions;

/** Toxic-trio factors. Every lookup by id is by family AND id, so another family's factor is simply not found. */
public final class FactorRepository {

    private final EntityManagerFactory factory;

    public FactorRepository(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /** The family's factors, open and ended, oldest identified first. */
    public List<ToxicTrioFactor> ofFamily(long familyId) {
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT f FROM ToxicTrioFactor f WHERE f.familyId = :family ORDER BY f.identifiedOn, f.id",
                        ToxicTrioFactor.class)
                .setParameter("family", familyId).getResultList());
    }

    /** The open factors of these families: for team lists and the waiting rule. */
    public List<ToxicTrioFactor> openOfFamilies(Collection<Long> familyIds) {
        List<ToxicTrioFactor> found = new ArrayList<>();
        for (List<Long> chunk : Chunks.of(familyIds)) {
            found.addAll(Transactions.read(factory, em -> em.createQuery(
                            "SELECT f FROM ToxicTrioFactor f WHERE f.familyId IN :families AND f.endedOn IS NULL"
                                    + " ORDER BY f.identifiedOn, f.id", ToxicTrioFactor.class)
                    .setParameter("families", chunk).getResultList()));
        }
        return found;
    }

    public Optional<ToxicTrioFactor> find(long familyId, long factorId) {
        return Transactions.read(factory, em -> Optional.ofNullable(em.find(ToxicTrioFactor.class, factorId))
                .filter(f -> f.familyId() == familyId));
    }

    /**
     * Saves a new factor unless the same adult already has the same factor open (checked inside the
     * transaction, so a double submit does not record it twice).
     *
     * @return empty when it is already recorded and open
     */
    public Optional<ToxicTrioFactor> record(ToxicTrioFactor factor) {
        return Transactions.inTransaction(factory, em -> {
            if (openDuplicate(em, factor)) {
                return Optional.<ToxicTrioFactor>empty();
            }
            em.persist(factor);
            em.flush(); // the id, for the audit entry
            return Optional.of(factor);
        });
    }


    /** @return empty when the factor is not on this family or has already ended */
    public Optional<ToxicTrioFactor> end(long familyId, long factorId, LocalDate on, String reason, String byName,
                                         LocalDateTime atUtc) {
        return Transactions.inTransaction(factory, em -> {
            ToxicTrioFactor factor = em.find(ToxicTrioFactor.class, factorId);
            if (factor == null || factor.familyId() != familyId || !factor.open()) {
                return Optional.<ToxicTrioFactor>empty();
            }
            factor.end(on, reason, byName, atUtc);
            em.flush();
            return Optional.of(factor);
        });
    }

    private static boolean openDuplicate(EntityManager em, ToxicTrioFactor factor) {
        return em.createQuery("SELECT COUNT(f) FROM ToxicTrioFactor f WHERE f.familyId = :family"
                        + " AND f.adultPersonId = :adult AND f.kind = :kind AND f.endedOn IS NULL", Long.class)
                .setParameter("family", factor.familyId())
                .setParameter("adult", factor.adultPersonId())
                .setParameter("kind", factor.kind().name())
                .getSingleResult() > 0;
    }
}
