package org.safeguard.corporateparenting.leavers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.safeguard.corporateparenting.care.ChildRecord;
import org.safeguard.corporateparenting.care.CurrentCare;
import org.safeguard.corporateparenting.model.Accommodation;
import org.safeguard.corporateparenting.model.Activity;
import org.safeguard.corporateparenting.model.CareLeaver;
import org.safeguard.corporateparenting.model.PathwayReview;
import org.safeguard.corporateparenting.settings.CareSettingsService;
import org.safeguard.corporateparenting.web.CareContext;
import org.safeguard.corporateparenting.web.CareLinks;
import org.safeguard.corporateparenting.web.Concurrency;
import org.safeguard.corporateparenting.web.Fields;
import org.safeguard.corporateparenting.web.FormValues;
import org.safeguard.corporateparenting.web.Staff;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/**
 * A young person's leaving care support, on their case: category, personal adviser, pathway plan
 * and its reviews, accommodation and whether it suits them, education, employment or training,
 * and support to 25 when they ask for it. The list of care leavers is {@link CareLeaversPage}.
 */
@Component(service = RouteContribution.class)
public class LeaverPages implements RouteContribution {

    static final String TEMPLATE = "corporate-parenting/leaver";

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
    private CareSettingsService settings;

    private CouncilClock clock = CouncilClock.system();
    private CareRepository repository;
    private CareWrites writes;
    private CareContext context;
    private Staff staff;

    public LeaverPages() {
    }

    /** For tests. */
    public LeaverPages(EntityManagerFactory factory, CaseDirectory directory, AuditLog auditLog, ModuleEnablement enablement,
                       OrganisationDirectory organisation, CareSettingsService settings, CouncilClock clock) {
        this.factory = factory;
        this.directory = directory;
        this.auditLog = auditLog;
        this.enablement = enablement;
        this.organisation = organisation;
        this.settings = settings;
        this.clock = clock;
        activate();
    }

    @Activate
    void activate() {
        repository = new CareRepository(factory);
        writes = new CareWrites(factory);
        context = new CareContext(directory, auditLog, enablement);
        staff = new Staff(organisation, enablement);
    }

    @Override
    public String moduleId() {
        return CorporateParentingModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        String path = CareLinks.CARE_LEAVERS + "/cases/{caseId}";
        return List.of(Route.get(path, CorporateParentingModule.READ, this::show),
                Route.post(path, CorporateParentingModule.LEAVING_CARE, this::save),
                Route.post(path + "/pathway-reviews", CorporateParentingModule.LEAVING_CARE, this::recordReview));
    }

    /** The case, the child's record and where they stand as a care leaver; empty status: not a care leaver. */
    private record Subject(ChildCase childCase, ChildRecord child, Optional<LeaverStatus> status) {}

    private Optional<Subject> subject(WebRequest request) {
        Optional<ChildCase> found = context.visibleCase(request);
        if (found.isEmpty() || found.get().childDateOfBirth() == null) {
            return Optional.empty();
        }
        ChildCase c = found.get();
        ChildRecord child = repository.child(c.authorityId(), c.childId());
        Optional<LeaverStatus> status = LeaverStatus.of(c.childDateOfBirth(), child.periods(), child.leaver(),
                child.pathwayReviews().stream().map(PathwayReview::reviewedOn).toList(),
                settings.forAuthority(c.authorityId()).pathwayReviewMonths(), clock.today());
        return Optional.of(new Subject(c, child, status));
    }

    PageResult show(WebRequest request) {
        Optional<Subject> subject = subject(request);
        if (subject.isEmpty()) {
            return PageResult.notFound();
        }
        Subject s = subject.get();
        FormValues form = values(s.child().leaver());
        context.audit(request, "leaver.view", s.childCase(), s.status().map(st -> "category=" + st.category().name()).orElse(""));
        Map<String, Object> model = model(s, request, form, FormValues.empty(), new FormErrors());
        request.query("done").ifPresent(done -> model.put("done", org.safeguard.corporateparenting.care.Done.message(done)));
        return PageResult.page(TEMPLATE, "Leaving care: " + s.childCase().childName(), model);
    }

    PageResult save(WebRequest request) {
        Optional<Subject> subject = subject(request);
        if (subject.isEmpty()) {
            return PageResult.notFound();
        }
        Subject s = subject.get();
        if (s.status().isEmpty()) {
            return PageResult.redirect(CareLinks.leaver(s.childCase().id()));
        }
        FormValues form = FormValues.of(request, LeaverForm.FIELDS).withDate(request, "pathwayPlanOn");
        FormErrors errors = new FormErrors();
        List<Staff.Member> advisers = staff.personalAdvisers(s.childCase().authorityId());
        Optional<LeaverForm.Valid> valid = LeaverForm.validate(form, advisers, s.childCase().childDateOfBirth(), clock.today(),
                errors);
        if (valid.isEmpty()) {
            return invalid(s, request, form, FormValues.empty(), errors);
        }
        LeaverForm.Valid v = valid.get();
        Integer expected = request.form("version").filter(x -> x.matches("\\d{1,9}")).map(Integer::parseInt).orElse(null);
        CurrentUser user = request.user();
        try {
            writes.saveLeaver(s.childCase().authorityId(), s.childCase().childId(), expected, leaver -> leaver.update(
                    v.adviser().map(Staff.Member::userId).orElse(null), v.adviser().map(Staff.Member::name).orElse(null),
                    v.pathwayPlanOn(), v.accommodation(), v.suitable(), v.activity(), v.supportTo25(), user.displayName(),
                    clock.nowUtc()));
        } catch (RuntimeException e) {
            return CurrentCare.changedMeanwhile(e, () -> invalid(s, request, form, FormValues.empty(),
                    new FormErrors().add("adviser", Concurrency.CHANGED_MEANWHILE)));
        }
        context.audit(request, "leaver.save", s.childCase(), "adviser=" + v.adviser().map(m -> String.valueOf(m.userId())).orElse("none")
                + " accommodation=" + (v.accommodation() == null ? "none" : v.accommodation().name())
                + " suitable=" + v.suitable() + " activity=" + (v.activity() == null ? "none" : v.activity().name())
                + " to25=" + v.supportTo25());
        return PageResult.redirect(CareLinks.leaver(s.childCase().id()) + "?done=leaver");
    }

