package org.safeguard.familysafeguarding.data;

import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.platform.api.persistence.Transactions;

/**
 * The module's records, one repository per kind, over its own persistence unit. A service so the
 * pages, the whiteboard contributions and the demo data share one set of repositories; it starts
 * only once the persistence bundle has migrated the schema and registered the unit.
 */
@Component(service = FamilySafeguardingData.class)
public class FamilySafeguardingData {

    @Reference(target = "(safeguard.unit=safeguard-family-safeguarding)")
    private EntityManagerFactory factory;

    private FactorRepository factors;
    private AssignmentRepository assignments;
    private SessionRepository sessions;
    private GoalRepository goals;
    private WorkbookRepository workbook;
    private SettingsRepository settings;

    public FamilySafeguardingData() {
    }

    /** For tests. */
    public FamilySafeguardingData(EntityManagerFactory factory) {
        this.factory = factory;
        activate();
    }

    @Activate
    void activate() {
        factors = new FactorRepository(factory);
        assignments = new AssignmentRepository(factory);
        sessions = new SessionRepository(factory);
        goals = new GoalRepository(factory);
        workbook = new WorkbookRepository(factory);
        settings = new SettingsRepository(factory);
    }

    /**
     * Several kinds of record written in one transaction, all or nothing: for the demo data, whose
     * sessions and goals need the ids of the assignments written before them.
     */
    public void write(Consumer<EntityManager> work) {
        Transactions.run(factory, work);
    }

    public FactorRepository factors() { return factors; }
    public AssignmentRepository assignments() { return assignments; }
    public SessionRepository sessions() { return sessions; }
    public GoalRepository goals() { return goals; }
    public WorkbookRepository workbook() { return workbook; }
    public SettingsRepository settings() { return settings; }
}
