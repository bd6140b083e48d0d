package org.safeguard.fostering.data;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;

import org.safeguard.fostering.model.Attendance;
import org.safeguard.fostering.model.ContactAttendee;
import org.safeguard.fostering.model.ContactSession;
import org.safeguard.platform.api.persistence.Transactions;

/** Supervised contact sessions and who came. A session is found by id only together with its case. */
public final class ContactRepository {

    /** A family member as the form gives them. */
    public record Attendee(long personId, String name, String relationship) {}

    private final EntityManagerFactory factory;

    public ContactRepository(EntityManagerFactory factory) {
        this.factory = factory;
    }

    public ContactSession record(ContactSession session, List<Attendee> attendees) {
        return Transactions.inTransaction(factory, em -> {
            em.persist(session);
            em.flush();
            for (Attendee attendee : attendees) {
                em.persist(new ContactAttendee(session.id(), attendee.personId(), attendee.name(), attendee.relationship()));
            }
            return session;
        });
    }

    /**
     * Records what happened at a planned session: its attendance, observations and who came
     * (replacing any planned attendees), refusing when someone else recorded it meanwhile.
     */
    public void recordOutcome(long caseId, long sessionId, int expectedVersion, Attendance attendance,
                              String observations, List<Attendee> attendees, Long userId, String userName,
                              LocalDateTime at) {
        Transactions.run(factory, em -> {
            ContactSession session = em.find(ContactSession.class, sessionId);
            if (session == null || session.caseId() != caseId) {
                throw new Refused("There is no such session.");
            }
            if (session.version() != expectedVersion || session.attendance().recorded()) {
                throw new OptimisticLockException("session " + sessionId + " recorded meanwhile");
            }
            session.recordOutcome(attendance, observations, userId, userName, at);
            em.createQuery("DELETE FROM ContactAttendee a WHERE a.sessionId = :s").setParameter("s", sessionId)
                    .executeUpdate();
            for (Attendee attendee : attendees) {
                em.persist(new ContactAttendee(sessionId, attendee.personId(), attendee.name(), attendee.relationship()));
            }
        });
    }

    public Optional<ContactSession> find(long caseId, long sessionId) {
        return Transactions.read(factory, em -> Optional.ofNullable(em.find(ContactSession.class, sessionId))
                .filter(s -> s.caseId() == caseId));
    }

    public long count(long caseId) {
        return Transactions.read(factory, em -> em.createQuery(
                "SELECT COUNT(s) FROM ContactSession s WHERE s.caseId = :c", Long.class)
                .setParameter("c", caseId).getSingleResult());
    }

    /** A child's sessions, latest first. */
    public List<ContactSession> page(long caseId, int offset, int size) {
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT s FROM ContactSession s WHERE s.caseId = :c ORDER BY s.startsAt DESC, s.id DESC",
                        ContactSession.class)
                .setParameter("c", caseId).setFirstResult(offset).setMaxResults(size).getResultList());
    }

    /** Every session of a child, oldest first: the chronology's entries. */
    public List<ContactSession> allOfCase(long caseId) {
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT s FROM ContactSession s WHERE s.caseId = :c ORDER BY s.startsAt, s.id", ContactSession.class)
                .setParameter("c", caseId).getResultList());
    }

    /** The authority's sessions starting in [from, to), in time order: the contact diary. */
    public List<ContactSession> between(long authorityId, LocalDateTime from, LocalDateTime to) {
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT s FROM ContactSession s WHERE s.authorityId = :a AND s.startsAt >= :f AND s.startsAt < :t"
                                + " ORDER BY s.startsAt, s.id", ContactSession.class)
                .setParameter("a", authorityId).setParameter("f", from).setParameter("t", to).getResultList());
    }

    /** Sessions still marked planned although their start has passed: their record is awaited. */
    public List<ContactSession> awaitingRecord(long authorityId, LocalDateTime now) {
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT s FROM ContactSession s WHERE s.authorityId = :a AND s.attendance = 'PLANNED'"
                                + " AND s.startsAt < :n ORDER BY s.startsAt, s.id", ContactSession.class)
                .setParameter("a", authorityId).setParameter("n", now).getResultList());
    }

    /** Who came to each of these sessions, by session id, in the order recorded. */
    public Map<Long, List<ContactAttendee>> attendees(Collection<Long> sessionIds) {
        Map<Long, List<ContactAttendee>> bySession = new HashMap<>();
        if (sessionIds.isEmpty()) {
            return bySession;
        }
        Transactions.read(factory, em -> {
            for (List<Long> chunk : Chunks.of(sessionIds)) {
                em.createQuery("SELECT a FROM ContactAttendee a WHERE a.sessionId IN :ids ORDER BY a.id", ContactAttendee.class)
                        .setParameter("ids", chunk).getResultList()
                        .forEach(a -> bySession.computeIfAbsent(a.sessionId(), s -> new ArrayList<>()).add(a));
            }
            return null;
        });
        return bySession;
    }

    public boolean anyOfAuthority(long authorityId) {
        return Transactions.read(factory, em -> !em.createQuery(
                        "SELECT s.id FROM ContactSession s WHERE s.authorityId = :a", Long.class)
                .setParameter("a", authorityId).setMaxResults(1).getResultList().isEmpty());
    }
}
