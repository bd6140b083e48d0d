package org.safeguard.platform.identity.demo;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.safeguard.platform.api.demo.DemoDataContributor;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.identity.security.PasswordHasher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds the demo county when {@code org.safeguard.platform.demo} says {@code enabled=true}: the
 * organisation once into an empty database, then each module's demo data once per authority.
 * All of it on one background thread, so neither the framework nor a module's start waits.
 */
@Component(service = {}, immediate = true, configurationPid = DemoCountySeeder.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class DemoCountySeeder {

    public static final String PID = "org.safeguard.platform.demo";

    public @interface Config {
        boolean enabled() default false;
    }

    private static final Logger LOG = LoggerFactory.getLogger(DemoCountySeeder.class);

    @Reference(target = "(safeguard.unit=safeguard-platform-identity)")
    private EntityManagerFactory emf;

    @Reference
    private OrganisationDirectory directory;

    private final Map<DemoDataContributor, Boolean> contributors = new ConcurrentHashMap<>();
    private volatile ExecutorService worker;
    private volatile boolean enabled;

    @Activate
    void activate(Config config) {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "safeguard-demo-seeder");
            thread.setDaemon(true);
            return thread;
        });
        apply(config);
    }

    @Modified
    void modified(Config config) {
        apply(config);
    }

    @Deactivate
    void deactivate() {
        ExecutorService current = worker;
        worker = null;
        if (current != null) {
            current.shutdownNow();
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindContributor(DemoDataContributor contributor) {
        contributors.put(contributor, Boolean.TRUE);
        if (enabled) {
            submit(() -> seedModule(contributor));
        }
    }

    void unbindContributor(DemoDataContributor contributor) {
        contributors.remove(contributor);
    }

    private void apply(Config config) {
        boolean wasEnabled = enabled;
        enabled = config.enabled();
        if (enabled && !wasEnabled) {
            submit(this::seedEverything);
        }
    }

    private void submit(Runnable task) {
        ExecutorService current = worker;
        if (current == null) {
            // not active yet: activation seeds every contributor bound by then
            return;
        }
        try {
            current.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.error("Demo county seeding failed", e);
                }
            });
        } catch (RejectedExecutionException stopping) {
            LOG.debug("Demo seeding not scheduled: the component is stopping");
        }
    }

    private void seedEverything() {
        long started = System.nanoTime();
        int accounts = seeding().seedOrganisation(() -> new PasswordHasher().hash(DemoCountyPlan.PASSWORD));
        if (accounts > 0) {
            LOG.info("Demo county seeded: {} staff accounts in {} ms", accounts, (System.nanoTime() - started) / 1_000_000);
        }
        contributors.keySet().forEach(this::seedModule);
    }

    /** Seeds one contributor; when it seeded something, gives every other one its turn again (some wait for it). */
    private void seedModule(DemoDataContributor contributor) {
        boolean seeded = seeding().seedModule(contributor,
                () -> contributors.containsKey(contributor) && !Thread.currentThread().isInterrupted());
        if (seeded) {
            contributors.keySet().stream()
                    .filter(other -> other != contributor && other.after().contains(contributor.moduleId()))
                    .forEach(this::seedModule);
        }
    }

    private DemoSeeding seeding() {
        return new DemoSeeding(emf, directory, Clock.systemUTC());
    }
}
