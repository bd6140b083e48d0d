package org.safeguard.corporateparenting.care;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.api.CaseDirectory;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.api.WorkingDays;
import org.safeguard.corporateparenting.CorporateParentingModule;
import org.safeguard.corporateparenting.leavers.LeaverStatus;
import org.safeguard.corporateparenting.model.CareEpisode;
import org.safeguard.corporateparenting.model.CareSettings;
import org.safeguard.corporateparenting.model.PathwayReview;
import org.safeguard.corporateparenting.settings.CareSettingsService;
import org.safeguard.corporateparenting.web.CareContext;
import org.safeguard.corporateparenting.web.CareLinks;
import org.safeguard.corporateparenting.web.Staff;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.persistence.Transactions;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/**
 * The "Child in care" tab on a child's case: whether they are in care, everything about the
 * current period of care and what is due, the histories, earlier periods and leaving care support.
 */
@Component(service = RouteContribution.class)
public class CareTabPages implements RouteContribution {

    static final String TEMPLATE = "corporate-parenting/child";

    @Reference(target = "(safeguard.unit=safeguard-corporate-parenting)")
    private EntityManagerFactory factory;
    @Reference
    private CaseDirectory directory;
    @Reference
    private AuditLog auditLog;
    @Reference
    private ModuleEnablement enablement;
    @Reference
    private OrganisationDirectory organisation;
    @Reference
    private WorkingDays workingDays;
    @Reference
    private CareSettingsService settings;

    private CouncilClock clock = CouncilClock.system();
    private CareRepository repository;
    private CareContext context;
    private Staff staff;

    public CareTabPages() {
    }

    /** For tests. */
    public CareTabPages(EntityManagerFactory factory, CaseDirectory directory, AuditLog auditLog, ModuleEnablement enablement,
                        OrganisationDirectory organisation, WorkingDays workingDays, CareSettingsService settings,
                        CouncilClock clock) {
        this.factory = factory;
        this.directory = directory;
        this.auditLog = auditLog;
        this.enablement = enablement;
        this.organisation = organisation;
        this.workingDays = workingDays;
        this.settings = settings;
        this.clock = clock;
        activate();
    }

    @Activate
    void activate() {
        repository = new CareRepository(factory);
        context = new CareContext(directory, auditLog, enablement);
        staff = new Staff(organisation, enablement);
    }

    @Override
    public String moduleId() {
        return CorporateParentingModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.get(CareLinks.CHILDREN_IN_CARE + "/cases/{caseId}", CorporateParentingModule.READ, this::show));
    }

    PageResult show(WebRequest request) {
        Optional<ChildCase> found = context.visibleCase(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        ChildCase childCase = found.get();
        LocalDate today = clock.today();
        ChildRecord child = repository.child(childCase.authorityId(), childCase.childId());
        refreshChildCopies(child, childCase);
        CareSettings figures = settings.forAuthority(childCase.authorityId());
        LocalDate lastVisit = child.current()
                .map(r -> directory.lastVisits(List.of(r.episode().caseId())).get(r.episode().caseId()))
                .orElse(null);
        Map<String, Object> model = context.model(childCase, request);
        model.putAll(ChildView.model(child, childCase, lastVisit, figures, workingDays, today, request.user(), staff));
        if (childCase.childDateOfBirth() != null) {
            LeaverStatus.of(childCase.childDateOfBirth(), child.periods(), child.leaver(),
                            child.pathwayReviews().stream().map(PathwayReview::reviewedOn).toList(),
                            figures.pathwayReviewMonths(), today)
                    .ifPresent(status -> model.put("leaving", status));
        }
        model.put("leaverHref", CareLinks.leaver(childCase.id()));
        model.put("canLeavingCare", request.user().hasPermission(CorporateParentingModule.LEAVING_CARE));
        request.query("done").ifPresent(done -> model.put("done", Done.message(done)));
        context.audit(request, "child-in-care.view", childCase,
                "episodes=" + child.episodes().size() + (child.inCare() ? " in-care" : ""));
        return PageResult.page(TEMPLATE, "Child in care: " + childCase.childName(), model);
    }

    /** The work tray and lists show the name and age copied here; case records is their source. */
    private void refreshChildCopies(ChildRecord child, ChildCase childCase) {
        if (childCase.childDateOfBirth() == null) {
            return;
        }
        for (EpisodeRecord r : child.episodes()) {
            CareEpisode e = r.episode();
            if (!childCase.childName().equals(e.childName()) || !childCase.childDateOfBirth().equals(e.dateOfBirth())) {
                Transactions.run(factory, em -> em.find(CareEpisode.class, e.id())
                        .refreshChild(childCase.childName(), childCase.childDateOfBirth()));
            }
        }
    }
}
