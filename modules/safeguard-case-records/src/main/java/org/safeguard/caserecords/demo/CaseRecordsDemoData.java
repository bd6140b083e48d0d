package org.safeguard.caserecords.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.CaseRecordsModule;
import org.safeguard.caserecords.api.WorkingDays;
import org.safeguard.platform.api.demo.DemoDataContributor;
import org.safeguard.platform.api.modules.ModuleEnablement.Enablement;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.organisation.Authority;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.persistence.Transactions;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.time.CouncilClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo county's case histories: ten years of contacts, referrals, assessments, plans, visits and
 * closures ending in today's open caseloads, so every page of the module has true-to-life work on
 * first sign-in. The platform calls this once per authority on its demo thread, only when the demo
 * county is on. How much history: {@code etc/org.safeguard.caserecords.demo.cfg} (see {@link DemoSize}).
 */
@Component(service = DemoDataContributor.class, configurationPid = CaseRecordsDemoData.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class CaseRecordsDemoData implements DemoDataContributor {

    public static final String PID = "org.safeguard.caserecords.demo";

    /** Families written per transaction: a big run never holds one huge transaction. */
    static final int FAMILIES_PER_COMMIT = 2_000;
    /** Smaller runs take seconds: only their last line is logged. */
    static final int PROGRESS_FROM = 10_000;

    public @interface Config {
        /** small (default) or benchmark. */
        String size() default DemoSize.SMALL;

        /** Above 0: children of the largest authority, whatever the size. */
        int children() default 0;
    }

    private static final Logger LOG = LoggerFactory.getLogger(CaseRecordsDemoData.class);

    @Reference(target = "(safeguard.unit=safeguard-case-records)")
    private EntityManagerFactory factory;

    @Reference
    private ModuleEnablement enablement;

    @Reference
    private WorkingDays workingDays;

    private CouncilClock clock = CouncilClock.system();
    private volatile DemoSize size = DemoSize.small();
    private volatile boolean active = true;

    public CaseRecordsDemoData() {
    }

    /** For tests. */
    CaseRecordsDemoData(EntityManagerFactory factory, ModuleEnablement enablement, WorkingDays workingDays,
                        CouncilClock clock, DemoSize size) {
        this.factory = factory;
        this.enablement = enablement;
        this.workingDays = workingDays;
        this.clock = clock;
        this.size = size;
    }

    @Activate
    @Modified
    void configure(Config config) {
        // read when seeding starts, so a configuration that arrives after activation still counts
        size = new DemoSize(config.size(), config.children());
        active = true;
    }

    @Deactivate
    void deactivate() {
        active = false;
    }

    @Override
    public String moduleId() {
        return CaseRecordsModule.MODULE_ID;
    }

    @Override
    public void seed(Authority authority, OrganisationDirectory directory) {
        enable(authority);
        Workforce workforce = Workforce.of(authority, directory);
        if (!workforce.canHoldCases()) {
            LOG.info("Case records demo: {} has no team holding cases; no case histories seeded", authority.name());
            return;
        }
        if (hasRecords(authority.id())) {
            // a seeding interrupted part-way (the demo is recorded only once complete): never write it twice
            LOG.info("Case records demo: {} already has case records; none added", authority.name());
            return;
        }
        DemoPlan plan = DemoPlan.of(workforce, size, isLargest(authority, workforce, directory));
        write(authority, plan, new HistoryGenerator(workforce, workingDays, clock.today(), clock.nowUtc()));
    }

    /** Demo only: case records on for the whole authority, audited as the demo seeder. */
    private void enable(Authority authority) {
        if (enablement.enablement(CaseRecordsModule.MODULE_ID, authority.id()).authorityWide()) {
            return;
        }
        CurrentUser seeder = new CurrentUser(null, "system:demo-county", "Demo county seeder", authority.id(),
                authority.name(), null, null, Set.of(), Set.of(), Set.of());
        enablement.setEnablement(new Enablement(CaseRecordsModule.MODULE_ID, authority.id(), true, Set.of()), seeder,
                "demo");
    }

    private boolean hasRecords(long authorityId) {
        return Transactions.read(factory, em -> ((Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM cr_family WHERE authority_id = ?")
                .setParameter(1, authorityId)
                .getSingleResult()).longValue() > 0);
    }

    /** The authority with the most case-holding workers gets the big history (Cambridgeshire in the demo county). */
    private static boolean isLargest(Authority authority, Workforce workforce, OrganisationDirectory directory) {
        Authority largest = directory.authorities().stream()
                .max(Comparator.comparingInt((Authority a) -> a.id() == authority.id() ? workforce.caseHolders().size()
                                : Workforce.of(a, directory).caseHolders().size())
                        .thenComparing(Comparator.comparingLong(Authority::id).reversed()))
                .orElse(authority);
        return largest.id() == authority.id();
    }

    private void write(Authority authority, DemoPlan plan, HistoryGenerator generator) {
        long started = System.nanoTime();
        int total = plan.children();
        LOG.info("Case records demo: seeding {} children with ten years of history for {}", String.format("%,d", total),
                authority.name());
        Iterator<FamilyHistory> families = plan.families(generator);
        Progress progress = new Progress(total);
        while (families.hasNext()) {
            if (!active || Thread.currentThread().isInterrupted()) {
                // not recorded as seeded; the next start finds the rows and leaves them be
                throw new IllegalStateException("Case records demo seeding stopped part-way for " + authority.name());
            }
            Transactions.run(factory, em -> {
                Connection connection = em.unwrap(Connection.class);
                try (DemoWriter writer = new DemoWriter(connection, authority.id())) {
                    for (int i = 0; i < FAMILIES_PER_COMMIT && families.hasNext(); i++) {
                        FamilyHistory f = families.next();
                        writer.write(f);
                        progress.add(f);
                    }
                    writer.flush();
                    progress.rows += writer.rows();
                } catch (SQLException e) {
                    throw new IllegalStateException("Case records demo: could not write " + authority.name() + "'s families", e);
                }
            });
        }
        // children who came into care and young people who arrived alone: written once the rest is in
        List<FamilyHistory> care = plan.careFamilies(generator, clock.today());
        Transactions.run(factory, em -> {
            Connection connection = em.unwrap(Connection.class);
            try (DemoWriter writer = new DemoWriter(connection, authority.id())) {
                for (FamilyHistory f : care) {
                    writer.write(f);
                    progress.add(f);
                }
                writer.flush();
                progress.rows += writer.rows();
            } catch (SQLException e) {
                throw new IllegalStateException("Case records demo: could not write " + authority.name() + "'s care histories", e);
            }
        });
        LOG.info("Case records demo seeded for {}: {} children, {} contacts, {} cases ({} open), {} rows in {} s",
                authority.name(), String.format("%,d", progress.children), String.format("%,d", progress.contacts),
                String.format("%,d", progress.cases), String.format("%,d", progress.open),
                String.format("%,d", progress.rows), String.format("%.1f", (System.nanoTime() - started) / 1e9));
    }

    /** Counts, and for a big history an INFO line at every tenth of the children. */
    private static final class Progress {
        final int total;
        long children;
        long contacts;
        long cases;
        long open;
        long rows;
        int reported;

        Progress(int total) {
            this.total = total;
        }

        void add(FamilyHistory f) {
            children += f.children();
            contacts += f.contacts.size();
            cases += f.cases.size();
            open += f.cases.stream().filter(FamilyHistory.CaseRow::open).count();
            int tenth = total == 0 ? 10 : (int) Math.min(10, children * 10 / total);
            if (tenth > reported && total >= PROGRESS_FROM) {
                reported = tenth;
                LOG.info("Case records demo: {}% ({} of {} children)", tenth * 10, String.format("%,d", children),
                        String.format("%,d", total));
            }
        }
    }
}
