package org.safeguard.familysafeguarding.data;

import jakarta.persistence.EntityManagerFactory;

import org.safeguard.familysafeguarding.model.FamilySafeguardingSettings;
import org.safeguard.familysafeguarding.model.PractitionerScope;
import org.safeguard.platform.api.persistence.Transactions;

/** An authority's Family Safeguarding settings; the defaults until an administrator changes them. */
public final class SettingsRepository {

    private final EntityManagerFactory factory;

    public SettingsRepository(EntityManagerFactory factory) {
        this.factory = factory;
    }

    public FamilySafeguardingSettings forAuthority(long authorityId) {
        FamilySafeguardingSettings stored = Transactions.read(factory,
                em -> em.find(FamilySafeguardingSettings.class, authorityId));
        return stored != null ? stored : FamilySafeguardingSettings.defaults(authorityId);
    }

    public void save(long authorityId, int substanceMisusePerFte, int mentalHealthPerFte, int domesticAbusePerFte,
                     PractitionerScope scope, int assignWithinWorkingDays) {
        Transactions.run(factory, em -> {
            FamilySafeguardingSettings stored = em.find(FamilySafeguardingSettings.class, authorityId);
            if (stored == null) {
                em.persist(new FamilySafeguardingSettings(authorityId, substanceMisusePerFte, mentalHealthPerFte,
                        domesticAbusePerFte, scope, assignWithinWorkingDays));
            } else {
                stored.change(substanceMisusePerFte, mentalHealthPerFte, domesticAbusePerFte, scope,
                        assignWithinWorkingDays);
            }
        });
    }
}
