package org.safeguard.fostering.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.safeguard.fostering.model.FosterMatch;
import org.safeguard.fostering.model.FosterMatchChild;
import org.safeguard.platform.api.persistence.Transactions;

/** Reads of matches; every lookup by id names the authority. Writes go through {@link PlacementBook}. */
public final class MatchRepository {

    private final EntityManagerFactory factory;

    public MatchRepository(EntityManagerFactory factory) {
        this.factory = factory;
    }

    public Optional<MatchRecord> find(long authorityId, long matchId) {
        return Transactions.read(factory, em -> Optional.ofNullable(em.find(FosterMatch.class, matchId))
                .filter(m -> m.authorityId() == authorityId)
                .map(m -> withChildren(em, List.of(m)).get(0)));
    }

    /** A child's matches, newest first. */
    public List<MatchRecord> forCase(long caseId) {
        return Transactions.read(factory, em -> withChildren(em, em.createQuery(
                        "SELECT m FROM FosterMatch m WHERE m.id IN"
                                + " (SELECT c.matchId FROM FosterMatchChild c WHERE c.caseId = :c)"
                                + " ORDER BY m.matchedAt DESC, m.id DESC", FosterMatch.class)
                .setParameter("c", caseId).getResultList()));
    }

    /** The match of this child still awaiting placement, if any (a child has at most one). */
    public Optional<MatchRecord> pendingForCase(long caseId) {
        return forCase(caseId).stream().filter(m -> m.match().pending()).findFirst();
    }

    /** A household's matches, newest first. */
    public List<MatchRecord> forHousehold(long householdId) {
        return Transactions.read(factory, em -> withChildren(em, em.createQuery(
                        "SELECT m FROM FosterMatch m WHERE m.householdId = :h ORDER BY m.matchedAt DESC, m.id DESC",
                        FosterMatch.class)
                .setParameter("h", householdId).getResultList()));
    }

    /** The authority's matches awaiting placement, soonest proposed start first. */
    public List<MatchRecord> pending(long authorityId) {
        return Transactions.read(factory, em -> withChildren(em, em.createQuery(
                        "SELECT m FROM FosterMatch m WHERE m.authorityId = :a AND m.outcome = 'PENDING'"
                                + " ORDER BY m.proposedStart, m.id", FosterMatch.class)
                .setParameter("a", authorityId).getResultList()));
    }

    /** Pending matches that include any of these children (the work tray of the teams holding them). */
    public List<MatchRecord> pendingForCases(Collection<Long> caseIds) {
        List<MatchRecord> found = new ArrayList<>();
        Transactions.read(factory, em -> {
            for (List<Long> chunk : Chunks.of(caseIds)) {
                found.addAll(withChildren(em, em.createQuery(
                                "SELECT m FROM FosterMatch m WHERE m.outcome = 'PENDING' AND m.id IN"
                                        + " (SELECT c.matchId FROM FosterMatchChild c WHERE c.caseId IN :ids)",
                                FosterMatch.class)
                        .setParameter("ids", chunk).getResultList()));
            }
            return null;
        });
        Map<Long, MatchRecord> distinct = new LinkedHashMap<>();
        found.forEach(m -> distinct.putIfAbsent(m.id(), m));
        List<MatchRecord> list = new ArrayList<>(distinct.values());
        list.sort(Comparator.comparing((MatchRecord m) -> m.match().proposedStart()).thenComparingLong(MatchRecord::id));
        return list;
    }

    static List<MatchRecord> withChildren(EntityManager em, List<FosterMatch> matches) {
        if (matches.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> children = new LinkedHashMap<>();
        for (List<Long> chunk : Chunks.of(matches.stream().map(FosterMatch::id).toList())) {
            em.createQuery("SELECT c FROM FosterMatchChild c WHERE c.matchId IN :ids ORDER BY c.id", FosterMatchChild.class)
                    .setParameter("ids", chunk).getResultList()
                    .forEach(c -> children.computeIfAbsent(c.matchId(), m -> new ArrayList<>()).add(c.caseId()));
        }
        return matches.stream().map(m -> new MatchRecord(m, children.getOrDefault(m.id(), List.of()))).toList();
    }
}
