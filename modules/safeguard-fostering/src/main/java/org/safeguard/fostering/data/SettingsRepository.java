package org.safeguard.fostering.data;

import java.time.LocalDateTime;

import jakarta.persistence.EntityManagerFactory;

import org.safeguard.fostering.model.FosteringSettings;
import org.safeguard.platform.api.persistence.Transactions;

/** The authority's fostering settings; the defaults until an administrator saves them. */
public final class SettingsRepository {

    private final EntityManagerFactory factory;

    public SettingsRepository(EntityManagerFactory factory) {
        this.factory = factory;
    }

    public FosteringSettings forAuthority(long authorityId) {
        FosteringSettings saved = Transactions.read(factory, em -> em.find(FosteringSettings.class, authorityId));
        return saved != null ? saved : FosteringSettings.defaults(authorityId);
    }

    public void save(long authorityId, int reviewGraceDays, int reviewDueSoonDays, Long userId, LocalDateTime at) {
        Transactions.run(factory, em -> {
            FosteringSettings settings = em.find(FosteringSettings.class, authorityId);
            if (settings == null) {
                settings = FosteringSettings.defaults(authorityId);
                em.persist(settings);
            }
            settings.change(reviewGraceDays, reviewDueSoonDays, userId, at);
        });
    }
}
