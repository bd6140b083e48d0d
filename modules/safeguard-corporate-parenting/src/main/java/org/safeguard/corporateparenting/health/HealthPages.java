package org.safeguard.corporateparenting.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.api.CaseDirectory;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.corporateparenting.CorporateParentingModule;
import org.safeguard.corporateparenting.care.CareRepository;
import org.safeguard.corporateparenting.care.CareWrites;
import org.safeguard.corporateparenting.care.CurrentCare;
import org.safeguard.corporateparenting.care.EpisodeRecord;
import org.safeguard.corporateparenting.model.EducationPlan;
import org.safeguard.corporateparenting.model.HealthCheck;
import org.safeguard.corporateparenting.model.HealthCheckKind;
import org.safeguard.corporateparenting.model.HealthOutcome;
import org.safeguard.corporateparenting.web.CareContext;
import org.safeguard.corporateparenting.web.CareLinks;
import org.safeguard.corporateparenting.web.Fields;
import org.safeguard.corporateparenting.web.FormPage;
import org.safeguard.corporateparenting.web.FormValues;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/** Recording a child in care's health assessments, dental checks and personal education plans. */
@Component(service = RouteContribution.class)
public class HealthPages implements RouteContribution {

    @Reference(target = "(safeguard.unit=safeguard-corporate-parenting)")
    private EntityManagerFactory factory;
    @Reference
    private CaseDirectory directory;
    @Reference
    private AuditLog auditLog;
    @Reference
    private ModuleEnablement enablement;

    private CouncilClock clock = CouncilClock.system();
    private CareWrites writes;
    private CareContext context;
    private CurrentCare current;

    public HealthPages() {
    }

    /** For tests. */
    public HealthPages(EntityManagerFactory factory, CaseDirectory directory, AuditLog auditLog, ModuleEnablement enablement,
                       CouncilClock clock) {
        this.factory = factory;
        this.directory = directory;
        this.auditLog = auditLog;
        this.enablement = enablement;
        this.clock = clock;
        activate();
    }

    @Activate
    void activate() {
        writes = new CareWrites(factory);
        context = new CareContext(directory, auditLog, enablement);
        current = new CurrentCare(context, new CareRepository(factory));
    }

    @Override
    public String moduleId() {
        return CorporateParentingModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        String base = CareLinks.CHILDREN_IN_CARE + "/cases/{caseId}/";
        String record = CorporateParentingModule.RECORD;
        return List.of(
                Route.get(base + "health/new", record, this::healthForm),
                Route.post(base + "health/new", record, this::recordHealth),
                Route.get(base + "pep/new", record, this::pepForm),
                Route.post(base + "pep/new", record, this::recordPep));
    }

    PageResult healthForm(WebRequest request) {
        return current.with(request, (childCase, record) -> {
            boolean initialDone = record.health().stream().anyMatch(h -> h.kind() == HealthCheckKind.INITIAL_HEALTH);
            FormValues form = FormValues.empty().put("kind", initialDone ? "" : HealthCheckKind.INITIAL_HEALTH.name())
                    .put("outcome", HealthOutcome.COMPLETED.name());
            return healthPage(childCase, record, request, form, new FormErrors()).show(childCase.childName());
        });
    }

    PageResult recordHealth(WebRequest request) {
        return current.with(request, (childCase, record) -> {
            FormValues form = FormValues.of(request, "kind", "outcome").withDate(request, "doneOn");
            FormErrors errors = new FormErrors();
            Optional<HealthForms.Check> check = HealthForms.check(form, record, clock.today(), errors);
            if (check.isEmpty()) {
                return healthPage(childCase, record, request, form, errors).invalid(childCase.childName());
            }
            HealthForms.Check c = check.get();
            writes.addHealthCheck(new HealthCheck(record.episode().id(), c.kind(), c.on(), c.outcome(),
                    request.user().displayName(), clock.nowUtc()));
            context.audit(request, "health.record", childCase, "episode=" + record.episode().id() + " kind=" + c.kind().name()
                    + " outcome=" + c.outcome().name());
            return PageResult.redirect(CareLinks.tab(childCase.id()) + "?done=health");
        });
    }

    private FormPage healthPage(ChildCase childCase, EpisodeRecord record, WebRequest request, FormValues form,
                                FormErrors errors) {
        List<Fields.Option> kinds = new ArrayList<>();
        for (HealthCheckKind k : HealthCheckKind.values()) {
            kinds.add(new Fields.Option(k.name(), k.label()));
        }
        List<Fields.Option> outcomes = new ArrayList<>();
        for (HealthOutcome o : HealthOutcome.values()) {
            outcomes.add(new Fields.Option(o.name(), o.label()));
        }
        return FormPage.of(context.model(childCase, request), "Record a health check",
                        CareLinks.onCase(childCase.id(), "health/new"), "Record health check", CareLinks.tab(childCase.id()))
                .intro("Review health assessments are due every six months for children under five and every year from five; "
                        + "dental checks every year. A check the young person declined still counts as offered.")
                .fields(List.of(
                        Fields.radios("kind", "Which check?", null, kinds, false, form.values(), errors),
                        Fields.date("doneOn", "When was it?", "For example, 12 2 2026", form.values(), errors),
                        Fields.radios("outcome", "Did it take place?", null, outcomes, false, form.values(), errors)))
                .errors(errors);
    }

    PageResult pepForm(WebRequest request) {
        return current.with(request, (childCase, record) ->
                pepPage(childCase, request, FormValues.empty(), new FormErrors()).show(childCase.childName()));
    }

    PageResult recordPep(WebRequest request) {
        return current.with(request, (childCase, record) -> {
            FormValues form = FormValues.of(request, "setting").withDate(request, "heldOn");
            FormErrors errors = new FormErrors();
            Optional<HealthForms.Pep> pep = HealthForms.pep(form, record, clock.today(), errors);
            if (pep.isEmpty()) {
                return pepPage(childCase, request, form, errors).invalid(childCase.childName());
            }
            writes.addEducationPlan(new EducationPlan(record.episode().id(), pep.get().on(), pep.get().setting(),
                    request.user().displayName(), clock.nowUtc()));
            context.audit(request, "pep.record", childCase, "episode=" + record.episode().id());
            return PageResult.redirect(CareLinks.tab(childCase.id()) + "?done=pep");
        });
    }

    private FormPage pepPage(ChildCase childCase, WebRequest request, FormValues form, FormErrors errors) {
        return FormPage.of(context.model(childCase, request), "Record a personal education plan",
                        CareLinks.onCase(childCase.id(), "pep/new"), "Record plan", CareLinks.tab(childCase.id()))
                .intro("Children of compulsory school age have a personal education plan in time for their first review, "
                        + "reviewed every term with the school and the virtual school.")
                .fields(List.of(
                        Fields.date("heldOn", "When was the PEP meeting?", "For example, 20 1 2026", form.values(), errors),
                        Fields.text("setting", "School or setting (optional)", null, form.values(), errors)))
                .errors(errors);
    }
}
