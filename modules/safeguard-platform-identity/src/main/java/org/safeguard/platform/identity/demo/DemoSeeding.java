package org.safeguard.platform.identity.demo;

import java.time.Clock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;

import org.safeguard.platform.api.demo.DemoDataContributor;
import org.safeguard.platform.api.organisation.Authority;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.persistence.Transactions;
import org.safeguard.platform.identity.entity.DemoSeedEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The seeding steps, each safe to repeat: what is already there is never written again. */
public final class DemoSeeding {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeding.class);

    private final EntityManagerFactory emf;
    private final OrganisationDirectory directory;
    private final Clock clock;

    public DemoSeeding(EntityManagerFactory emf, OrganisationDirectory directory, Clock clock) {
        this.emf = emf;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * Writes the demo county into an empty organisation.
     *
     * @param passwordHash asked for only when there is something to seed: it costs a bcrypt hash
     * @return how many accounts were created (0 when the organisation was not empty)
     */
    public int seedOrganisation(Supplier<String> passwordHash) {
        if (!Transactions.read(emf, DemoCountyWriter::organisationIsEmpty)) {
            return 0;
        }
        String hash = passwordHash.get();
        return Transactions.inTransaction(emf, em -> DemoCountyWriter.organisationIsEmpty(em)
                ? DemoCountyWriter.write(em, DemoCountyPlan.authorities(), hash) : 0);
    }

    /**
     * Gives a module's contributor each authority it has not seeded yet, and records each success.
     * A failure is logged and not recorded, so the next start tries that authority again. An
     * authority where a module named in {@link DemoDataContributor#after()} has not been seeded
     * yet is left for later.
     *
     * @param stillWanted false once the contributor has gone or seeding is stopping
     * @return true when something was seeded (so contributors waiting for this one may go now)
     */
    public boolean seedModule(DemoDataContributor contributor, BooleanSupplier stillWanted) {
        String moduleId = contributor.moduleId();
        boolean seededAny = false;
        for (Authority authority : directory.authorities()) {
            if (!stillWanted.getAsBoolean()) {
                return seededAny;
            }
            if (alreadySeeded(moduleId, authority.id())) {
                continue;
            }
            if (!contributor.after().stream().allMatch(first -> alreadySeeded(first, authority.id()))) {
                LOG.debug("Demo data of module {} waits for {} in {}", moduleId, contributor.after(), authority.name());
                continue;
            }
            try {
                contributor.seed(authority, directory);
                Transactions.run(emf, em -> em.persist(new DemoSeedEntity(moduleId, authority.id(), clock.instant())));
                LOG.info("Demo data of module {} seeded for {}", moduleId, authority.name());
                seededAny = true;
            } catch (RuntimeException e) {
                LOG.error("Demo data of module {} could not be seeded for {}", moduleId, authority.name(), e);
            }
        }
        return seededAny;
    }

    private boolean alreadySeeded(String moduleId, long authorityId) {
        return Transactions.read(emf, em -> em.createQuery(
                        "select count(s) from DemoSeedEntity s where s.moduleId = :module and s.authorityId = :authority", Long.class)
                .setParameter("module", moduleId)
                .setParameter("authority", authorityId)
                .getSingleResult() > 0L);
    }
}
