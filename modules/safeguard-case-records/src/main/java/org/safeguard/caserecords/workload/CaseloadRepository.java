package org.safeguard.caserecords.workload;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.safeguard.caserecords.api.CaseStage;
import org.safeguard.platform.api.persistence.Transactions;

/**
 * The caseload queries. Counts are grouped in the database over the team's open cases (index
 * cr_case_team_idx: authority, team, closed_on), so the page costs the same at 100,000 children as
 * at 100; lists are paged.
 */
final class CaseloadRepository {

    private final EntityManagerFactory factory;

    CaseloadRepository(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /** Open cases of the team per lead worker. */
    Map<Long, Integer> leadCounts(long authorityId, long teamId) {
        return counts("c.leadWorkerId", authorityId, teamId);
    }

    /** Open cases of the team per co-worker. */
    Map<Long, Integer> coWorkerCounts(long authorityId, long teamId) {
        return counts("c.coWorkerId", authorityId, teamId);
    }

    private Map<Long, Integer> counts(String column, long authorityId, long teamId) {
        List<Object[]> rows = Transactions.read(factory, em -> em.createQuery(
                        "SELECT " + column + ", COUNT(c) FROM CaseRecord c"
                                + " WHERE c.authorityId = :authority AND c.teamId = :team AND c.closedOn IS NULL"
                                + " AND " + column + " IS NOT NULL GROUP BY " + column, Object[].class)
                .setParameter("authority", authorityId)
                .setParameter("team", teamId)
                .getResultList());
        Map<Long, Integer> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        return counts;
    }

    /** Open cases of the team the worker holds as lead or co-worker. */
    long workerCaseCount(long authorityId, long teamId, long workerId) {
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT COUNT(c) FROM CaseRecord c WHERE c.authorityId = :authority AND c.teamId = :team"
                                + " AND c.closedOn IS NULL AND (c.leadWorkerId = :worker OR c.coWorkerId = :worker)",
                        Long.class)
                .setParameter("authority", authorityId)
                .setParameter("team", teamId)
                .setParameter("worker", workerId)
                .getSingleResult());
    }

    /** One page of them, oldest first. */
    List<CaseRow> workerCases(long authorityId, long teamId, long workerId, int offset, int limit) {
        return rows("c.authorityId = :authority AND c.teamId = :team AND c.closedOn IS NULL"
                        + " AND (c.leadWorkerId = :worker OR c.coWorkerId = :worker)",
                Map.of("authority", authorityId, "team", teamId, "worker", workerId), offset, limit);
    }

    /** Open cases nobody holds, in these districts. */
    long unallocatedCount(long authorityId, Collection<Long> districtIds) {
        if (districtIds.isEmpty()) {
            return 0;
        }
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT COUNT(c) FROM CaseRecord c WHERE c.authorityId = :authority"
                                + " AND c.districtId IN :districts AND c.teamId IS NULL AND c.closedOn IS NULL",
                        Long.class)
                .setParameter("authority", authorityId)
                .setParameter("districts", districtIds)
                .getSingleResult());
    }

    /** One page of them, the longest waiting first. */
    List<CaseRow> unallocated(long authorityId, Collection<Long> districtIds, int offset, int limit) {
        if (districtIds.isEmpty()) {
            return List.of();
        }
        return rows("c.authorityId = :authority AND c.districtId IN :districts AND c.teamId IS NULL"
                        + " AND c.closedOn IS NULL",
                Map.of("authority", authorityId, "districts", districtIds), offset, limit);
    }

    private List<CaseRow> rows(String where, Map<String, Object> parameters, int offset, int limit) {
        return Transactions.read(factory, em -> {
            var query = em.createQuery(
                    "SELECT c.id, c.authorityId, c.districtId, p.givenName, p.familyName, c.stage, c.openedOn,"
                            + " c.leadWorkerId, c.coWorkerId FROM CaseRecord c, Person p"
                            + " WHERE p.id = c.childId AND " + where
                            + " ORDER BY c.openedOn, c.id", Object[].class);
            parameters.forEach(query::setParameter);
            return query.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                    .map(r -> new CaseRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                            ((Number) r[2]).longValue(), r[3] + " " + r[4], CaseStage.valueOf((String) r[5]),
                            (LocalDate) r[6], (Long) r[7], (Long) r[8], true))
                    .toList();
        });
    }
}
