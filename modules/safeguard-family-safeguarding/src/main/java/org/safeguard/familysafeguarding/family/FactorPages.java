package org.safeguard.familysafeguarding.family;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.api.FamilyMember;
import org.safeguard.caserecords.api.FamilySummary;
import org.safeguard.familysafeguarding.FamilySafeguardingModule;
import org.safeguard.familysafeguarding.access.FamilyAccess;
import org.safeguard.familysafeguarding.data.FamilySafeguardingData;
import org.safeguard.familysafeguarding.model.ToxicTrioFactor;
import org.safeguard.familysafeguarding.web.FactorView;
import org.safeguard.familysafeguarding.web.FamilyContext;
import org.safeguard.familysafeguarding.web.Fields;
import org.safeguard.familysafeguarding.web.Text;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/** Recording a toxic-trio factor for an adult of a family, and ending one that is no longer a factor. */
@Component(service = RouteContribution.class)
public class FactorPages implements RouteContribution {

    static final String FORM = "family-safeguarding/family/factor-form";
    static final String END_FORM = "family-safeguarding/family/factor-end";

    @Reference
    private FamilyAccess access;

    @Reference
    private FamilySafeguardingData data;

    @Reference
    private AuditLog auditLog;

    private CouncilClock clock = CouncilClock.system();
    private FamilyContext context;

    public FactorPages() {
    }

    /** For tests. */
    public FactorPages(FamilyAccess access, FamilySafeguardingData data, AuditLog auditLog, CouncilClock clock) {
        this.access = access;
        this.data = data;
        this.auditLog = auditLog;
        this.clock = clock;
        activate();
    }

    @Activate
    void activate() {
        context = new FamilyContext(access, auditLog);
    }

    @Override
    public String moduleId() {
        return FamilySafeguardingModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        String base = "/family-safeguarding/families/{familyId}/factors";
        return List.of(
                Route.get(base + "/new", FamilySafeguardingModule.RECORD, this::newFactor),
                Route.post(base, FamilySafeguardingModule.RECORD, this::record),
                Route.get(base + "/{factorId}/end", FamilySafeguardingModule.RECORD, this::endForm),
                Route.post(base + "/{factorId}/end", FamilySafeguardingModule.RECORD, this::end));
    }

    PageResult newFactor(WebRequest request) {
        Optional<FamilySummary> family = context.family(request);
        if (family.isEmpty()) {
            return PageResult.notFound();
        }
        FactorForm form = FactorForm.blank(request.query("adult").orElse(""), request.user().displayName());
        // the form lists the household's adults: a read of the record like any other
        context.audit(request, "fs.form.view", family.get().id(), "form=factor");
        return formPage(family.get(), request, form, adults(family.get()), new FormErrors());
    }

