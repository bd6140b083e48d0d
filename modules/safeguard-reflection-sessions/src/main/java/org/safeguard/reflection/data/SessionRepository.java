package org.safeguard.reflection.data;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;

import org.safeguard.platform.api.persistence.Transactions;
import org.safeguard.reflection.model.AgendaItem;
import org.safeguard.reflection.model.ReflectionSession;
import org.safeguard.reflection.model.SessionAttendee;
import org.safeguard.reflection.model.SessionStatus;

/**
 * Sessions, their attendees and agendas. Every lookup by id names the authority, so an id from
 * another authority is simply not there. Changes to one session's agenda or state take a write
 * lock on the session row first: two people reordering or closing at once are served one after
 * the other, never interleaved.
 */
public final class SessionRepository {

    /** Someone invited, with their name and role as shown at the time. */
    public record NewAttendee(long userId, String name, String roleLabel) {}

    private final EntityManagerFactory factory;

    public SessionRepository(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /** The session, its attendees and its proposed agenda, all or nothing. */
    public ReflectionSession schedule(ReflectionSession session, List<NewAttendee> attendees, List<Long> agendaFamilyIds) {
        return Transactions.inTransaction(factory, em -> {
            em.persist(session);
            em.flush();
            for (NewAttendee attendee : attendees) {
                em.persist(new SessionAttendee(session.id(), attendee.userId(), attendee.name(), attendee.roleLabel()));
            }
            int order = 1;
            for (long familyId : agendaFamilyIds) {
                em.persist(new AgendaItem(session.id(), familyId, order++, true));
            }
            return session;
        });
    }

    public Optional<ReflectionSession> find(long sessionId, long authorityId) {
        return Transactions.read(factory, em -> Optional.ofNullable(em.find(ReflectionSession.class, sessionId)))
                .filter(s -> s.authorityId() == authorityId);
    }

    public List<SessionAttendee> attendees(long sessionId) {
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT a FROM SessionAttendee a WHERE a.sessionId = :session ORDER BY a.name, a.id",
                        SessionAttendee.class)
                .setParameter("session", sessionId).getResultList());
    }

    /** The agenda in the facilitator's order. */
    public List<AgendaItem> agenda(long sessionId) {
        return Transactions.read(factory, em -> agenda(em, sessionId));
    }

    /** The team's sessions still to be held or closed, soonest first. */
    public List<ReflectionSession> open(long authorityId, long teamId) {
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT s FROM ReflectionSession s WHERE s.authorityId = :authority AND s.teamId = :team"
                                + " AND s.status = :status ORDER BY s.startsAt, s.id", ReflectionSession.class)
                .setParameter("authority", authorityId)
                .setParameter("team", teamId)
                .setParameter("status", SessionStatus.SCHEDULED)
                .getResultList());
    }

    /** The team's closed and cancelled sessions, newest first, one page of them. */
    public List<ReflectionSession> ended(long authorityId, long teamId, int offset, int limit) {
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT s FROM ReflectionSession s WHERE s.authorityId = :authority AND s.teamId = :team"
                                + " AND s.status <> :status ORDER BY s.startsAt DESC, s.id DESC", ReflectionSession.class)
                .setParameter("authority", authorityId)
                .setParameter("team", teamId)
                .setParameter("status", SessionStatus.SCHEDULED)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList());
    }

    public long countEnded(long authorityId, long teamId) {
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT COUNT(s) FROM ReflectionSession s WHERE s.authorityId = :authority AND s.teamId = :team"
                                + " AND s.status <> :status", Long.class)
                .setParameter("authority", authorityId)
                .setParameter("team", teamId)
                .setParameter("status", SessionStatus.SCHEDULED)
                .getSingleResult());
    }

    /** How many families are on each of these sessions' agendas, by session id; none: absent. */
    public Map<Long, Long> agendaSizes(Collection<Long> sessionIds) {
        Map<Long, Long> sizes = new HashMap<>();
        for (List<Long> chunk : Chunks.of(sessionIds)) {
            Transactions.read(factory, em -> em.createQuery(
                            "SELECT i.sessionId, COUNT(i) FROM AgendaItem i WHERE i.sessionId IN :sessions"
                                    + " GROUP BY i.sessionId", Object[].class)
                    .setParameter("sessions", chunk)
                    .getResultList()).forEach(row -> sizes.put((Long) row[0], ((Number) row[1]).longValue()));
        }
        return sizes;
    }

    /** The latest closed session of each team among these, by team id: when the team last met. */
    public Map<Long, LocalDateTime> lastClosed(long authorityId, Collection<Long> teamIds) {
        Map<Long, LocalDateTime> last = new HashMap<>();
        for (List<Long> chunk : Chunks.of(teamIds)) {
            Transactions.read(factory, em -> em.createQuery(
                            "SELECT s.teamId, MAX(s.startsAt) FROM ReflectionSession s WHERE s.authorityId = :authority"
                                    + " AND s.teamId IN :teams AND s.status = :status GROUP BY s.teamId", Object[].class)
                    .setParameter("authority", authorityId)
                    .setParameter("teams", chunk)
                    .setParameter("status", SessionStatus.CLOSED)
                    .getResultList()).forEach(row -> last.put((Long) row[0], (LocalDateTime) row[1]));
        }
        return last;
    }

    /**
     * Families on the agendas of the team's other scheduled sessions that start before
     * {@code before}, with the latest such session's date: the proposal counts them as planned.
     */
    public Map<Long, LocalDate> planned(long authorityId, long teamId, LocalDateTime before, Long excludeSessionId) {
        Map<Long, LocalDate> planned = new HashMap<>();
        List<Object[]> rows = Transactions.read(factory, em -> em.createQuery(
                        "SELECT i.familyId, s.startsAt, s.id FROM AgendaItem i, ReflectionSession s WHERE i.sessionId = s.id"
                                + " AND s.authorityId = :authority AND s.teamId = :team AND s.status = :status"
                                + " AND s.startsAt < :before", Object[].class)
                .setParameter("authority", authorityId)
                .setParameter("team", teamId)
                .setParameter("status", SessionStatus.SCHEDULED)
                .setParameter("before", before)
                .getResultList());
        for (Object[] row : rows) {
            if (excludeSessionId != null && excludeSessionId.equals(row[2])) {
                continue;
            }
            LocalDate on = ((LocalDateTime) row[1]).toLocalDate();
            planned.merge((Long) row[0], on, (a, b) -> a.isAfter(b) ? a : b);
        }
        return planned;
    }

    /** New date, length, facilitator and attendees for a session nobody has recorded anything at yet. */
    public void changeDetails(long sessionId, LocalDateTime startsAt, int durationMinutes, long facilitatorUserId,
                              String facilitatorName, List<NewAttendee> attendees) {
        Transactions.run(factory, em -> {
            ReflectionSession session = lock(em, sessionId);
            session.reschedule(startsAt, durationMinutes, facilitatorUserId, facilitatorName);
            em.createQuery("DELETE FROM SessionAttendee a WHERE a.sessionId = :session")
                    .setParameter("session", sessionId).executeUpdate();
            for (NewAttendee attendee : attendees) {
                em.persist(new SessionAttendee(sessionId, attendee.userId(), attendee.name(), attendee.roleLabel()));
            }
        });
    }

    /** Adds a family at the end of the agenda; false when it is already on it. */
    public boolean addToAgenda(long sessionId, long familyId) {
        return Transactions.inTransaction(factory, em -> {
            lock(em, sessionId);
            List<AgendaItem> items = agenda(em, sessionId);
            if (items.stream().anyMatch(i -> i.familyId() == familyId)) {
                return false;
            }
            em.persist(new AgendaItem(sessionId, familyId, items.size() + 1, false));
            return true;
        });
    }

    /** Takes a family off the agenda; false when it was not on it. */
    public boolean removeFromAgenda(long sessionId, long familyId) {
        return Transactions.inTransaction(factory, em -> {
            lock(em, sessionId);
            List<AgendaItem> items = new ArrayList<>(agenda(em, sessionId));
            Optional<AgendaItem> item = items.stream().filter(i -> i.familyId() == familyId).findFirst();
            if (item.isEmpty()) {
                return false;
            }
            items.remove(item.get());
            em.remove(item.get());
            renumber(items);
            return true;
        });
    }

    /** Moves a family one place up ({@code -1}) or down ({@code +1}); false when it is not on the agenda. */
    public boolean move(long sessionId, long familyId, int step) {
        return Transactions.inTransaction(factory, em -> {
            lock(em, sessionId);
            List<AgendaItem> items = new ArrayList<>(agenda(em, sessionId));
            int at = -1;
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).familyId() == familyId) {
                    at = i;
                }
            }
            if (at < 0) {
                return false;
            }
            int to = Math.max(0, Math.min(items.size() - 1, at + Integer.signum(step)));
            items.add(to, items.remove(at));
            renumber(items);
            return true;
        });
    }

    /**
     * Replaces the proposed families nobody has discussed yet with a fresh proposal. Families the
     * facilitator added, and those already discussed, stay where they are; the new ones follow.
     */
    public void repropose(long sessionId, List<Long> familyIds, Set<Long> discussed) {
        Transactions.run(factory, em -> {
            lock(em, sessionId);
            List<AgendaItem> kept = new ArrayList<>();
            for (AgendaItem item : agenda(em, sessionId)) {
                if (item.proposed() && !discussed.contains(item.familyId())) {
                    em.remove(item);
                } else {
                    kept.add(item);
                }
            }
            em.flush();
            Set<Long> present = new HashSet<>();
            kept.forEach(i -> present.add(i.familyId()));
            for (long familyId : familyIds) {
                if (present.add(familyId)) {
                    AgendaItem item = new AgendaItem(sessionId, familyId, kept.size() + 1, true);
                    em.persist(item);
                    kept.add(item);
                }
            }
            renumber(kept);
        });
    }

    /**
     * Closes or cancels a scheduled session; false when it had already ended (someone else got there first).
     */
    public boolean end(long sessionId, SessionStatus outcome, long byUserId, String byName, Instant at) {
        return Transactions.inTransaction(factory, em -> {
            ReflectionSession session = lock(em, sessionId);
            if (!session.scheduled()) {
                return false;
            }
            session.end(outcome, byUserId, byName, at);
            return true;
        });
    }

    /** Whether the authority has any session at all (the demo seeds only an empty authority). */
    public boolean any(long authorityId) {
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT COUNT(s) FROM ReflectionSession s WHERE s.authorityId = :authority", Long.class)
                .setParameter("authority", authorityId).getSingleResult()) > 0;
    }

    static ReflectionSession lock(EntityManager em, long sessionId) {
        ReflectionSession session = em.find(ReflectionSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw new IllegalArgumentException("no session " + sessionId);
        }
        return session;
    }

    private static List<AgendaItem> agenda(EntityManager em, long sessionId) {
        return em.createQuery("SELECT i FROM AgendaItem i WHERE i.sessionId = :session ORDER BY i.sortOrder, i.id",
                        AgendaItem.class)
                .setParameter("session", sessionId).getResultList();
    }

    private static void renumber(List<AgendaItem> items) {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).moveTo(i + 1);
        }
    }
}
