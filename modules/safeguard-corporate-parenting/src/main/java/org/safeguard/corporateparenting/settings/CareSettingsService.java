package org.safeguard.corporateparenting.settings;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.corporateparenting.model.CareSettings;
import org.safeguard.platform.api.persistence.Transactions;

/** An authority's timescales for children in care; the statutory and seed figures until changed. */
@Component(service = CareSettingsService.class)
public class CareSettingsService {

    @Reference(target = "(safeguard.unit=safeguard-corporate-parenting)")
    private EntityManagerFactory factory;

    public CareSettingsService() {
    }

    /** For tests. */
    public CareSettingsService(EntityManagerFactory factory) {
        this.factory = factory;
    }

    public CareSettings forAuthority(long authorityId) {
        CareSettings stored = Transactions.read(factory, em -> em.find(CareSettings.class, authorityId));
        return stored != null ? stored : CareSettings.defaults(authorityId);
    }

    public void save(CareSettings wanted) {
        Transactions.run(factory, em -> {
            CareSettings stored = em.find(CareSettings.class, wanted.authorityId());
            if (stored == null) {
                em.persist(wanted);
            } else {
                stored.change(wanted.ihaDays(), wanted.healthReviewMonthsUnder5(), wanted.healthReviewMonths(),
                        wanted.dentalMonths(), wanted.pepMonths(), wanted.firstVisitDays(), wanted.visitIntervalDays(),
                        wanted.longTermVisitIntervalDays(), wanted.pathwayReviewMonths(), wanted.alertResponseWorkingDays());
            }
        });
    }
}
