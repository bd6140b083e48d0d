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

import org.safeguard.platform.api.persistence.Transactions;
import org.safeguard.reflection.model.DiscussionAction;
import org.safeguard.reflection.model.FamilyDiscussion;
import org.safeguard.reflection.model.ReflectionSession;
import org.safeguard.reflection.model.RiskRating;
import org.safeguard.reflection.rules.DriftRule;

/** Families' discussions: recorded with their actions in one go, and read back for a family or a team. */
public final class DiscussionRepository {

    /** An action as the form agreed it. */
    public record NewAction(String description, long ownerUserId, String ownerName, LocalDate dueOn) {}

    /** A discussion with the session it was held at. */
    public record Held(FamilyDiscussion discussion, ReflectionSession session) {}

    private final EntityManagerFactory factory;

    public DiscussionRepository(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /**
     * Records a family's discussion at a session, or revises it, with any new actions: one
     * transaction, so a failure saves none of it.
     *
     * @param expectedVersion the version of the discussion the form showed; null for a new discussion
     * @throws ChangedMeanwhile when the session has ended or someone else recorded or revised the discussion meanwhile
     */
    public FamilyDiscussion record(long sessionId, long familyId, Integer expectedVersion, FamilyDiscussion.Content content,
                                   List<NewAction> actions, long byUserId, String byName, Instant now) {
        return Transactions.inTransaction(factory, em -> {
            ReflectionSession session = SessionRepository.lock(em, sessionId);
            if (!session.scheduled()) {
                throw new ChangedMeanwhile("The session has been " + session.status().label().toLowerCase()
                        + " meanwhile, so nothing was saved.");
            }
            List<FamilyDiscussion> existing = em.createQuery(
                            "SELECT d FROM FamilyDiscussion d WHERE d.sessionId = :session AND d.familyId = :family",
                            FamilyDiscussion.class)
                    .setParameter("session", sessionId)
                    .setParameter("family", familyId)
                    .getResultList();
            FamilyDiscussion discussion;
            if (existing.isEmpty()) {
                if (expectedVersion != null) {
                    throw new ChangedMeanwhile("This discussion has been removed meanwhile, so nothing was saved.");
                }
                discussion = new FamilyDiscussion(session.authorityId(), sessionId, session.teamId(), familyId,
                        session.heldOn(), content, byUserId, byName, now);
                em.persist(discussion);
                em.flush();
            } else {
                discussion = existing.get(0);
                if (expectedVersion == null || expectedVersion != discussion.version()) {
                    throw new ChangedMeanwhile("Someone else recorded this discussion while you were writing, so "
                            + "nothing was saved. Their version is shown below.");
                }
                discussion.revise(content, byName, now);
            }
            for (NewAction action : actions) {
                em.persist(new DiscussionAction(discussion, action.description(), action.ownerUserId(),
                        action.ownerName(), action.dueOn(), byUserId, now));
                // one at a time: EclipseLink may otherwise insert them out of order, and ids give the order agreed
                em.flush();
            }
            return discussion;
        });
    }

    public Optional<FamilyDiscussion> find(long sessionId, long familyId) {
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT d FROM FamilyDiscussion d WHERE d.sessionId = :session AND d.familyId = :family",
                        FamilyDiscussion.class)
                .setParameter("session", sessionId)
                .setParameter("family", familyId)
                .getResultList()).stream().findFirst();
    }

    /** A session's discussions by family id. */
    public Map<Long, FamilyDiscussion> ofSession(long sessionId) {
        Map<Long, FamilyDiscussion> byFamily = new HashMap<>();
        Transactions.read(factory, em -> em.createQuery(
                        "SELECT d FROM FamilyDiscussion d WHERE d.sessionId = :session", FamilyDiscussion.class)
                .setParameter("session", sessionId).getResultList())
                .forEach(d -> byFamily.put(d.familyId(), d));
        return byFamily;
    }

    /** How many families each of these sessions discussed, by session id; none: absent. */
    public Map<Long, Long> countsBySession(Collection<Long> sessionIds) {
        Map<Long, Long> counts = new HashMap<>();
        for (List<Long> chunk : Chunks.of(sessionIds)) {
            Transactions.read(factory, em -> em.createQuery(
                            "SELECT d.sessionId, COUNT(d) FROM FamilyDiscussion d WHERE d.sessionId IN :sessions"
                                    + " GROUP BY d.sessionId", Object[].class)
                    .setParameter("sessions", chunk)
                    .getResultList()).forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        }
        return counts;
    }

    /** The date each of these families was last discussed, at any session of the authority; never: absent. */
    public Map<Long, LocalDate> lastDiscussed(long authorityId, Collection<Long> familyIds) {
        Map<Long, LocalDate> last = new HashMap<>();
        for (List<Long> chunk : Chunks.of(familyIds)) {
            Transactions.read(factory, em -> em.createQuery(
                            "SELECT d.familyId, MAX(d.discussedOn) FROM FamilyDiscussion d"
                                    + " WHERE d.authorityId = :authority AND d.familyId IN :families GROUP BY d.familyId",
                            Object[].class)
                    .setParameter("authority", authorityId)
                    .setParameter("families", chunk)
                    .getResultList()).forEach(row -> last.put((Long) row[0], (LocalDate) row[1]));
        }
        return last;
    }

    /** Every discussion's date and rating for these families, oldest first, by family id. */
    public Map<Long, List<DriftRule.Rating>> ratings(long authorityId, Collection<Long> familyIds) {
        Map<Long, List<DriftRule.Rating>> ratings = new HashMap<>();
        for (List<Long> chunk : Chunks.of(familyIds)) {
            Transactions.read(factory, em -> em.createQuery(
                            "SELECT d.familyId, d.discussedOn, d.riskRating FROM FamilyDiscussion d"
                                    + " WHERE d.authorityId = :authority AND d.familyId IN :families"
                                    + " ORDER BY d.discussedOn, d.id", Object[].class)
                    .setParameter("authority", authorityId)
                    .setParameter("families", chunk)
                    .getResultList()).forEach(row -> ratings.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                    .add(new DriftRule.Rating((LocalDate) row[1], (RiskRating) row[2])));
        }
        return ratings;
    }

    /** One page of a family's discussions, newest first, with their sessions. */
    public List<Held> history(long authorityId, long familyId, int offset, int limit) {
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT d, s FROM FamilyDiscussion d, ReflectionSession s WHERE d.sessionId = s.id"
                                + " AND d.authorityId = :authority AND d.familyId = :family"
                                + " ORDER BY d.discussedOn DESC, d.id DESC", Object[].class)
                .setParameter("authority", authorityId)
                .setParameter("family", familyId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList()).stream()
                .map(row -> new Held((FamilyDiscussion) row[0], (ReflectionSession) row[1]))
                .toList();
    }

    public long countHistory(long authorityId, long familyId) {
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT COUNT(d) FROM FamilyDiscussion d WHERE d.authorityId = :authority AND d.familyId = :family",
                        Long.class)
                .setParameter("authority", authorityId)
                .setParameter("family", familyId)
                .getSingleResult());
    }

    /** The family's discussions from {@code from} to {@code to} (inclusive; null: no end), oldest first. */
    public List<Held> between(long authorityId, long familyId, LocalDate from, LocalDate to) {
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT d, s FROM FamilyDiscussion d, ReflectionSession s WHERE d.sessionId = s.id"
                                + " AND d.authorityId = :authority AND d.familyId = :family"
                                + " AND d.discussedOn >= :from AND d.discussedOn <= :to"
                                + " ORDER BY d.discussedOn, d.id", Object[].class)
                .setParameter("authority", authorityId)
                .setParameter("family", familyId)
                .setParameter("from", from)
                .setParameter("to", to == null ? LocalDate.of(9999, 12, 31) : to)
                .getResultList()).stream()
                .map(row -> new Held((FamilyDiscussion) row[0], (ReflectionSession) row[1]))
                .toList();
    }
}
