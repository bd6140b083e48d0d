package org.safeguard.fostering.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;

import org.safeguard.fostering.model.AnnualReview;
import org.safeguard.fostering.model.Approval;
import org.safeguard.fostering.model.ApprovalTerms;
import org.safeguard.fostering.model.Carer;
import org.safeguard.fostering.model.Deregistration;
import org.safeguard.fostering.model.FosterPlacement;
import org.safeguard.fostering.model.Household;
import org.safeguard.fostering.model.TrainingRecord;
import org.safeguard.fostering.rules.HouseholdFacts;
import org.safeguard.platform.api.persistence.Transactions;

/**
 * Carer households and everything recorded about them. Every lookup names the authority, so a
 * household of another authority is simply not found. The register loads an authority's
 * households with all their rows in a handful of queries (an authority has hundreds, not
 * thousands), and the rules work on those.
 */
public final class HouseholdRepository {

    /** A carer as the forms give them: name and optional date of birth. */
    public record CarerDetails(String fullName, LocalDate dateOfBirth) {}

    /** Who recorded something, as shown afterwards. */
    public record RecordedBy(Long userId, String name, LocalDateTime at) {}

    private final EntityManagerFactory factory;

    public HouseholdRepository(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /** Every household of the authority with its rows, by name. */
    public List<HouseholdFacts> register(long authorityId) {
        return Transactions.read(factory, em -> {
            List<Household> households = em.createQuery(
                            "SELECT h FROM Household h WHERE h.authorityId = :a", Household.class)
                    .setParameter("a", authorityId).getResultList();
            List<HouseholdFacts> facts = facts(em, households);
            facts.sort(Comparator.comparing((HouseholdFacts f) -> f.household().name(), String.CASE_INSENSITIVE_ORDER)
                    .thenComparingLong(HouseholdFacts::id));
            return facts;
        });
    }

    public Optional<HouseholdFacts> facts(long authorityId, long householdId) {
        return Transactions.read(factory, em -> {
            Household household = em.find(Household.class, householdId);
            if (household == null || household.authorityId() != authorityId) {
                return Optional.empty();
            }
            return Optional.of(facts(em, List.of(household)).get(0));
        });
    }

    /** Loads the rows of these households, several households per query. */
    static List<HouseholdFacts> facts(EntityManager em, List<Household> households) {
        List<Long> ids = households.stream().map(Household::id).toList();
        Map<Long, List<Carer>> carers = byHousehold(em, "Carer", Carer.class, ids, Carer::householdId);
        Map<Long, List<Approval>> approvals = byHousehold(em, "Approval", Approval.class, ids, Approval::householdId);
        Map<Long, List<Deregistration>> deregistrations =
                byHousehold(em, "Deregistration", Deregistration.class, ids, Deregistration::householdId);
        Map<Long, List<AnnualReview>> reviews = byHousehold(em, "AnnualReview", AnnualReview.class, ids,
                AnnualReview::householdId);
        Map<Long, List<TrainingRecord>> training = byHousehold(em, "TrainingRecord", TrainingRecord.class, ids,
                TrainingRecord::householdId);
        Map<Long, List<FosterPlacement>> placements = byHousehold(em, "FosterPlacement", FosterPlacement.class, ids,
                FosterPlacement::householdId);
        Map<Long, Map<Long, Set<Long>>> pending = new HashMap<>();
        for (List<Long> chunk : Chunks.of(ids)) {
            for (Object[] row : em.createQuery("SELECT m.householdId, m.id, c.caseId FROM FosterMatch m, FosterMatchChild c"
                            + " WHERE c.matchId = m.id AND m.outcome = 'PENDING' AND m.householdId IN :ids", Object[].class)
                    .setParameter("ids", chunk).getResultList()) {
                pending.computeIfAbsent((Long) row[0], h -> new HashMap<>())
                        .computeIfAbsent((Long) row[1], m -> new LinkedHashSet<>()).add((Long) row[2]);
            }
        }
        List<HouseholdFacts> all = new ArrayList<>();
        for (Household household : households) {
            long id = household.id();
            List<Carer> theirCarers = new ArrayList<>(carers.getOrDefault(id, List.of()));
            theirCarers.sort(Comparator.comparingInt(Carer::seqNo));
            List<HouseholdFacts.PendingMatch> matches = new ArrayList<>();
            pending.getOrDefault(id, Map.of()).forEach((matchId, cases) ->
                    matches.add(new HouseholdFacts.PendingMatch(matchId, Set.copyOf(cases))));
            matches.sort(Comparator.comparingLong(HouseholdFacts.PendingMatch::matchId));
            all.add(new HouseholdFacts(household, theirCarers, approvals.getOrDefault(id, List.of()),
                    deregistrations.getOrDefault(id, List.of()), reviews.getOrDefault(id, List.of()),
                    training.getOrDefault(id, List.of()), placements.getOrDefault(id, List.of()), matches));
        }
        return all;
    }

    private static <T> Map<Long, List<T>> byHousehold(EntityManager em, String entity, Class<T> type, List<Long> ids,
                                                      Function<T, Long> household) {
        Map<Long, List<T>> grouped = new HashMap<>();
        for (List<Long> chunk : Chunks.of(ids)) {
            for (T row : em.createQuery("SELECT x FROM " + entity + " x WHERE x.householdId IN :ids", type)
                    .setParameter("ids", chunk).getResultList()) {
                grouped.computeIfAbsent(household.apply(row), h -> new ArrayList<>()).add(row);
            }
        }
        return grouped;
    }

    /** A newly approved household: its details, carers and first approval, all or nothing. */
    public Household create(Household household, List<CarerDetails> carers, ApprovalTerms approval, RecordedBy by) {
        return Transactions.inTransaction(factory, em -> {
            em.persist(household);
            em.flush();
            addCarers(em, household.id(), carers);
            em.persist(new Approval(household.id(), approval, by.userId(), by.name(), by.at()));
            return household;
        });
    }

    private static void addCarers(EntityManager em, long householdId, List<CarerDetails> carers) {
        for (int i = 0; i < carers.size(); i++) {
            em.persist(new Carer(householdId, i + 1, carers.get(i).fullName(), carers.get(i).dateOfBirth()));
        }
    }

    /**
     * Changes the household's details and carers, refusing when someone else saved it since the form
     * was opened ({@code expectedVersion}).
     *
     * @throws OptimisticLockException when the household changed meanwhile
     */
    public void changeDetails(long householdId, int expectedVersion, String name, String addressLine1, String town,
                              String postcode, Long districtId, String phone, long supervisingWorkerId,
                              List<CarerDetails> carers) {
        Transactions.run(factory, em -> {
            Household household = em.find(Household.class, householdId);
            if (household.version() != expectedVersion) {
                throw new OptimisticLockException("household " + householdId + " changed meanwhile");
            }
            household.change(name, addressLine1, town, postcode, districtId, phone, supervisingWorkerId);
            List<Carer> existing = em.createQuery("SELECT c FROM Carer c WHERE c.householdId = :h ORDER BY c.seqNo",
                    Carer.class).setParameter("h", householdId).getResultList();
            for (int i = 0; i < Math.max(existing.size(), carers.size()); i++) {
                if (i < existing.size() && i < carers.size()) {
                    existing.get(i).change(carers.get(i).fullName(), carers.get(i).dateOfBirth());
                } else if (i < carers.size()) {
                    em.persist(new Carer(householdId, i + 1, carers.get(i).fullName(), carers.get(i).dateOfBirth()));
                } else {
                    // a second carer who has left the household: training records keep naming the household
                    em.createQuery("UPDATE TrainingRecord t SET t.carerId = NULL WHERE t.carerId = :c")
                            .setParameter("c", existing.get(i).id()).executeUpdate();
                    em.remove(existing.get(i));
                }
            }
        });
    }

    public void add(Object row) {
        Transactions.run(factory, em -> em.persist(row));
    }

    /** A placement by id, of this authority only. */
    public Optional<FosterPlacement> placement(long authorityId, long placementId) {
        return Transactions.read(factory, em -> Optional.ofNullable(em.find(FosterPlacement.class, placementId))
                .filter(p -> p.authorityId() == authorityId));
    }

    /** Households by id, of one authority only: for naming the carers on other pages. */
    public Map<Long, Household> households(long authorityId, Set<Long> ids) {
        Map<Long, Household> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        Transactions.read(factory, em -> {
            for (List<Long> chunk : Chunks.of(ids)) {
                em.createQuery("SELECT h FROM Household h WHERE h.authorityId = :a AND h.id IN :ids", Household.class)
                        .setParameter("a", authorityId).setParameter("ids", chunk).getResultList()
                        .forEach(h -> found.put(h.id(), h));
            }
            return null;
        });
        return found;
    }

    /** Households of any authority by id, for chronology entries (the case has been checked by case records). */
    public Map<Long, Household> householdsById(Set<Long> ids) {
        Map<Long, Household> found = new HashMap<>();
        Transactions.read(factory, em -> {
            for (List<Long> chunk : Chunks.of(ids)) {
                em.createQuery("SELECT h FROM Household h WHERE h.id IN :ids", Household.class)
                        .setParameter("ids", chunk).getResultList().forEach(h -> found.put(h.id(), h));
            }
            return null;
        });
        return found;
    }

    public boolean anyOfAuthority(long authorityId) {
        return Transactions.read(factory, em -> !em.createQuery(
                        "SELECT h.id FROM Household h WHERE h.authorityId = :a", Long.class)
                .setParameter("a", authorityId).setMaxResults(1).getResultList().isEmpty());
    }

    /** A child's placements with carers, oldest first: their chronology. */
    public List<FosterPlacement> placementsOfCase(long caseId) {
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT p FROM FosterPlacement p WHERE p.caseId = :c ORDER BY p.startedOn, p.id", FosterPlacement.class)
                .setParameter("c", caseId).getResultList());
    }
}
