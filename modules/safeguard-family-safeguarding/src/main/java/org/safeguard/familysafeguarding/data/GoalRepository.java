package org.safeguard.familysafeguarding.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;

import org.safeguard.familysafeguarding.model.GoalReview;
import org.safeguard.familysafeguarding.model.GoalStatus;
import org.safeguard.familysafeguarding.model.ParentGoal;
import org.safeguard.platform.api.persistence.Transactions;

/** Goals agreed with parents and their reviews. */
public final class GoalRepository {

    private final EntityManagerFactory factory;

    public GoalRepository(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /** The family's goals: open ones first (next review soonest), then closed ones, latest first. */
    public List<ParentGoal> ofFamily(long familyId) {
        List<ParentGoal> goals = new ArrayList<>(Transactions.read(factory, em -> em.createQuery(
                        "SELECT g FROM ParentGoal g WHERE g.familyId = :family ORDER BY g.setOn DESC, g.id DESC",
                        ParentGoal.class)
                .setParameter("family", familyId).getResultList()));
        goals.sort(Comparator.comparing((ParentGoal g) -> !g.open())
                .thenComparing(g -> g.open() ? g.nextReviewOn() : null,
                        Comparator.nullsLast(Comparator.naturalOrder())));
        return goals;
    }

    public Optional<ParentGoal> find(long familyId, long goalId) {
        return Transactions.read(factory, em -> Optional.ofNullable(em.find(ParentGoal.class, goalId))
                .filter(g -> g.familyId() == familyId));
    }

    /** Oldest first. */
    public List<GoalReview> reviews(long goalId) {
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT r FROM GoalReview r WHERE r.goalId = :goal ORDER BY r.reviewedOn, r.id", GoalReview.class)
                .setParameter("goal", goalId).getResultList());
    }

    /** The latest review of each of these goals; never reviewed: absent. */
    public Map<Long, GoalReview> latestReviews(Collection<Long> goalIds) {
        Map<Long, GoalReview> latest = new HashMap<>();
        for (List<Long> chunk : Chunks.of(goalIds)) {
            Transactions.read(factory, em -> em.createQuery(
                            "SELECT r FROM GoalReview r WHERE r.goalId IN :goals ORDER BY r.reviewedOn, r.id",
                            GoalReview.class)
                    .setParameter("goals", chunk).getResultList())
                    .forEach(r -> latest.put(r.goalId(), r));
        }
        return latest;
    }

    public ParentGoal set(ParentGoal goal) {
        return Transactions.inTransaction(factory, em -> {
            em.persist(goal);
            em.flush();
            return goal;
        });
    }

    /**
     * Saves a review and moves the goal on, in one transaction.
     *
     * @param expectedVersion the goal's version the reviewer saw
     * @return empty when the goal is not on this family or no longer open
     * @throws OptimisticLockException when someone reviewed it meanwhile
     */
    public Optional<ParentGoal> review(long familyId, long goalId, int expectedVersion, GoalReview review, boolean stop) {
        return Transactions.inTransaction(factory, em -> {
            ParentGoal goal = em.find(ParentGoal.class, goalId);
            if (goal == null || goal.familyId() != familyId || !goal.open()) {
                return Optional.<ParentGoal>empty();
            }
            if (goal.rowVersion() != expectedVersion) {
                throw new OptimisticLockException("goal " + goalId + " changed while it was being reviewed");
            }
            em.persist(review);
            goal.reviewed(review, stop);
            em.flush();
            return Optional.of(goal);
        });
    }

    /** Open goals under these assignments whose review is due by {@code dueBy} (or overdue). */
    public List<ParentGoal> reviewsDue(Collection<Long> assignmentIds, LocalDate dueBy) {
        List<ParentGoal> due = new ArrayList<>();
        for (List<Long> chunk : Chunks.of(assignmentIds)) {
            due.addAll(Transactions.read(factory, em -> em.createQuery(
                            "SELECT g FROM ParentGoal g WHERE g.assignmentId IN :ids AND g.status = :open"
                                    + " AND g.nextReviewOn <= :dueBy", ParentGoal.class)
                    .setParameter("ids", chunk)
                    .setParameter("open", GoalStatus.OPEN.name())
                    .setParameter("dueBy", dueBy)
                    .getResultList()));
        }
        return due;
    }

    /** The soonest next review of the open goals under each assignment; none: absent. */
    public Map<Long, LocalDate> nextReviews(Collection<Long> assignmentIds) {
        Map<Long, LocalDate> next = new HashMap<>();
        for (List<Long> chunk : Chunks.of(assignmentIds)) {
            Transactions.read(factory, em -> em.createQuery(
                            "SELECT g.assignmentId, MIN(g.nextReviewOn) FROM ParentGoal g WHERE g.assignmentId IN :ids"
                                    + " AND g.status = :open GROUP BY g.assignmentId", Object[].class)
                    .setParameter("ids", chunk)
                    .setParameter("open", GoalStatus.OPEN.name())
                    .getResultList())
                    .forEach(row -> {
                        if (row[1] != null) {
                            next.put((Long) row[0], (LocalDate) row[1]);
                        }
                    });
        }
        return next;
    }
}
