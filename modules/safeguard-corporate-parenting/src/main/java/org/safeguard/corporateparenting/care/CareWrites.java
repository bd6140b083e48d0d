package org.safeguard.corporateparenting.care;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;

import org.safeguard.corporateparenting.model.CareEpisode;
import org.safeguard.corporateparenting.model.CareLeaver;
import org.safeguard.corporateparenting.model.CareReview;
import org.safeguard.corporateparenting.model.EducationPlan;
import org.safeguard.corporateparenting.model.HealthCheck;
import org.safeguard.corporateparenting.model.HolderPeriod;
import org.safeguard.corporateparenting.model.IroAlert;
import org.safeguard.corporateparenting.model.LeavingReason;
import org.safeguard.corporateparenting.model.LegalStatus;
import org.safeguard.corporateparenting.model.LegalStatusPeriod;
import org.safeguard.corporateparenting.model.PathwayReview;
import org.safeguard.corporateparenting.model.Placement;
import org.safeguard.corporateparenting.model.PlacementChangeReason;
import org.safeguard.platform.api.persistence.Transactions;

/**
 * Every write, each in one transaction: all of a form's rows or none. Changes to a period of care
 * carry the version the user's form was drawn from; someone else's change meanwhile (or the child
 * having left care) refuses the write with {@link ChangedMeanwhile} instead of overwriting it.
 */
public final class CareWrites {

    /** The period of care changed (or ended) since the form was shown. */
    public static final class ChangedMeanwhile extends RuntimeException {
        public ChangedMeanwhile() {
            super("the period of care changed since the form was shown");
        }
    }

    /** Who recorded it, when (UTC). */
    public record By(Long userId, String name, LocalDateTime atUtc) {}

    /** A placement change as it is about to be committed: fostering is told inside the transaction. */
    public record PlacementChange(CareEpisode episode, Placement ended, Placement started) {}

    private final EntityManagerFactory factory;