    PageResult recordReview(WebRequest request) {
        Optional<Subject> subject = subject(request);
        if (subject.isEmpty()) {
            return PageResult.notFound();
        }
        Subject s = subject.get();
        Optional<CareLeaver> leaver = s.child().leaver();
        if (s.status().isEmpty() || leaver.isEmpty()) {
            return PageResult.redirect(CareLinks.leaver(s.childCase().id()));
        }
        FormValues review = FormValues.empty().withDate(request, "reviewedOn");
        FormErrors errors = new FormErrors();
        Optional<LocalDate> on = LeaverForm.review(review, leaver.get().pathwayPlanOn(), clock.today(), errors);
        if (on.isEmpty()) {
            return invalid(s, request, values(leaver), review, errors);
        }
        writes.addPathwayReview(new PathwayReview(leaver.get().id(), on.get(), request.user().displayName(), clock.nowUtc()));
        context.audit(request, "pathway-review.record", s.childCase(), "leaver=" + leaver.get().id());
        return PageResult.redirect(CareLinks.leaver(s.childCase().id()) + "?done=pathway-review");
    }

    private PageResult invalid(Subject s, WebRequest request, FormValues form, FormValues review, FormErrors errors) {
        return PageResult.invalid(TEMPLATE, "Error: Leaving care: " + s.childCase().childName(),
                model(s, request, form, review, errors));
    }

    private static FormValues values(Optional<CareLeaver> leaver) {
        FormValues form = FormValues.empty().put("supportTo25", "no").put("adviser", LeaverForm.NONE);
        leaver.ifPresent(l -> {
            form.put("adviser", l.personalAdviserId() == null ? LeaverForm.NONE : String.valueOf(l.personalAdviserId()))
                    .put("accommodation", l.accommodation() == null ? "" : l.accommodation().name())
                    .put("suitable", l.accommodationSuitable() == null ? "" : l.accommodationSuitable() ? "yes" : "no")
                    .put("activity", l.activity() == null ? "" : l.activity().name())
                    .put("supportTo25", l.supportTo25() ? "yes" : "no");
            form.putDate("pathwayPlanOn", l.pathwayPlanOn());
        });
        return form;
    }

    private Map<String, Object> model(Subject s, WebRequest request, FormValues form, FormValues review, FormErrors errors) {
        Map<String, Object> model = new HashMap<>(context.model(s.childCase(), request));
        s.status().ifPresent(st -> model.put("status", st));
        model.put("canEdit", request.user().hasPermission(CorporateParentingModule.LEAVING_CARE) && s.status().isPresent());
        model.put("action", CareLinks.leaver(s.childCase().id()));
        model.put("reviewAction", CareLinks.leaver(s.childCase().id()) + "/pathway-reviews");
        model.put("version", s.child().leaver().map(l -> String.valueOf(l.version())).orElse(""));
        model.put("reviews", s.child().pathwayReviews().stream().map(PathwayReview::reviewedOn)
                .sorted(Comparator.reverseOrder()).toList());
        model.put("hasPlan", s.child().leaver().map(CareLeaver::pathwayPlanOn).isPresent());
        List<Fields.Option> advisers = new ArrayList<>();
        advisers.add(new Fields.Option(LeaverForm.NONE, "Not allocated"));
        staff.personalAdvisers(s.childCase().authorityId()).forEach(m ->
                advisers.add(new Fields.Option(String.valueOf(m.userId()), m.name(), m.teamName())));
        List<Fields.Option> places = new ArrayList<>();
        for (Accommodation a : Accommodation.values()) {
            places.add(new Fields.Option(a.name(), a.label()));
        }
        List<Fields.Option> activities = new ArrayList<>();
        for (Activity a : Activity.values()) {
            activities.add(new Fields.Option(a.name(), a.label()));
        }
        model.put("fields", List.of(
                Fields.radios("adviser", "Personal adviser", null, advisers, false, form.values(), errors),
                Fields.date("pathwayPlanOn", "Date of the pathway plan (optional)",
                        "When the current plan was agreed. Reviews follow it at least every six months.", form.values(), errors),
                Fields.radios("accommodation", "Where do they live? (optional)", null, places, false, form.values(), errors),
                Fields.yesNo("suitable", "Is their accommodation suitable?", "Needed when you say where they live.",
                        form.values(), errors),
                Fields.radios("activity", "What are they doing? (optional)", null, activities, false, form.values(), errors),
                Fields.yesNo("supportTo25", "Have they asked for support until they are 25?",
                        "Otherwise support ends at 21.", form.values(), errors)));
        model.put("reviewFields", List.of(Fields.date("reviewedOn", "Date of the pathway plan review", "For example, 3 3 2026",
                review.values(), errors)));
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
        }
        return model;
    }
}
