package org.safeguard.reflection.data;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.safeguard.platform.api.persistence.Transactions;
import org.safeguard.reflection.model.ClinicianAttachment;
import org.safeguard.reflection.rules.ClinicianTime;

/** Recorded clinician time per team; a team without a row keeps the organisation's default. */
public final class AttachmentRepository {

    private final EntityManagerFactory factory;

    public AttachmentRepository(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /** One clinician's recorded choices, by team. */
    public Map<Long, ClinicianTime.Recorded> forClinician(long authorityId, long clinicianUserId) {
        Map<Long, ClinicianTime.Recorded> recorded = new HashMap<>();
        for (ClinicianAttachment row : Transactions.read(factory, em -> em.createQuery(
                        "SELECT a FROM ClinicianAttachment a WHERE a.authorityId = :authority"
                                + " AND a.clinicianUserId = :clinician", ClinicianAttachment.class)
                .setParameter("authority", authorityId)
                .setParameter("clinician", clinicianUserId)
                .getResultList())) {
            recorded.put(row.teamId(), new ClinicianTime.Recorded(row.attached(), row.fte()));
        }
        return recorded;
    }

    /** Every recorded choice in the authority: clinician id → team id → choice. */
    public Map<Long, Map<Long, ClinicianTime.Recorded>> forAuthority(long authorityId) {
        Map<Long, Map<Long, ClinicianTime.Recorded>> all = new HashMap<>();
        for (ClinicianAttachment row : Transactions.read(factory, em -> em.createQuery(
                        "SELECT a FROM ClinicianAttachment a WHERE a.authorityId = :authority", ClinicianAttachment.class)
                .setParameter("authority", authorityId)
                .getResultList())) {
            all.computeIfAbsent(row.clinicianUserId(), k -> new HashMap<>())
                    .put(row.teamId(), new ClinicianTime.Recorded(row.attached(), row.fte()));
        }
        return all;
    }

    /** Records these teams' choices for one clinician, all or none. */
    public void save(long authorityId, long clinicianUserId, Map<Long, ClinicianTime.Recorded> choices, long byUserId,
                     Instant at) {
        Transactions.run(factory, em -> {
            List<ClinicianAttachment> existing = em.createQuery(
                            "SELECT a FROM ClinicianAttachment a WHERE a.authorityId = :authority"
                                    + " AND a.clinicianUserId = :clinician", ClinicianAttachment.class)
                    .setParameter("authority", authorityId)
                    .setParameter("clinician", clinicianUserId)
                    .getResultList();
            Map<Long, ClinicianAttachment> byTeam = new HashMap<>();
            existing.forEach(row -> byTeam.put(row.teamId(), row));
            choices.forEach((teamId, choice) -> {
                ClinicianAttachment row = byTeam.get(teamId);
                if (row == null) {
                    em.persist(new ClinicianAttachment(authorityId, clinicianUserId, teamId, choice.attached(),
                            choice.fte(), byUserId, at));
                } else {
                    row.change(choice.attached(), choice.fte(), byUserId, at);
                }
            });
        });
    }
}
