package org.safeguard.modules.teamnotices;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.safeguard.platform.api.persistence.Transactions;

/**
 * The module's only database access, in one place so the tenancy rule (authority AND team)
 * cannot be forgotten by one page and remembered by another.
 */
final class TeamNoticeRepository {

    /** A team's notice board, not an archive: old notices expire, so a cap is enough. */
    static final int MAX_SHOWN = 100;

    private final EntityManagerFactory factory;

    TeamNoticeRepository(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /** Notices not yet expired on {@code today}, newest first, for these teams of these authorities. */
    List<TeamNotice> current(Collection<Long> teamIds, Collection<Long> authorityIds, LocalDate today) {
        if (teamIds.isEmpty() || authorityIds.isEmpty()) {
            // An empty IN () is not valid SQL on Derby.
            return List.of();
        }
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT n FROM TeamNotice n"
                                + " WHERE n.teamId IN :teams AND n.authorityId IN :authorities"
                                + " AND (n.expiresOn IS NULL OR n.expiresOn > :today)"
                                + " ORDER BY n.postedAtUtc DESC, n.id DESC", TeamNotice.class)
                .setParameter("teams", teamIds)
                .setParameter("authorities", authorityIds)
                .setParameter("today", today)
                .setMaxResults(MAX_SHOWN)
                .getResultList());
    }

    TeamNotice post(TeamNotice notice) {
        return Transactions.inTransaction(factory, em -> {
            em.persist(notice);
            // Flush now so the generated id is known for the audit entry.
            em.flush();
            return notice;
        });
    }

    /** All or nothing: a failure part-way saves none of them. */
    void postAll(List<TeamNotice> batch) {
        Transactions.run(factory, em -> batch.forEach(em::persist));
    }
}
