package org.safeguard.corporateparenting.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.safeguard.corporateparenting.model.CareEpisode;
import org.safeguard.corporateparenting.model.CareLeaver;
import org.safeguard.corporateparenting.model.CareReview;
import org.safeguard.corporateparenting.model.EducationPlan;
import org.safeguard.corporateparenting.model.HealthCheck;
import org.safeguard.corporateparenting.model.HolderPeriod;
import org.safeguard.corporateparenting.model.IroAlert;
import org.safeguard.corporateparenting.model.LegalStatusPeriod;
import org.safeguard.corporateparenting.model.PathwayReview;
import org.safeguard.corporateparenting.model.Placement;
import org.safeguard.platform.api.persistence.Transactions;

/**
 * Every read of the module's tables, so the tenancy condition (the authority) is written once.
 * Lists load a whole authority's children in care in a few queries (hundreds of rows, seven hundred
 * in the seeds' county) and the rules run in memory.
 */
public final class CareRepository {

    /** Derby and PostgreSQL take IN lists of a few hundred parameters comfortably; larger sets go in parts. */
    static final int CHUNK = 500;

    private final EntityManagerFactory factory;

    public CareRepository(EntityManagerFactory factory) {
        this.factory = factory;
    }

    public EntityManagerFactory factory() {
        return factory;
    }

    /** The child's record in the authority: every period of care, newest first, and leaving care support. */
    public ChildRecord child(long authorityId, long childId) {
        return Transactions.read(factory, em -> {
            List<CareEpisode> episodes = em.createQuery("SELECT e FROM CareEpisode e WHERE e.authorityId = :a"
                            + " AND e.childId = :c ORDER BY e.startedOn DESC, e.id DESC", CareEpisode.class)
                    .setParameter("a", authorityId).setParameter("c", childId).getResultList();
            Map<Long, EpisodeRecord> records = records(em, episodes);
            Optional<CareLeaver> leaver = leaver(em, authorityId, childId);
            List<PathwayReview> reviews = leaver.isEmpty() ? List.of() : em.createQuery(
                            "SELECT r FROM PathwayReview r WHERE r.leaverId = :l ORDER BY r.reviewedOn, r.id", PathwayReview.class)
                    .setParameter("l", leaver.get().id()).getResultList();
            return new ChildRecord(episodes.stream().map(e -> records.get(e.id())).toList(), leaver, reviews);
        });
    }

    public Optional<CareEpisode> episode(long authorityId, long episodeId) {
        return Transactions.read(factory, em -> Optional.ofNullable(em.find(CareEpisode.class, episodeId))
                .filter(e -> e.authorityId() == authorityId));
    }

    /** The authority's children in care today, each with everything recorded in their current period. */
    public List<EpisodeRecord> inCare(long authorityId) {
        return Transactions.read(factory, em -> {
            List<CareEpisode> open = em.createQuery("SELECT e FROM CareEpisode e WHERE e.authorityId = :a"
                    + " AND e.endedOn IS NULL ORDER BY e.childName, e.id", CareEpisode.class)
                    .setParameter("a", authorityId).getResultList();
            Map<Long, EpisodeRecord> records = records(em, open);
            return open.stream().map(e -> records.get(e.id())).toList();
        });
    }

    /** Open periods of care held by these teams, or (with the case ids) held with these cases. */
    public List<EpisodeRecord> inCareHeldBy(Collection<Long> teamIds, Collection<Long> caseIdsHeldWithCase) {
        return Transactions.read(factory, em -> {
            List<CareEpisode> open = new ArrayList<>();
            for (List<Long> chunk : chunks(teamIds)) {
                open.addAll(em.createQuery("SELECT e FROM CareEpisode e WHERE e.endedOn IS NULL"
                        + " AND e.holderTeamId IN :t", CareEpisode.class).setParameter("t", chunk).getResultList());
            }
            for (List<Long> chunk : chunks(caseIdsHeldWithCase)) {
                open.addAll(em.createQuery("SELECT e FROM CareEpisode e WHERE e.endedOn IS NULL"
                        + " AND e.holderTeamId IS NULL AND e.caseId IN :c", CareEpisode.class)
                        .setParameter("c", chunk).getResultList());
            }
            Map<Long, EpisodeRecord> records = records(em, open);
            return open.stream().map(e -> records.get(e.id())).toList();
        });
    }

