package org.safeguard.fostering;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.safeguard.caserecords.api.CaseDirectory;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.fostering.data.ContactRepository;
import org.safeguard.fostering.data.HouseholdRepository;
import org.safeguard.fostering.data.MatchRepository;
import org.safeguard.fostering.data.PlacementBook;
import org.safeguard.fostering.data.SettingsRepository;
import org.safeguard.fostering.model.FosteringSettings;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.modules.ModuleDescriptor;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.WebRequest;

/**
 * What every fostering page and service starts from: the module's repositories, the case
 * directory, the access rule, the audit log and the clock. Registered inside the bundle only so
 * the page components share one set; it starts once the schema is migrated (the unit reference).
 */
@Component(service = FosteringContext.class)
public class FosteringContext {

    @Reference(target = "(safeguard.unit=safeguard-fostering)")
    private EntityManagerFactory factory;

    @Reference
    private CaseDirectory cases;

    @Reference
    private AuditLog auditLog;

    @Reference
    private OrganisationDirectory organisation;

    @Reference
    private ModuleEnablement enablement;

    /** Ids of the modules running now: corporate parenting's presence decides where placements are recorded. */
    private final Set<String> runningModules = ConcurrentHashMap.newKeySet();

    private CouncilClock clock = CouncilClock.system();
    private HouseholdRepository households;
    private MatchRepository matches;
    private PlacementBook placements;
    private ContactRepository contact;
    private SettingsRepository settings;

    public FosteringContext() {
    }

    /** For tests. */
    public FosteringContext(EntityManagerFactory factory, CaseDirectory cases, AuditLog auditLog,
                            OrganisationDirectory organisation, ModuleEnablement enablement, CouncilClock clock) {
        this.factory = factory;
        this.cases = cases;
        this.auditLog = auditLog;
        this.organisation = organisation;
        this.enablement = enablement;
        this.clock = clock;
        activate();
    }

    @Activate
    void activate() {
        households = new HouseholdRepository(factory);
        matches = new MatchRepository(factory);
        placements = new PlacementBook(factory);
        contact = new ContactRepository(factory);
        settings = new SettingsRepository(factory);
    }

    @Reference(service = ModuleDescriptor.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "unbindModule")
    void bindModule(ModuleDescriptor module) {
        runningModules.add(module.id());
    }

    void unbindModule(ModuleDescriptor module) {
        runningModules.remove(module.id());
    }

    /** For tests: a module (e.g. corporate parenting) is running. */
    public void moduleRunning(String moduleId, boolean running) {
        if (running) {
            runningModules.add(moduleId);
        } else {
            runningModules.remove(moduleId);
        }
    }

    public FosteringAccess access(CurrentUser user) {
        return new FosteringAccess(user, organisation::team, enablement);
    }

    /**
     * The child's case named in the path when the user may see it (case records' rule) and fostering
     * is enabled for the case's district; otherwise empty, which pages answer with 404.
     */
    public Optional<ChildCase> visibleCase(WebRequest request, String pathParam) {
        return Ids.path(request, pathParam).flatMap(id -> visibleCase(request.user(), id));
    }

    public Optional<ChildCase> visibleCase(CurrentUser user, long caseId) {
        return cases.visibleCase(user, caseId)
                .filter(c -> enablement.isEnabled(FosteringModule.MODULE_ID, c.authorityId(), c.districtId()));
    }

    /**
     * Whether children coming to live with this authority's carers are recorded on fostering's pages:
     * true unless corporate parenting is running and enabled in the authority, in which case it
     * records placements and tells fostering through the FosterCarers API.
     */
    public boolean placementsRecordedHere(long authorityId) {
        return !(runningModules.contains(FosteringModule.CORPORATE_PARENTING)
                && enablement.enablement(FosteringModule.CORPORATE_PARENTING, authorityId).enabledAnywhere());
    }

    /** The case's banner and tabs, with the tab for this path marked, and the ids pages link with. */
    public Map<String, Object> caseModel(ChildCase childCase, WebRequest request) {
        Map<String, Object> model = new HashMap<>();
        model.put("recordHeader", cases.caseHeader(request.user(), childCase).withCurrent(request.path()));
        model.put("caseId", childCase.id());
        model.put("childName", childCase.childName());
        return model;
    }

    /** Ids and codes only in {@code detail}: never names or free text. */
    public void audit(WebRequest request, String action, String subjectType, Object subjectId, String detail) {
        auditLog.record(request.user(), request.remoteAddress(), action, subjectType,
                subjectId == null ? null : String.valueOf(subjectId), detail);
    }

    public FosteringSettings settings(long authorityId) {
        return settings.forAuthority(authorityId);
    }

    public CaseDirectory cases() {
        return cases;
    }

    public AuditLog auditLog() {
        return auditLog;
    }

    public OrganisationDirectory organisation() {
        return organisation;
    }

    public ModuleEnablement enablement() {
        return enablement;
    }

    public CouncilClock clock() {
        return clock;
    }

    public HouseholdRepository households() {
        return households;
    }

    public MatchRepository matches() {
        return matches;
    }

    public PlacementBook placements() {
        return placements;
    }

    public ContactRepository contact() {
        return contact;
    }

    public SettingsRepository settingsRepository() {
        return settings;
    }
}