    public CareWrites(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /** A child comes into care: the period, its first legal status and, when a team takes them at once, who holds them. */
    public CareEpisode startCare(CareEpisode episode, LegalStatus status, Holder holder, By by) {
        return Transactions.inTransaction(factory, em -> {
            em.persist(episode);
            em.flush();
            em.persist(new LegalStatusPeriod(episode.id(), status, episode.startedOn(), by.name(), by.atUtc()));
            if (holder != null) {
                episode.holdBy(holder.teamId(), holder.workerId());
                em.persist(holder.period(episode.id(), episode.startedOn(), by));
            }
            return episode;
        });
    }

    /** Who holds a child in care: a team and maybe a worker; a null team means the team holding the child's case. */
    public record Holder(Long teamId, String teamName, Long workerId, String workerName) {

        HolderPeriod period(long episodeId, LocalDate from, By by) {
            return new HolderPeriod(episodeId, teamId, teamName, workerId, workerName, from, by.name(), by.atUtc());
        }
    }

    public void changeStatus(long episodeId, int expectedVersion, LegalStatus status, LocalDate from, By by) {
        Transactions.run(factory, em -> {
            lockOpen(em, episodeId, expectedVersion);
            for (LegalStatusPeriod current : open(em, "LegalStatusPeriod", LegalStatusPeriod.class, episodeId, "toDate")) {
                current.end(from);
            }
            em.persist(new LegalStatusPeriod(episodeId, status, from, by.name(), by.atUtc()));
        });
    }

    /**
     * A new placement; the current one ends the day it starts, for {@code reasonForCurrent}.
     * {@code beforeCommit} runs inside the transaction (fostering is told there): if it throws,
     * nothing is saved.
     */
    public Placement addPlacement(long episodeId, int expectedVersion, Placement started,
                                  PlacementChangeReason reasonForCurrent, Consumer<PlacementChange> beforeCommit) {
        return Transactions.inTransaction(factory, em -> {
            CareEpisode episode = lockOpen(em, episodeId, expectedVersion);
            Placement ended = null;
            for (Placement current : open(em, "Placement", Placement.class, episodeId, "endedOn")) {
                current.end(started.startedOn(), reasonForCurrent);
                ended = current;
            }
            em.persist(started);
            em.flush();
            beforeCommit.accept(new PlacementChange(episode, ended, started));
            return started;
        });
    }

    public void changeHolder(long episodeId, int expectedVersion, Holder holder, LocalDate from, By by) {
        Transactions.run(factory, em -> {
            CareEpisode episode = lockOpen(em, episodeId, expectedVersion);
            for (HolderPeriod current : open(em, "HolderPeriod", HolderPeriod.class, episodeId, "toDate")) {
                current.end(from);
            }
            episode.holdBy(holder.teamId(), holder.workerId());
            em.persist(holder.period(episodeId, from, by));
        });
    }

    /**
     * The child leaves care: the period, its legal status, placement and holder all end that day.
     * {@code beforeCommit} gets the placement that ended (fostering is told), if there was one.
     */
    public void leaveCare(long episodeId, int expectedVersion, LocalDate on, LeavingReason reason, String detail,
                          Consumer<Optional<PlacementChange>> beforeCommit) {
        Transactions.run(factory, em -> {
            CareEpisode episode = lockOpen(em, episodeId, expectedVersion);
            episode.end(on, reason, detail);
            open(em, "LegalStatusPeriod", LegalStatusPeriod.class, episodeId, "toDate").forEach(s -> s.end(on));
            open(em, "HolderPeriod", HolderPeriod.class, episodeId, "toDate").forEach(h -> h.end(on));
            Placement ended = null;
            for (Placement current : open(em, "Placement", Placement.class, episodeId, "endedOn")) {
                current.end(on, PlacementChangeReason.LEFT_CARE);
                ended = current;
            }
            beforeCommit.accept(ended == null ? Optional.empty() : Optional.of(new PlacementChange(episode, ended, null)));
        });
    }

    public void markUasc(long episodeId, int expectedVersion, boolean uasc, Holder uascTeam, LocalDate from, By by) {
        Transactions.run(factory, em -> {
            CareEpisode episode = lockOpen(em, episodeId, expectedVersion);
            episode.markUasc(uasc);
            if (uascTeam != null) {
                for (HolderPeriod current : open(em, "HolderPeriod", HolderPeriod.class, episodeId, "toDate")) {
                    current.end(from);
                }
                episode.holdBy(uascTeam.teamId(), uascTeam.workerId());
                em.persist(uascTeam.period(episodeId, from, by));
            }
        });
    }

    /** A review, and its chair becomes the child's independent reviewing officer. */
    public void addReview(CareReview review) {
        Transactions.run(factory, em -> {
            em.persist(review);
            CareEpisode episode = em.find(CareEpisode.class, review.episodeId());
            episode.reviewedBy(review.chairUserId(), review.chairName());
        });
    }

    public void allocateIro(long episodeId, Long iroUserId, String iroName) {
        Transactions.run(factory, em -> em.find(CareEpisode.class, episodeId).reviewedBy(iroUserId, iroName));
    }

    public IroAlert addAlert(IroAlert alert) {
        return Transactions.inTransaction(factory, em -> {
            em.persist(alert);
            return alert;
        });
    }

    /** Answers or resolves an open alert; refused when it changed or was resolved meanwhile. */
    public void updateAlert(long alertId, int expectedVersion, Consumer<IroAlert> change) {
        Transactions.run(factory, em -> {
            IroAlert alert = em.find(IroAlert.class, alertId);
            if (alert == null || !alert.open() || alert.version() != expectedVersion) {
                throw new ChangedMeanwhile();
            }
            change.accept(alert);
        });
    }

    public void addHealthCheck(HealthCheck check) {
        Transactions.run(factory, em -> em.persist(check));
    }

    public void addEducationPlan(EducationPlan plan) {
        Transactions.run(factory, em -> em.persist(plan));
    }

    /** Creates the young person's leaving care record on first save; refused when someone else saved meanwhile. */
    public CareLeaver saveLeaver(long authorityId, long childId, Integer expectedVersion, Consumer<CareLeaver> change) {
        return Transactions.inTransaction(factory, em -> {
            Optional<CareLeaver> existing = CareRepository.leaver(em, authorityId, childId);
            CareLeaver leaver;
            if (existing.isPresent()) {
                leaver = existing.get();
                if (expectedVersion == null || leaver.version() != expectedVersion) {
                    throw new ChangedMeanwhile();
                }
            } else {
                if (expectedVersion != null) {
                    throw new ChangedMeanwhile();
                }
                leaver = new CareLeaver(authorityId, childId);
            }
            change.accept(leaver);
            if (existing.isEmpty()) {
                em.persist(leaver);
            }
            return leaver;
        });
    }

    public void addPathwayReview(PathwayReview review) {
        Transactions.run(factory, em -> em.persist(review));
    }

    private static CareEpisode lockOpen(EntityManager em, long episodeId, int expectedVersion) {
        CareEpisode episode = em.find(CareEpisode.class, episodeId);
        if (episode == null || !episode.open() || episode.version() != expectedVersion) {
            throw new ChangedMeanwhile();
        }
        // bumps the version at commit, so two changes drawn from the same page cannot both win
        em.lock(episode, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return episode;
    }

    private static <T> List<T> open(EntityManager em, String entity, Class<T> type, long episodeId, String endField) {
        return em.createQuery("SELECT x FROM " + entity + " x WHERE x.episodeId = :e AND x." + endField + " IS NULL", type)
                .setParameter("e", episodeId).getResultList();
    }
}