    /** The authority's periods of care that ended on or after {@code since}. */
    public List<CareEpisode> endedSince(long authorityId, LocalDate since) {
        return Transactions.read(factory, em -> em.createQuery("SELECT e FROM CareEpisode e WHERE e.authorityId = :a"
                        + " AND e.endedOn >= :s ORDER BY e.endedOn", CareEpisode.class)
                .setParameter("a", authorityId).setParameter("s", since).getResultList());
    }

    /** Every period of care of these children (for the stability indicator and leaving care), by child. */
    public Map<Long, List<EpisodeRecord>> episodesOfChildren(long authorityId, Collection<Long> childIds) {
        return Transactions.read(factory, em -> {
            List<CareEpisode> episodes = new ArrayList<>();
            for (List<Long> chunk : chunks(childIds)) {
                episodes.addAll(em.createQuery("SELECT e FROM CareEpisode e WHERE e.authorityId = :a"
                                + " AND e.childId IN :c ORDER BY e.startedOn DESC, e.id DESC", CareEpisode.class)
                        .setParameter("a", authorityId).setParameter("c", chunk).getResultList());
            }
            Map<Long, EpisodeRecord> records = records(em, episodes);
            Map<Long, List<EpisodeRecord>> byChild = new LinkedHashMap<>();
            for (CareEpisode e : episodes) {
                byChild.computeIfAbsent(e.childId(), c -> new ArrayList<>()).add(records.get(e.id()));
            }
            return byChild;
        });
    }

    /** Children of the authority born in this range who have ever been in care: the care leavers' candidates. */
    public Map<Long, List<EpisodeRecord>> childrenBornBetween(long authorityId, LocalDate from, LocalDate to) {
        List<Long> children = Transactions.read(factory, em -> em.createQuery("SELECT DISTINCT e.childId FROM CareEpisode e"
                        + " WHERE e.authorityId = :a AND e.dateOfBirth >= :f AND e.dateOfBirth <= :t", Long.class)
                .setParameter("a", authorityId).setParameter("f", from).setParameter("t", to).getResultList());
        return episodesOfChildren(authorityId, children);
    }

    /** Placements of the authority with a night on or after {@code since}, and their periods of care. */
    public List<PlacementRow> placementsSince(long authorityId, LocalDate since) {
        return Transactions.read(factory, em -> em.createQuery("SELECT p, e FROM Placement p, CareEpisode e"
                        + " WHERE p.episodeId = e.id AND p.authorityId = :a AND (p.endedOn IS NULL OR p.endedOn > :s)",
                        Object[].class)
                .setParameter("a", authorityId).setParameter("s", since).getResultList()).stream()
                .map(row -> new PlacementRow((Placement) row[0], (CareEpisode) row[1]))
                .toList();
    }

    /** A placement with the period of care it belongs to. */
    public record PlacementRow(Placement placement, CareEpisode episode) {}

    /** The authority's IRO alerts still open, and those resolved since {@code resolvedSince}, oldest first. */
    public List<AlertRow> alerts(long authorityId, LocalDate resolvedSince) {
        return Transactions.read(factory, em -> em.createQuery("SELECT a, e FROM IroAlert a, CareEpisode e"
                        + " WHERE a.episodeId = e.id AND a.authorityId = :a AND (a.resolvedOn IS NULL OR a.resolvedOn >= :s)"
                        + " ORDER BY a.raisedOn, a.id", Object[].class)
                .setParameter("a", authorityId).setParameter("s", resolvedSince).getResultList()).stream()
                .map(row -> new AlertRow((IroAlert) row[0], (CareEpisode) row[1]))
                .toList();
    }

    public record AlertRow(IroAlert alert, CareEpisode episode) {}