    PageResult record(WebRequest request) {
        Optional<FamilySummary> found = context.family(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        FamilySummary family = found.get();
        List<FamilyMember> adults = adults(family);
        FactorForm form = FactorForm.from(request);
        FormErrors errors = form.validate(adults, openFactors(family.id()), clock.today());
        if (!errors.isEmpty()) {
            return formPage(family, request, form, adults, errors);
        }
        FactorForm.Content content = form.content(adults);
        CurrentUser user = request.user();
        Optional<ToxicTrioFactor> saved = data.factors().record(new ToxicTrioFactor(family.authorityId(), family.id(),
                content.adult().personId(), content.adult().name(), content.kind(), content.source(),
                content.identifiedOn(), content.identifiedBy(), user.userId(), user.displayName(), clock.nowUtc()));
        if (saved.isEmpty()) {
            // recorded by someone else (or a double submit) since the form was checked: show it as the same error
            return formPage(family, request, form, adults, form.validate(adults, openFactors(family.id()), clock.today()));
        }
        context.audit(request, "fs.factor.record", family.id(), "factor=" + saved.get().id() + " kind="
                + content.kind().name() + " adult=" + content.adult().personId() + " source=" + content.source().name());
        return PageResult.redirect(FamilyContext.base(family.id()) + "?done=factor");
    }

    PageResult endForm(WebRequest request) {
        Optional<FamilySummary> family = context.family(request);
        Optional<ToxicTrioFactor> factor = family.flatMap(f -> factor(f, request)).filter(ToxicTrioFactor::open);
        if (factor.isEmpty()) {
            return PageResult.notFound();
        }
        context.audit(request, "fs.factor.view", family.get().id(), "factor=" + factor.get().id() + " end");
        return endPage(family.get(), request, factor.get(), EndFactorForm.blank(), new FormErrors());
    }

    PageResult end(WebRequest request) {
        Optional<FamilySummary> family = context.family(request);
        Optional<ToxicTrioFactor> factor = family.flatMap(f -> factor(f, request)).filter(ToxicTrioFactor::open);
        if (factor.isEmpty()) {
            return PageResult.notFound();
        }
        EndFactorForm form = EndFactorForm.from(request);
        FormErrors errors = form.validate(factor.get().identifiedOn(), clock.today());
        if (!errors.isEmpty()) {
            return endPage(family.get(), request, factor.get(), form, errors);
        }
        Optional<ToxicTrioFactor> ended = data.factors().end(family.get().id(), factor.get().id(), form.endedOn(),
                form.reason(), request.user().displayName(), clock.nowUtc());
        if (ended.isEmpty()) {
            return PageResult.notFound(); // ended by someone else meanwhile
        }
        context.audit(request, "fs.factor.end", family.get().id(), "factor=" + factor.get().id());
        return PageResult.redirect(FamilyContext.base(family.get().id()) + "?done=factor-ended");
    }

    private Optional<ToxicTrioFactor> factor(FamilySummary family, WebRequest request) {
        return Ids.path(request, "factorId").flatMap(id -> data.factors().find(family.id(), id));
    }

    private List<FamilyMember> adults(FamilySummary family) {
        return access.cases().members(family.id()).stream().filter(m -> !m.child()).toList();
    }

    private Set<FactorForm.OpenFactor> openFactors(long familyId) {
        return data.factors().ofFamily(familyId).stream().filter(ToxicTrioFactor::open)
                .map(f -> new FactorForm.OpenFactor(f.adultPersonId(), f.kind()))
                .collect(Collectors.toSet());
    }

    private PageResult formPage(FamilySummary family, WebRequest request, FactorForm form, List<FamilyMember> adults,
                                FormErrors errors) {
        Map<String, Object> model = context.model(family, request);
        Map<String, Object> values = form.values();
        model.put("noAdults", adults.isEmpty());
        model.put("fields", Map.of(
                "adult", Fields.radios(FactorForm.ADULT, "Which adult does it affect?", null,
                        form.adultOptions(adults), errors),
                "kind", Fields.radios(FactorForm.KIND, "Which factor?",
                        "Record domestic abuse as a victim or as a perpetrator: the work with each is different.",
                        form.kindOptions(), errors),
                "source", Fields.radios(FactorForm.SOURCE, "Where was it identified?", null, form.sourceOptions(), errors),
                "identifiedOn", Fields.date(FactorForm.IDENTIFIED_ON, "When was it identified?",
                        "Today or earlier. For example, 27 3 2026", values, errors)));
        model.put("form", values);
        model.put("identifiedByMax", FactorForm.IDENTIFIED_BY_MAX);
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
        }
        String title = (errors.isEmpty() ? "" : "Error: ") + "Record a toxic-trio factor: " + family.name() + " family";
        return new PageResult.Page(FORM, title, model, errors.isEmpty() ? 200 : 400);
    }

    private PageResult endPage(FamilySummary family, WebRequest request, ToxicTrioFactor factor, EndFactorForm form,
                               FormErrors errors) {
        Map<String, Object> model = context.model(family, request);
        Map<String, Object> values = form.values();
        model.put("factor", FactorView.of(factor));
        model.put("form", values);
        model.put("fields", Map.of(
                "endedOn", Fields.date(EndFactorForm.ENDED_ON, "When did it stop being a factor?",
                        "Today or earlier, not before " + Text.date(factor.identifiedOn())
                                + ". For example, 27 3 2026", values, errors),
                "reason", Fields.textarea(EndFactorForm.REASON, "Why is it no longer a factor?",
                        "What has changed, and how the team knows. For example, six months of negative tests.",
                        values.get(EndFactorForm.REASON), EndFactorForm.REASON_MAX, 5, errors)));
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
        }
        String title = (errors.isEmpty() ? "" : "Error: ") + "End a factor: " + family.name() + " family";
        return new PageResult.Page(END_FORM, title, model, errors.isEmpty() ? 200 : 400);
    }
}
