package org.safeguard.caserecords.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.safeguard.caserecords.CaseDirectoryService;
import org.safeguard.caserecords.CaseRecordsModule;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.api.ChronologySource;
import org.safeguard.caserecords.web.CaseHeader;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.modules.ModuleCatalogue;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.modules.ModuleInfo;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.RecordTabs;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/**
 * The child's chronology: what case records recorded, plus what other modules contribute through
 * the {@link ChronologySource} whiteboard, in date order. Printable: {@code ?print=1} is the same
 * content without the page's own links; the platform's print style hides the site furniture.
 */
@Component(service = RouteContribution.class)
public class ChronologyPages implements RouteContribution {

    static final String CHRONOLOGY = "case-records/notes/chronology";

    @Reference(target = "(safeguard.unit=safeguard-case-records)")
    private EntityManagerFactory factory;

    @Reference
    private CaseDirectoryService cases;

    @Reference
    private AuditLog auditLog;

    @Reference
    private RecordTabs recordTabs;

    @Reference
    private ModuleEnablement enablement;

    /** Only to name a module whose entries failed; the page works without it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ModuleCatalogue catalogue;

    /** Modules come and go at runtime: a copy-on-write list is safe to read while one is bound or unbound. */
    private final List<ChronologySource> sources = new CopyOnWriteArrayList<>();

    private CouncilClock clock = CouncilClock.system();
    private ChronologyQueries queries;
    private CaseContext context;

    public ChronologyPages() {
    }

    /** For tests. */
    ChronologyPages(EntityManagerFactory factory, CaseDirectoryService cases, AuditLog auditLog, RecordTabs recordTabs,
                    ModuleEnablement enablement, CouncilClock clock) {
        this.factory = factory;
        this.cases = cases;
        this.auditLog = auditLog;
        this.recordTabs = recordTabs;
        this.enablement = enablement;
        this.clock = clock;
        activate();
    }

    @Activate
    void activate() {
        queries = new ChronologyQueries(factory);
        context = new CaseContext(cases, auditLog, recordTabs);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindSource(ChronologySource source) {
        sources.add(source);
    }

    void unbindSource(ChronologySource source) {
        sources.remove(source);
    }

    @Override
    public String moduleId() {
        return CaseRecordsModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.get("/cases/{caseId}/chronology", CaseRecordsModule.READ, this::chronology));
    }

    PageResult chronology(WebRequest request) {
        Optional<ChildCase> found = context.visibleCase(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        ChildCase childCase = found.get();
        ChronologyAssembler.Order order = ChronologyAssembler.Order.fromQuery(request.query("order").orElse(""));
        boolean print = request.query("print").filter("1"::equals).isPresent();
        ChronologyQueries.Own own = queries.forCase(childCase);
        ChronologyAssembler.Result result = ChronologyAssembler.assemble(childCase, own.events(), sources,
                moduleId -> enablement.isEnabled(moduleId, childCase.authorityId(), childCase.districtId()), order);

        boolean newest = order == ChronologyAssembler.Order.NEWEST_FIRST;
        Map<String, Object> model = context.model(childCase, CaseHeader.Section.CHRONOLOGY, request);
        model.put("rows", result.events().stream().map(ChronologyRow::of).toList());
        model.put("newestFirst", newest);
        model.put("print", print);
        model.put("printedAt", NoteView.instant(clock.nowUtc()));
        model.put("printedBy", request.user().displayName());
        model.put("truncated", own.truncated());
        model.put("failedModules", moduleNames(result.failedModules()));
        model.put("canRecord", request.user().hasPermission(CaseRecordsModule.RECORD));
        request.query("done").filter("event"::equals).ifPresent(done -> model.put("eventAdded", true));
        context.audit(request, "chronology.view", childCase,
                "order=" + (newest ? "newest" : "oldest") + (print ? " print" : ""));
        return PageResult.page(CHRONOLOGY, "Chronology: " + childCase.childName(), model);
    }

    private List<String> moduleNames(List<String> moduleIds) {
        ModuleCatalogue names = catalogue;
        List<String> named = new ArrayList<>();
        for (String id : moduleIds) {
            String name = id;
            if (names != null) {
                try {
                    name = names.module(id).map(ModuleInfo::name).orElse(id);
                } catch (RuntimeException e) {
                    name = id; // the catalogue is only for a friendlier name
                }
            }
            named.add(name);
        }
        return named;
    }
}