    public Optional<AlertRow> alert(long authorityId, long alertId) {
        return Transactions.read(factory, em -> Optional.ofNullable(em.find(IroAlert.class, alertId))
                .filter(a -> a.authorityId() == authorityId)
                .map(a -> new AlertRow(a, em.find(CareEpisode.class, a.episodeId()))));
    }

    /** Leaving care support records of the authority, by child. */
    public Map<Long, CareLeaver> leavers(long authorityId) {
        Map<Long, CareLeaver> byChild = new HashMap<>();
        Transactions.read(factory, em -> em.createQuery("SELECT l FROM CareLeaver l WHERE l.authorityId = :a", CareLeaver.class)
                .setParameter("a", authorityId).getResultList()).forEach(l -> byChild.put(l.childId(), l));
        return byChild;
    }

    /** Pathway plan review dates by leaver record. */
    public Map<Long, List<LocalDate>> pathwayReviews(long authorityId) {
        Map<Long, List<LocalDate>> byLeaver = new HashMap<>();
        Transactions.read(factory, em -> em.createQuery("SELECT r FROM PathwayReview r, CareLeaver l WHERE r.leaverId = l.id"
                        + " AND l.authorityId = :a", PathwayReview.class)
                .setParameter("a", authorityId).getResultList())
                .forEach(r -> byLeaver.computeIfAbsent(r.leaverId(), k -> new ArrayList<>()).add(r.reviewedOn()));
        return byLeaver;
    }

    static Optional<CareLeaver> leaver(EntityManager em, long authorityId, long childId) {
        return em.createQuery("SELECT l FROM CareLeaver l WHERE l.authorityId = :a AND l.childId = :c", CareLeaver.class)
                .setParameter("a", authorityId).setParameter("c", childId).getResultList().stream().findFirst();
    }

    /** Everything recorded in these periods of care, in a query per table (per chunk of 500). */
    static Map<Long, EpisodeRecord> records(EntityManager em, List<CareEpisode> episodes) {
        List<Long> ids = episodes.stream().map(CareEpisode::id).toList();
        Map<Long, List<LegalStatusPeriod>> statuses = byEpisode(em, "LegalStatusPeriod", LegalStatusPeriod.class, ids, LegalStatusPeriod::episodeId);
        Map<Long, List<Placement>> placements = byEpisode(em, "Placement", Placement.class, ids, Placement::episodeId);
        Map<Long, List<CareReview>> reviews = byEpisode(em, "CareReview", CareReview.class, ids, CareReview::episodeId);
        Map<Long, List<HealthCheck>> health = byEpisode(em, "HealthCheck", HealthCheck.class, ids, HealthCheck::episodeId);
        Map<Long, List<EducationPlan>> peps = byEpisode(em, "EducationPlan", EducationPlan.class, ids, EducationPlan::episodeId);
        Map<Long, List<IroAlert>> alerts = byEpisode(em, "IroAlert", IroAlert.class, ids, IroAlert::episodeId);
        Map<Long, List<HolderPeriod>> holders = byEpisode(em, "HolderPeriod", HolderPeriod.class, ids, HolderPeriod::episodeId);
        Map<Long, EpisodeRecord> records = new HashMap<>();
        for (CareEpisode e : episodes) {
            records.put(e.id(), new EpisodeRecord(e, get(statuses, e), get(placements, e), get(reviews, e), get(health, e),
                    get(peps, e), get(alerts, e), get(holders, e)));
        }
        return records;
    }

    private static <T> Map<Long, List<T>> byEpisode(EntityManager em, String entity, Class<T> type, List<Long> ids,
                                                   Function<T, Long> episodeOf) {
        Map<Long, List<T>> map = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            for (T row : em.createQuery("SELECT x FROM " + entity + " x WHERE x.episodeId IN :ids", type)
                    .setParameter("ids", chunk).getResultList()) {
                map.computeIfAbsent(episodeOf.apply(row), k -> new ArrayList<>()).add(row);
            }
        }
        return map;
    }

    private static <T> List<T> get(Map<Long, List<T>> map, CareEpisode e) {
        return map.getOrDefault(e.id(), List.of());
    }

    static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = ids.stream().distinct().toList();
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
