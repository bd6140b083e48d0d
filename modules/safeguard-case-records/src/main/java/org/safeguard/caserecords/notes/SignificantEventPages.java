package org.safeguard.caserecords.notes;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.CaseDirectoryService;
import org.safeguard.caserecords.CaseRecordsModule;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.model.SignificantEvent;
import org.safeguard.caserecords.web.CaseHeader;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.RecordTabs;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/** Significant events entered by hand, for the chronology. */
@Component(service = RouteContribution.class)
public class SignificantEventPages implements RouteContribution {

    static final String FORM = "case-records/notes/event-form";

    @Reference(target = "(safeguard.unit=safeguard-case-records)")
    private EntityManagerFactory factory;

    @Reference
    private CaseDirectoryService cases;

    @Reference
    private AuditLog auditLog;

    @Reference
    private RecordTabs recordTabs;

    private CouncilClock clock = CouncilClock.system();
    private CaseNoteRepository repository;
    private CaseContext context;

    public SignificantEventPages() {
    }

    /** For tests. */
    SignificantEventPages(EntityManagerFactory factory, CaseDirectoryService cases, AuditLog auditLog,
                          RecordTabs recordTabs, CouncilClock clock) {
        this.factory = factory;
        this.cases = cases;
        this.auditLog = auditLog;
        this.recordTabs = recordTabs;
        this.clock = clock;
        activate();
    }

    @Activate
    void activate() {
        repository = new CaseNoteRepository(factory);
        context = new CaseContext(cases, auditLog, recordTabs);
    }

    @Override
    public String moduleId() {
        return CaseRecordsModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/cases/{caseId}/events/new", CaseRecordsModule.RECORD, this::newEvent),
                Route.post("/cases/{caseId}/events", CaseRecordsModule.RECORD, this::record));
    }

    PageResult newEvent(WebRequest request) {
        Optional<ChildCase> found = context.visibleCase(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        return form(found.get(), request, SignificantEventForm.blank(), new FormErrors(), 200);
    }

    PageResult record(WebRequest request) {
        Optional<ChildCase> found = context.visibleCase(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        ChildCase childCase = found.get();
        SignificantEventForm form = SignificantEventForm.from(request);
        FormErrors errors = form.validate(clock.today());
        if (!errors.isEmpty()) {
            return form(childCase, request, form, errors, 400);
        }
        SignificantEventForm.Content content = form.content();
        SignificantEvent event = repository.record(new SignificantEvent(childCase.id(), content.occurredOn(),
                content.title(), content.detail(), request.user().displayName(), clock.nowUtc()));
        context.audit(request, "event.record", childCase, "event=" + event.id());
        return PageResult.redirect("/cases/" + childCase.id() + "/chronology?done=event");
    }

    private PageResult form(ChildCase childCase, WebRequest request, SignificantEventForm form, FormErrors errors,
                            int status) {
        Map<String, Object> model = context.model(childCase, CaseHeader.Section.CHRONOLOGY, request);
        model.put("form", form.values());
        model.put("titleMax", SignificantEvent.TITLE_MAX);
        model.put("detailMax", SignificantEvent.DETAIL_MAX);
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
        }
        String title = (status == 200 ? "" : "Error: ") + "Add a significant event: " + childCase.childName();
        return new PageResult.Page(FORM, title, model, status);
    }
}
