package org.safeguard.caserecords;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.model.AuthoritySettings;
import org.safeguard.platform.api.persistence.Transactions;

/** An authority's caseload guide, statutory visit frequencies and due-soon window; the seeds' figures until changed. */
@Component(service = CaseSettings.class)
public class CaseSettings {

    @Reference(target = "(safeguard.unit=safeguard-case-records)")
    private EntityManagerFactory factory;

    public CaseSettings() {
    }

    /** For tests. */
    public CaseSettings(EntityManagerFactory factory) {
        this.factory = factory;
    }

    public AuthoritySettings forAuthority(long authorityId) {
        AuthoritySettings stored = Transactions.read(factory, em -> em.find(AuthoritySettings.class, authorityId));
        return stored != null ? stored : AuthoritySettings.defaults(authorityId);
    }

    public void save(long authorityId, int casesPerFte, int cpVisitDays, int cinVisitDays, int dueSoonWorkingDays) {
        Transactions.run(factory, em -> {
            AuthoritySettings stored = em.find(AuthoritySettings.class, authorityId);
            if (stored == null) {
                em.persist(new AuthoritySettings(authorityId, casesPerFte, cpVisitDays, cinVisitDays, dueSoonWorkingDays));
            } else {
                stored.change(casesPerFte, cpVisitDays, cinVisitDays, dueSoonWorkingDays);
            }
        });
    }
}
