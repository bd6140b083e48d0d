package org.safeguard.reflection.data;

import java.time.Instant;

import jakarta.persistence.EntityManagerFactory;

import org.safeguard.platform.api.persistence.Transactions;
import org.safeguard.reflection.model.ReflectionSettings;

/** An authority's reflection session figures; the defaults until an administrator changes them. */
public final class SettingsRepository {

    private final EntityManagerFactory factory;

    public SettingsRepository(EntityManagerFactory factory) {
        this.factory = factory;
    }

    public ReflectionSettings forAuthority(long authorityId) {
        ReflectionSettings stored = Transactions.read(factory, em -> em.find(ReflectionSettings.class, authorityId));
        return stored != null ? stored : ReflectionSettings.defaults(authorityId);
    }

    public void save(long authorityId, int intervalWeeks, int sessionMinutes, int minutesPerFamily, int driftCpMonths,
                     long byUserId, Instant at) {
        Transactions.run(factory, em -> {
            ReflectionSettings stored = em.find(ReflectionSettings.class, authorityId);
            if (stored == null) {
                stored = ReflectionSettings.defaults(authorityId);
                stored.change(intervalWeeks, sessionMinutes, minutesPerFamily, driftCpMonths, byUserId, at);
                em.persist(stored);
            } else {
                stored.change(intervalWeeks, sessionMinutes, minutesPerFamily, driftCpMonths, byUserId, at);
            }
        });
    }
}
