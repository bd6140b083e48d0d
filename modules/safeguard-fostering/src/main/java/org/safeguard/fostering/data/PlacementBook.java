package org.safeguard.fostering.data;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;

import org.safeguard.fostering.model.FosterMatch;
import org.safeguard.fostering.model.FosterMatchChild;
import org.safeguard.fostering.model.FosterPlacement;
import org.safeguard.fostering.model.Household;
import org.safeguard.fostering.model.MatchOutcome;
import org.safeguard.fostering.rules.HouseholdFacts;
import org.safeguard.fostering.rules.HouseholdState;
import org.safeguard.fostering.rules.PlacementFit;
import org.safeguard.fostering.rules.PlacementRequest;
import org.safeguard.platform.api.persistence.Transactions;

/**
 * Children coming to live with carers, leaving them, and matches: each change in one transaction
 * that re-reads the household and checks its places there, and bumps the household's version so
 * two people filling its last place at the same moment cannot both succeed (the second gets an
 * optimistic lock failure and tries again).
 */
public final class PlacementBook {

    private final EntityManagerFactory factory;

    public PlacementBook(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /**
     * The child now lives with the household from {@code from}. Repeating it for a child already
     * living there changes nothing. A pending match of the child with this household is placed once
     * all its children live there.
     *
     * @param endElsewhere true (another module telling us) ends the child's open placement with
     *                     other carers on {@code from}; false (our own page) refuses instead
     * @throws Refused when the household is not this authority's, not approved on that date, or full
     */
    public FosterPlacement start(long authorityId, long householdId, long caseId, LocalDate from,
                                 FosterPlacement.Source source, boolean endElsewhere, Long userId,
                                 java.time.LocalDateTime now) {
        return Transactions.inTransaction(factory, em -> {
            HouseholdFacts facts = lockedFacts(em, authorityId, householdId);
            Optional<FosterPlacement> already = facts.placements().stream()
                    .filter(p -> p.caseId() == caseId && p.endedOn() == null).findFirst();
            if (already.isPresent()) {
                return already.get();
            }
            HouseholdState state = HouseholdState.of(facts, from, 0, 0);
            if (!state.approved()) {
                throw new Refused("These carers are not approved on " + Dates.shown(from) + ".");
            }
            long livingThere = facts.placements().stream().filter(p -> p.occupiesFrom(from)).count();
            if (livingThere >= state.places()) {
                throw new Refused("These carers have no free place on " + Dates.shown(from) + ": all "
                        + state.places() + " are taken.");
            }
            for (FosterPlacement elsewhere : em.createQuery("SELECT p FROM FosterPlacement p WHERE p.caseId = :c"
                            + " AND p.endedOn IS NULL AND p.householdId <> :h", FosterPlacement.class)
                    .setParameter("c", caseId).setParameter("h", householdId).getResultList()) {
                if (!endElsewhere) {
                    throw new Refused("The child is recorded as living with other foster carers: record that they "
                            + "left first.");
                }
                elsewhere.end(from.isBefore(elsewhere.startedOn()) ? elsewhere.startedOn() : from);
            }
            FosterPlacement placement = new FosterPlacement(authorityId, householdId, caseId, from, source, userId, now);
            em.persist(placement);
            em.flush();
            concludePlacedMatches(em, householdId, caseId, from, userId);
            return placement;
        });
    }

    /** A pending match of this child with this household is placed when every child of it lives there now. */
    private static void concludePlacedMatches(EntityManager em, long householdId, long caseId, LocalDate on,
                                              Long userId) {
        Set<Long> living = new HashSet<>(em.createQuery("SELECT p.caseId FROM FosterPlacement p"
                        + " WHERE p.householdId = :h AND p.endedOn IS NULL", Long.class)
                .setParameter("h", householdId).getResultList());
        List<FosterMatch> matches = em.createQuery("SELECT m FROM FosterMatch m WHERE m.householdId = :h"
                        + " AND m.outcome = 'PENDING' AND m.id IN (SELECT c.matchId FROM FosterMatchChild c WHERE c.caseId = :c)",
                FosterMatch.class).setParameter("h", householdId).setParameter("c", caseId).getResultList();
        for (MatchRecord match : MatchRepository.withChildren(em, matches)) {
            if (living.containsAll(match.caseIds())) {
                match.match().conclude(MatchOutcome.PLACED, on, null, userId);
            }
        }
    }

    /**
     * The child left the household on {@code on}. Unknown placements are ignored (the FosterCarers
     * contract); an end before the start is refused.
     *
     * @return whether a placement was ended
     */
    public boolean end(long authorityId, long householdId, long caseId, LocalDate on) {
        return Transactions.inTransaction(factory, em -> {
            List<FosterPlacement> open = em.createQuery("SELECT p FROM FosterPlacement p WHERE p.authorityId = :a"
                            + " AND p.householdId = :h AND p.caseId = :c AND p.endedOn IS NULL", FosterPlacement.class)
                    .setParameter("a", authorityId).setParameter("h", householdId).setParameter("c", caseId)
                    .getResultList();
            for (FosterPlacement placement : open) {
                if (on.isBefore(placement.startedOn())) {
                    throw new Refused("The date the child left must be on or after " + Dates.shown(placement.startedOn())
                            + ", when they came.");
                }
                placement.end(on);
            }
            return !open.isEmpty();
        });
    }

    /**
     * Records a match after checking, in the same transaction, that the carers still fit and that
     * none of the children already has a match awaiting placement.
     *
     * @param assess the fit rules applied to the household as it is now (today's date and settings bound in)
     */
    public FosterMatch match(long authorityId, long householdId, PlacementRequest request, String notes, Long userId,
                             String userName, java.time.LocalDateTime now,
                             java.util.function.BiFunction<HouseholdFacts, PlacementRequest, PlacementFit.Assessment> assess) {
        return Transactions.inTransaction(factory, em -> {
            HouseholdFacts facts = lockedFacts(em, authorityId, householdId);
            for (Long caseId : request.caseIds()) {
                Long pending = em.createQuery("SELECT COUNT(m) FROM FosterMatch m WHERE m.outcome = 'PENDING' AND m.id IN"
                                + " (SELECT c.matchId FROM FosterMatchChild c WHERE c.caseId = :c)", Long.class)
                        .setParameter("c", caseId).getSingleResult();
                if (pending > 0) {
                    throw new Refused("A child in this match already has a match awaiting placement: record what came of "
                            + "that match first.");
                }
            }
            PlacementFit.Assessment fit = assess.apply(facts, request);
            if (!fit.fits()) {
                throw new Refused("These carers no longer fit: " + fit.reasons().iterator().next().label() + ".");
            }
            FosterMatch match = new FosterMatch(authorityId, householdId, request.need(), request.startOn(), notes,
                    userId, userName, now);
            em.persist(match);
            em.flush();
            for (Long caseId : request.children().stream().map(c -> c.caseId()).toList()) {
                em.persist(new FosterMatchChild(match.id(), caseId));
                // one at a time, so the ids (which order the children) follow the request: the child first
                em.flush();
            }
            return match;
        });
    }

    /**
     * What came of a pending match. Placed with {@code placeHere}: each child starts living with the
     * carers on {@code on}, checked against their places, all in this transaction.
     *
     * @throws Refused when the match is no longer pending or the carers have no room
     */
    public void conclude(long authorityId, long matchId, MatchOutcome outcome, LocalDate on, String reason,
                         boolean placeHere, Long userId, java.time.LocalDateTime now) {
        Transactions.run(factory, em -> {
            FosterMatch match = em.find(FosterMatch.class, matchId);
            if (match == null || match.authorityId() != authorityId) {
                throw new Refused("There is no such match.");
            }
            if (!match.pending()) {
                throw new Refused("What came of this match has already been recorded.");
            }
            if (outcome == MatchOutcome.PLACED && placeHere) {
                HouseholdFacts facts = lockedFacts(em, authorityId, match.householdId());
                List<Long> children = MatchRepository.withChildren(em, List.of(match)).get(0).caseIds();
                HouseholdState state = HouseholdState.of(facts, on, 0, 0);
                long livingThere = facts.placements().stream().filter(p -> p.occupiesFrom(on))
                        .filter(p -> !children.contains(p.caseId())).count();
                if (!state.approved()) {
                    throw new Refused("These carers are not approved on " + Dates.shown(on) + ".");
                }
                if (livingThere + children.size() > state.places()) {
                    throw new Refused("These carers have no room for all the children on " + Dates.shown(on) + ".");
                }
                for (Long caseId : children) {
                    boolean there = facts.placements().stream().anyMatch(p -> p.caseId() == caseId && p.endedOn() == null);
                    if (!there) {
                        em.persist(new FosterPlacement(authorityId, match.householdId(), caseId, on,
                                FosterPlacement.Source.FOSTERING, userId, now));
                    }
                }
            }
            match.conclude(outcome, on, reason, userId);
        });
    }

    /** Re-reads the household in this transaction and marks it changed, so concurrent changes of its places clash. */
    private static HouseholdFacts lockedFacts(EntityManager em, long authorityId, long householdId) {
        Household household = em.find(Household.class, householdId);
        if (household == null || household.authorityId() != authorityId) {
            throw new Refused("There are no such foster carers.");
        }
        em.lock(household, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return HouseholdRepository.facts(em, List.of(household)).get(0);
    }
}
