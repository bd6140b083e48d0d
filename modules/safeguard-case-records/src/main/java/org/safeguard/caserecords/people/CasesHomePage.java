package org.safeguard.caserecords.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.CaseAccess;
import org.safeguard.caserecords.CaseAccessService;
import org.safeguard.caserecords.CaseRecordsModule;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.platform.api.web.Paging;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/**
 * The case records home: find a person among those the user may see, the user's own open cases,
 * and the ways into the rest of the module.
 */
@Component(service = RouteContribution.class)
public class CasesHomePage implements RouteContribution {

    static final String TEMPLATE = "case-records/people/home";

    @Reference(target = "(safeguard.unit=safeguard-case-records)")
    private EntityManagerFactory factory;

    @Reference
    private CaseAccessService access;

    @Reference
    private AuditLog auditLog;

    private PeopleRepository people;

    public CasesHomePage() {
    }

    /** For tests. */
    CasesHomePage(EntityManagerFactory factory, CaseAccessService access, AuditLog auditLog) {
        this.factory = factory;
        this.access = access;
        this.auditLog = auditLog;
        activate();
    }

    @Activate
    void activate() {
        people = new PeopleRepository(factory);
    }

    @Override
    public String moduleId() {
        return CaseRecordsModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.get("/cases", CaseRecordsModule.READ, this::home));
    }

    PageResult home(WebRequest request) {
        CurrentUser user = request.user();
        PeopleAccess scope = PeopleAccess.of(access, user);
        PersonSearch search = PersonSearch.read(request::query);
        Map<String, Object> model = new HashMap<>();
        model.put("search", search.values());
        model.put("canRecord", user.hasPermission(CaseRecordsModule.RECORD));
        model.put("canFrontDoor", user.hasPermission(CaseRecordsModule.FRONT_DOOR));
        List<Map<String, Object>> myCases = myCases(scope.rule(), model);

        if (search.blank()) {
            // One entry per page view, not per child listed: the list is the user's own caseload.
            auditLog.record(user, request.remoteAddress(), "mycases.view", "user", String.valueOf(user.userId()),
                    "cases=" + myCases.size());
            return PageResult.page(TEMPLATE, "Cases", model);
        }
        model.put("searched", true);
        FormErrors errors = search.validate();
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
            return PageResult.invalid(TEMPLATE, "Error: Cases", model);
        }
        PeopleRepository.SearchResult result = people.search(search, scope.authorityId(), scope.districtIds(),
                total -> Paging.of(request, Paging.DEFAULT_SIZE, total));
        model.put("results", result.rows());
        model.put("paging", result.paging().model("/cases?" + search.queryString()));
        // The typed name is left out: it names someone. What kind of search, which page, how many found.
        auditLog.record(user, request.remoteAddress(), "person.search", "person", null,
                "by=" + search.describe() + " page=" + result.paging().page() + " results=" + result.paging().total()
                        + " mycases=" + myCases.size());
        return PageResult.page(TEMPLATE, "Search results: Cases", model);
    }

    private List<Map<String, Object>> myCases(CaseAccess rule, Map<String, Object> model) {
        CurrentUser user = rule.user();
        if (user.userId() == null || user.authorityId() == null) {
            return List.of();
        }
        PeopleRepository.MyCases mine = people.myCases(user.authorityId(), user.userId());
        List<Map<String, Object>> rows = mine.cases().stream()
                .filter(c -> rule.canSee(c.authorityId(), c.districtId(), c.leadWorkerId(), c.coWorkerId()))
                .map(c -> caseRow(c, user.userId()))
                .toList();
        model.put("myCases", rows);
        model.put("myCasesTotal", mine.total());
        model.put("myCasesShown", rows.size());
        model.put("myCasesCapped", mine.total() > mine.cases().size());
        return rows;
    }

    private static Map<String, Object> caseRow(ChildCase c, Long userId) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", c.id());
        row.put("childName", c.childName());
        row.put("dateOfBirth", c.childDateOfBirth());
        row.put("stage", c.stage().label());
        row.put("openedOn", c.openedOn());
        row.put("role", userId.equals(c.leadWorkerId()) ? "Lead worker" : "Co-worker");
        return row;
    }
}
