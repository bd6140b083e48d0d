package org.safeguard.familysafeguarding.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.safeguard.familysafeguarding.model.AssignmentEndReason;
import org.safeguard.familysafeguarding.model.PractitionerAssignment;
import org.safeguard.platform.api.persistence.Transactions;

/** Adult practitioners' assignments to parents, open and ended. */
public final class AssignmentRepository {

    private final EntityManagerFactory factory;

    public AssignmentRepository(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /** The family's assignments, open first, then the most recently ended; within each, latest start first. */
    public List<PractitionerAssignment> ofFamily(long familyId) {
        List<PractitionerAssignment> all = new ArrayList<>(Transactions.read(factory, em -> em.createQuery(
                        "SELECT a FROM PractitionerAssignment a WHERE a.familyId = :family"
                                + " ORDER BY a.startedOn DESC, a.id DESC", PractitionerAssignment.class)
                .setParameter("family", familyId).getResultList()));
        all.sort((a, b) -> Boolean.compare(!a.open(), !b.open()));
        return all;
    }

    /** Open and ended assignments of these families: the waiting rule needs the ended ones too. */
    public List<PractitionerAssignment> ofFamilies(Collection<Long> familyIds) {
        List<PractitionerAssignment> found = new ArrayList<>();
        for (List<Long> chunk : Chunks.of(familyIds)) {
            found.addAll(Transactions.read(factory, em -> em.createQuery(
                            "SELECT a FROM PractitionerAssignment a WHERE a.familyId IN :families"
                                    + " ORDER BY a.startedOn, a.id", PractitionerAssignment.class)
                    .setParameter("families", chunk).getResultList()));
        }
        return found;
    }

    public Optional<PractitionerAssignment> find(long familyId, long assignmentId) {
        return Transactions.read(factory, em -> Optional.ofNullable(em.find(PractitionerAssignment.class, assignmentId))
                .filter(a -> a.familyId() == familyId));
    }

    /** A practitioner's open assignments, by family then adult. */
    public List<PractitionerAssignment> openOf(long practitionerUserId) {
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT a FROM PractitionerAssignment a WHERE a.practitionerUserId = :user AND a.endedOn IS NULL"
                                + " ORDER BY a.familyId, a.adultName, a.id", PractitionerAssignment.class)
                .setParameter("user", practitionerUserId).getResultList());
    }

    public boolean hasOpen(long practitionerUserId, long familyId) {
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT COUNT(a) FROM PractitionerAssignment a WHERE a.practitionerUserId = :user"
                                + " AND a.familyId = :family AND a.endedOn IS NULL", Long.class)
                .setParameter("user", practitionerUserId)
                .setParameter("family", familyId)
                .getSingleResult() > 0);
    }

    /** Families each practitioner works with now (a family counts once however many of its adults they see). */
    public Map<Long, Integer> openFamiliesPerPractitioner(Collection<Long> practitionerUserIds) {
        Map<Long, Integer> counts = new HashMap<>();
        for (List<Long> chunk : Chunks.of(practitionerUserIds)) {
            Transactions.read(factory, em -> em.createQuery(
                            "SELECT a.practitionerUserId, COUNT(DISTINCT a.familyId) FROM PractitionerAssignment a"
                                    + " WHERE a.practitionerUserId IN :users AND a.endedOn IS NULL"
                                    + " GROUP BY a.practitionerUserId", Object[].class)
                    .setParameter("users", chunk).getResultList())
                    .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).intValue()));
        }
        return counts;
    }

    /** Open assignments in these teams: for the work tray's goal reviews. */
    public List<PractitionerAssignment> openOfTeams(Set<Long> teamIds) {
        if (teamIds.isEmpty()) {
            return List.of(); // an empty IN () is not valid SQL on Derby
        }
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT a FROM PractitionerAssignment a WHERE a.teamId IN :teams AND a.endedOn IS NULL",
                        PractitionerAssignment.class)
                .setParameter("teams", teamIds).getResultList());
    }

    /**
     * Saves a new assignment unless the same practitioner already works with the same adult in the
     * same discipline (checked inside the transaction).
     *
     * @return empty for such a duplicate
     */
    public Optional<PractitionerAssignment> start(PractitionerAssignment assignment) {
        return Transactions.inTransaction(factory, em -> {
            if (openDuplicate(em, assignment)) {
                return Optional.<PractitionerAssignment>empty();
            }
            em.persist(assignment);
            em.flush();
            return Optional.of(assignment);
        });
    }


    /** @return empty when not on this family or already ended */
    public Optional<PractitionerAssignment> end(long familyId, long assignmentId, LocalDate on,
                                                AssignmentEndReason reason, String byName, LocalDateTime atUtc) {
        return Transactions.inTransaction(factory, em -> {
            PractitionerAssignment assignment = em.find(PractitionerAssignment.class, assignmentId);
            if (assignment == null || assignment.familyId() != familyId || !assignment.open()) {
                return Optional.<PractitionerAssignment>empty();
            }
            assignment.end(on, reason, byName, atUtc);
            em.flush();
            return Optional.of(assignment);
        });
    }

    private static boolean openDuplicate(EntityManager em, PractitionerAssignment assignment) {
        return em.createQuery("SELECT COUNT(a) FROM PractitionerAssignment a WHERE a.practitionerUserId = :user"
                        + " AND a.adultPersonId = :adult AND a.familyId = :family AND a.discipline = :discipline"
                        + " AND a.endedOn IS NULL", Long.class)
                .setParameter("user", assignment.practitionerUserId())
                .setParameter("adult", assignment.adultPersonId())
                .setParameter("family", assignment.familyId())
                .setParameter("discipline", assignment.discipline().name())
                .getSingleResult() > 0;
    }
}
