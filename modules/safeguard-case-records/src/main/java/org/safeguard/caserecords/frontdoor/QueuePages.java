package org.safeguard.caserecords.frontdoor;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.CaseAccessService;
import org.safeguard.caserecords.CaseRecordsModule;
import org.safeguard.caserecords.api.WorkingDays;
import org.safeguard.caserecords.model.Contact;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.organisation.District;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Paging;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/**
 * The front door's two queues: contacts awaiting a decision, and contacts in the MASH. Each page
 * view lists up to 25 children, audited as one entry naming the contacts shown.
 */
@Component(service = RouteContribution.class)
public class QueuePages implements RouteContribution {

    static final String FRONT_DOOR = "case-records/frontdoor/front-door";
    static final String MASH = "case-records/frontdoor/mash";

    /** The seeds' MASH decides within 24 hours: a contact there longer than a working day is flagged. */
    static final int MASH_WORKING_DAYS = 1;

    @Reference(target = "(safeguard.unit=safeguard-case-records)")
    private EntityManagerFactory factory;

    @Reference
    private AuditLog auditLog;

    @Reference
    private CaseAccessService access;

    @Reference
    private WorkingDays workingDays;

    private CouncilClock clock = CouncilClock.system();

    private ContactQueues queues;

    public QueuePages() {
    }

    /** For tests. */
    QueuePages(EntityManagerFactory factory, AuditLog auditLog, CaseAccessService access, WorkingDays workingDays,
               CouncilClock clock) {
        this.factory = factory;
        this.auditLog = auditLog;
        this.access = access;
        this.workingDays = workingDays;
        this.clock = clock;
        activate();
    }

    @Activate
    void activate() {
        queues = new ContactQueues(factory);
    }

    @Override
    public String moduleId() {
        return CaseRecordsModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/cases/front-door", CaseRecordsModule.FRONT_DOOR, this::frontDoor),
                Route.get("/cases/mash", CaseRecordsModule.FRONT_DOOR, this::mash));
    }

    PageResult frontDoor(WebRequest request) {
        return queue(request, Contact.Status.AWAITING_DECISION, FRONT_DOOR, "Contacts awaiting a decision",
                "frontdoor.view", "/cases/front-door?");
    }

    PageResult mash(WebRequest request) {
        return queue(request, Contact.Status.IN_MASH, MASH, "MASH queue", "mash.view", "/cases/mash?");
    }

    private PageResult queue(WebRequest request, Contact.Status status, String template, String title,
                             String auditAction, String baseHref) {
        CurrentUser user = request.user();
        QueueScope scope = QueueScope.of(access.forUser(user), access.enablement());
        Paging paging = Paging.of(request, Paging.DEFAULT_SIZE, queues.count(scope, status));
        List<ContactQueues.Row> rows = queues.page(scope, status, paging.offset(), paging.size());
        LocalDate today = clock.today();
        Map<Long, String> districtNames = new HashMap<>();
        List<Map<String, Object>> items = new ArrayList<>();
        for (ContactQueues.Row row : rows) {
            Map<String, Object> item = new HashMap<>();
            item.put("contactId", row.contactId());
            item.put("childName", row.childName());
            item.put("receivedOn", row.receivedOn());
            item.put("source", row.source().label());
            item.put("district", districtNames.computeIfAbsent(row.districtId(), this::districtName));
            item.put("waiting", days(ChronoUnit.DAYS.between(row.receivedOn(), today)));
            if (row.mashEnteredOn() != null) {
                int inMash = Math.max(0, workingDays.workingDaysBetween(row.mashEnteredOn(), today));
                item.put("mashEnteredOn", row.mashEnteredOn());
                item.put("workingDaysInMash", inMash);
                item.put("overdue", inMash > MASH_WORKING_DAYS);
            }
            items.add(item);
        }
        // One entry per page view, naming which children's contacts were on screen (ids only).
        auditLog.record(user, request.remoteAddress(), auditAction, "authority", String.valueOf(user.authorityId()),
                "page " + paging.page() + " of " + paging.lastPage() + "; " + paging.total() + " in queue; contacts "
                        + (rows.isEmpty() ? "none" : rows.stream().map(r -> String.valueOf(r.contactId()))
                        .collect(Collectors.joining(","))));
        Map<String, Object> model = new HashMap<>();
        model.put("items", items);
        model.put("paging", paging.model(baseHref));
        model.put("noScope", scope.empty());
        return PageResult.page(template, title, model);
    }

    private String districtName(long districtId) {
        return access.directory().district(districtId).map(District::name).orElse("");
    }

    static String days(long days) {
        if (days <= 0) {
            return "Today";
        }
        return days == 1 ? "1 day" : days + " days";
    }
}
