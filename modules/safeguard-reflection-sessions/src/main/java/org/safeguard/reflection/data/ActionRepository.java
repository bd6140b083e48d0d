package org.safeguard.reflection.data;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;

import org.safeguard.platform.api.persistence.Transactions;
import org.safeguard.reflection.model.ActionEvent;
import org.safeguard.reflection.model.DiscussionAction;
import org.safeguard.reflection.rules.DriftRule;

/** Actions agreed at discussions: the work trays' open ones, a family's, and marking them done. */
public final class ActionRepository {

    private final EntityManagerFactory factory;

    public ActionRepository(EntityManagerFactory factory) {
        this.factory = factory;
    }

    public Optional<DiscussionAction> find(long actionId, long authorityId) {
        return Transactions.read(factory, em -> Optional.ofNullable(em.find(DiscussionAction.class, actionId)))
                .filter(a -> a.authorityId() == authorityId);
    }

    /** Actions of these discussions, by discussion id, in the order they were agreed. */
    public Map<Long, List<DiscussionAction>> ofDiscussions(Collection<Long> discussionIds) {
        Map<Long, List<DiscussionAction>> byDiscussion = new HashMap<>();
        for (List<Long> chunk : Chunks.of(discussionIds)) {
            Transactions.read(factory, em -> em.createQuery(
                            "SELECT a FROM DiscussionAction a WHERE a.discussionId IN :discussions ORDER BY a.id",
                            DiscussionAction.class)
                    .setParameter("discussions", chunk).getResultList())
                    .forEach(a -> byDiscussion.computeIfAbsent(a.discussionId(), k -> new ArrayList<>()).add(a));
        }
        return byDiscussion;
    }

    /** A family's open actions, the earliest due first. */
    public List<DiscussionAction> openForFamily(long authorityId, long familyId) {
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT a FROM DiscussionAction a WHERE a.authorityId = :authority AND a.familyId = :family"
                                + " AND a.done = FALSE ORDER BY a.dueOn, a.id", DiscussionAction.class)
                .setParameter("authority", authorityId)
                .setParameter("family", familyId)
                .getResultList());
    }

    /** Open actions owned by this user, the earliest due first. */
    public List<DiscussionAction> openOwnedBy(long authorityId, long userId) {
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT a FROM DiscussionAction a WHERE a.authorityId = :authority AND a.ownerUserId = :owner"
                                + " AND a.done = FALSE ORDER BY a.dueOn, a.id", DiscussionAction.class)
                .setParameter("authority", authorityId)
                .setParameter("owner", userId)
                .getResultList());
    }

    /** Open actions of these families for the drift rule, by family id. */
    public Map<Long, List<DriftRule.OpenAction>> openByFamily(long authorityId, Collection<Long> familyIds) {
        Map<Long, List<DriftRule.OpenAction>> open = new HashMap<>();
        for (List<Long> chunk : Chunks.of(familyIds)) {
            Transactions.read(factory, em -> em.createQuery(
                            "SELECT a.familyId, a.agreedOn, a.dueOn FROM DiscussionAction a WHERE a.authorityId = :authority"
                                    + " AND a.familyId IN :families AND a.done = FALSE", Object[].class)
                    .setParameter("authority", authorityId)
                    .setParameter("families", chunk)
                    .getResultList()).forEach(row -> open.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                    .add(new DriftRule.OpenAction((LocalDate) row[1], (LocalDate) row[2])));
        }
        return open;
    }

    /** Open actions of sessions of these teams due by {@code dueBy} (overdue ones included), earliest first. */
    public List<DiscussionAction> openDueBy(Collection<Long> teamIds, LocalDate dueBy) {
        List<DiscussionAction> due = new ArrayList<>();
        for (List<Long> chunk : Chunks.of(teamIds)) {
            due.addAll(Transactions.read(factory, em -> em.createQuery(
                            "SELECT a FROM DiscussionAction a WHERE a.teamId IN :teams AND a.done = FALSE"
                                    + " AND a.dueOn <= :dueBy ORDER BY a.dueOn, a.id", DiscussionAction.class)
                    .setParameter("teams", chunk)
                    .setParameter("dueBy", dueBy)
                    .getResultList()));
        }
        return due;
    }

    /**
     * Marks an action done or open again, with an event saying who and when; false (and nothing
     * written) when it already was.
     */
    public boolean setDone(long actionId, boolean done, long byUserId, String byName, LocalDate today, Instant now) {
        return Transactions.inTransaction(factory, em -> {
            DiscussionAction action = em.find(DiscussionAction.class, actionId, LockModeType.PESSIMISTIC_WRITE);
            if (action == null || action.done() == done) {
                return false;
            }
            action.markDone(done, byName, today);
            em.persist(new ActionEvent(actionId, done, byUserId, byName, now));
            return true;
        });
    }

    /** Each action's changes of state, oldest first, by action id. */
    public Map<Long, List<ActionEvent>> events(Collection<Long> actionIds) {
        Map<Long, List<ActionEvent>> events = new HashMap<>();
        for (List<Long> chunk : Chunks.of(actionIds)) {
            Transactions.read(factory, em -> em.createQuery(
                            "SELECT e FROM ActionEvent e WHERE e.actionId IN :actions ORDER BY e.occurredAtUtc, e.id",
                            ActionEvent.class)
                    .setParameter("actions", chunk).getResultList())
                    .forEach(e -> events.computeIfAbsent(e.actionId(), k -> new ArrayList<>()).add(e));
        }
        return events;
    }
}
