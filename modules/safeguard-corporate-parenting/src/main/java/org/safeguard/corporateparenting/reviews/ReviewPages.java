package org.safeguard.corporateparenting.reviews;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.api.CaseDirectory;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.api.WorkingDays;
import org.safeguard.corporateparenting.CorporateParentingModule;
import org.safeguard.corporateparenting.care.CareRepository;
import org.safeguard.corporateparenting.care.CareWrites;
import org.safeguard.corporateparenting.care.CurrentCare;
import org.safeguard.corporateparenting.care.EpisodeForms;
import org.safeguard.corporateparenting.care.EpisodeRecord;
import org.safeguard.corporateparenting.model.AlertConcern;
import org.safeguard.corporateparenting.model.CareEpisode;
import org.safeguard.corporateparenting.model.CareReview;
import org.safeguard.corporateparenting.model.IroAlert;
import org.safeguard.corporateparenting.model.Participation;
import org.safeguard.corporateparenting.rules.ReviewSchedule;
import org.safeguard.corporateparenting.settings.CareSettingsService;
import org.safeguard.corporateparenting.web.CareContext;
import org.safeguard.corporateparenting.web.CareLinks;
import org.safeguard.corporateparenting.web.Concurrency;
import org.safeguard.corporateparenting.web.Fields;
import org.safeguard.corporateparenting.web.FormPage;
import org.safeguard.corporateparenting.web.FormValues;
import org.safeguard.corporateparenting.web.Staff;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/**
 * The independent reviewing officer's pages: recording a review of the child's care plan, raising
 * a case alert on a plan that drifts, and resolving it; and the team's response to an alert, which
 * only someone in the team holding the child may give.
 */
@Component(service = RouteContribution.class)
public class ReviewPages implements RouteContribution {

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
    private CareWrites writes;
    private CareContext context;
    private Staff staff;
    private CurrentCare current;

    public ReviewPages() {
    }

    /** For tests. */
    public ReviewPages(EntityManagerFactory factory, CaseDirectory directory, AuditLog auditLog, ModuleEnablement enablement,
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
        writes = new CareWrites(factory);
        context = new CareContext(directory, auditLog, enablement);
        staff = new Staff(organisation, enablement);
        current = new CurrentCare(context, repository);
    }

    @Override
    public String moduleId() {
        return CorporateParentingModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        String base = CareLinks.CHILDREN_IN_CARE + "/cases/{caseId}/";
        String review = CorporateParentingModule.REVIEW;
        return List.of(
                Route.get(base + "reviews/new", review, this::reviewForm),
                Route.post(base + "reviews/new", review, this::recordReview),
                Route.get(base + "alerts/new", review, this::alertForm),
                Route.post(base + "alerts/new", review, this::raiseAlert),
                Route.get(CareLinks.ALERTS + "/{alertId}/respond", CorporateParentingModule.RESPOND, this::respondForm),
                Route.post(CareLinks.ALERTS + "/{alertId}/respond", CorporateParentingModule.RESPOND, this::respond),
                Route.get(CareLinks.ALERTS + "/{alertId}/resolve", review, this::resolveForm),
                Route.post(CareLinks.ALERTS + "/{alertId}/resolve", review, this::resolve));
    }

    // ----- reviews -----

    PageResult reviewForm(WebRequest request) {
        return current.with(request, (childCase, record) -> {
            FormValues form = FormValues.empty();
            List<Staff.Member> iros = staff.reviewingOfficers(childCase.authorityId());
            iros.stream().filter(m -> Objects.equals(m.userId(), request.user().userId())).findFirst()
                    .ifPresent(me -> form.put("chair", String.valueOf(me.userId())));
            return reviewPage(childCase, record, request, form, new FormErrors()).show(childCase.childName());
        });
    }

    PageResult recordReview(WebRequest request) {
        return current.with(request, (childCase, record) -> {
            FormValues form = FormValues.of(request, "chair", "participation", "recommendations").withDate(request, "heldOn");
            FormErrors errors = new FormErrors();
            Optional<ReviewForms.Review> review = ReviewForms.review(form, record,
                    staff.reviewingOfficers(childCase.authorityId()), clock.today(), errors);
            if (review.isEmpty()) {
                return reviewPage(childCase, record, request, form, errors).invalid(childCase.childName());
            }
            ReviewForms.Review r = review.get();
            writes.addReview(new CareReview(record.episode().id(), r.heldOn(), r.chair().userId(), r.chair().name(),
                    r.participation(), r.recommendations(), request.user().displayName(), clock.nowUtc()));
            context.audit(request, "review.record", childCase, "episode=" + record.episode().id() + " chair="
                    + r.chair().userId() + " participation=" + r.participation().name());
            return PageResult.redirect(CareLinks.tab(childCase.id()) + "?done=review");
        });
    }

    private FormPage reviewPage(ChildCase childCase, EpisodeRecord record, WebRequest request, FormValues form,
                                FormErrors errors) {
        List<Fields.Option> chairs = staff.reviewingOfficers(childCase.authorityId()).stream()
                .map(m -> new Fields.Option(String.valueOf(m.userId()), m.name(), m.teamName())).toList();
        List<Fields.Option> parts = new ArrayList<>();
        for (Participation p : Participation.values()) {
            parts.add(new Fields.Option(p.name(), p.label(), p.name()));
        }
        LocalDate due = ReviewSchedule.nextDue(record.episode().startedOn(), record.reviewDates(), workingDays);
        return FormPage.of(context.model(childCase, request), "Record a review", CareLinks.onCase(childCase.id(), "reviews/new"),
                        "Record review", CareLinks.tab(childCase.id()))
                .fact(ReviewSchedule.nextName(record.reviews().size()) + " due", EpisodeForms.SHOWN.format(due))
                .intro("The chair becomes the child's independent reviewing officer. The next review is due three months "
                        + "after the first, then every six months.")
                .fields(List.of(
                        Fields.date("heldOn", "When was the review held?", "For example, 30 3 2026", form.values(), errors),
                        Fields.radios("chair", "Who chaired it?", null, chairs, false, form.values(), errors),
                        Fields.radios("participation", "How did the child take part?", null, parts, false, form.values(), errors),
                        Fields.textarea("recommendations", "Recommendations (optional)",
                                "What the review decided should happen next, and by when.",
                                ReviewForms.RECOMMENDATIONS_MAX, form.values(), errors)))
                .errors(errors);
    }

    // ----- raising an alert -----

    PageResult alertForm(WebRequest request) {
        return current.with(request, (childCase, record) ->
                alertPage(childCase, record, request, FormValues.empty(), new FormErrors()).show(childCase.childName()));
    }

    PageResult raiseAlert(WebRequest request) {
        return current.with(request, (childCase, record) -> {
            FormValues form = FormValues.of(request, "concern", "details");
            FormErrors errors = new FormErrors();
            Optional<ReviewForms.Alert> alert = ReviewForms.alert(form, errors);
            if (alert.isEmpty()) {
                return alertPage(childCase, record, request, form, errors).invalid(childCase.childName());
            }
            CurrentUser user = request.user();
            LocalDate today = clock.today();
            IroAlert raised = writes.addAlert(new IroAlert(record.episode().id(), childCase.authorityId(), alert.get().concern(),
                    alert.get().details(), today, user.userId(), user.displayName(), respondBy(childCase, today)));
            context.audit(request, "alert.raise", childCase, "episode=" + record.episode().id() + " alert=" + raised.id()
                    + " concern=" + alert.get().concern().name());
            return PageResult.redirect(CareLinks.tab(childCase.id()) + "?done=alert");
        });
    }

    private LocalDate respondBy(ChildCase childCase, LocalDate today) {
        return workingDays.plusWorkingDays(today, settings.forAuthority(childCase.authorityId()).alertResponseWorkingDays());
    }

    private FormPage alertPage(ChildCase childCase, EpisodeRecord record, WebRequest request, FormValues form, FormErrors errors) {
        List<Fields.Option> concerns = new ArrayList<>();
        for (AlertConcern c : AlertConcern.values()) {
            concerns.add(new Fields.Option(c.name(), c.label()));
        }
        return FormPage.of(context.model(childCase, request), "Raise a case alert", CareLinks.onCase(childCase.id(), "alerts/new"),
                        "Raise alert", CareLinks.tab(childCase.id()))
                .intro("The team holding the child sees the alert and must respond by "
                        + EpisodeForms.SHOWN.format(respondBy(childCase, clock.today())) + ". You resolve it when you are satisfied.")
                .fields(List.of(
                        Fields.radios("concern", "What is the concern about?", null, concerns, false, form.values(), errors),
                        Fields.textarea("details", "The concern", "What is drifting and what needs to happen.",
                                ReviewForms.ALERT_TEXT_MAX, form.values(), errors)))
                .errors(errors);
    }

    // ----- responding and resolving -----

    /** An alert of the user's authority on a case they may see, with the case; else 404. */
    private Optional<Found> found(WebRequest request) {
        CurrentUser user = request.user();
        if (user.authorityId() == null) {
            return Optional.empty();
        }
        return Ids.path(request, "alertId").flatMap(id -> repository.alert(user.authorityId(), id))
                .flatMap(row -> context.visibleCase(request, row.episode().caseId()).map(c -> new Found(row.alert(), row.episode(), c)));
    }

    private record Found(IroAlert alert, CareEpisode episode, ChildCase childCase) {}

    /** Only the team holding the child answers for it (their manager, or a senior worker). */
    static boolean ownTeam(CurrentUser user, CareEpisode episode, ChildCase childCase) {
        Long team = episode.holderTeamId() != null ? episode.holderTeamId() : childCase.teamId();
        return team != null && user.teamIds().contains(team);
    }

    PageResult respondForm(WebRequest request) {
        Optional<Found> found = found(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        Found f = found.get();
        if (!ownTeam(request.user(), f.episode(), f.childCase())) {
            return PageResult.forbidden();
        }
        if (!f.alert().open() || f.alert().response() != null) {
            return PageResult.redirect(CareLinks.tab(f.childCase().id()));
        }
        context.audit(request, CurrentCare.FORM_VIEW, f.childCase(), "form=respond alert=" + f.alert().id());
        return answerPage(f, request, "respond", FormValues.empty(), new FormErrors()).show(f.childCase().childName());
    }

    PageResult respond(WebRequest request) {
        Optional<Found> found = found(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        Found f = found.get();
        if (!ownTeam(request.user(), f.episode(), f.childCase())) {
            return PageResult.forbidden();
        }
        return answer(request, f, "respond", "response", "Say what the team has done or will do", "The response",
                (alert, text) -> alert.respond(text, clock.today(), request.user().displayName()), "alert.respond",
                "alert-response");
    }

    PageResult resolveForm(WebRequest request) {
        Optional<Found> found = found(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        Found f = found.get();
        if (!f.alert().open()) {
            return PageResult.redirect(CareLinks.tab(f.childCase().id()));
        }
        context.audit(request, CurrentCare.FORM_VIEW, f.childCase(), "form=resolve alert=" + f.alert().id());
        return answerPage(f, request, "resolve", FormValues.empty(), new FormErrors()).show(f.childCase().childName());
    }

    PageResult resolve(WebRequest request) {
        Optional<Found> found = found(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        return answer(request, found.get(), "resolve", "resolution", "Say how the concern was resolved", "The resolution",
                (alert, text) -> alert.resolve(text, clock.today(), request.user().displayName()), "alert.resolve",
                "alert-resolved");
    }

    private PageResult answer(WebRequest request, Found f, String action, String field, String missing, String subject,
                              java.util.function.BiConsumer<IroAlert, String> change, String auditAction, String done) {
        FormValues form = FormValues.of(request, field);
        FormErrors errors = new FormErrors();
        Optional<String> text = ReviewForms.answer(form, field, missing, subject, errors);
        if (text.isEmpty()) {
            return answerPage(f, request, action, form, errors).invalid(f.childCase().childName());
        }
        try {
            writes.updateAlert(f.alert().id(), CurrentCare.version(request), alert -> change.accept(alert, text.get()));
        } catch (RuntimeException e) {
            return CurrentCare.changedMeanwhile(e, () -> answerPage(f, request, action, form,
                    new FormErrors().add(field, Concurrency.CHANGED_MEANWHILE)).invalid(f.childCase().childName()));
        }
        context.audit(request, auditAction, f.childCase(), "episode=" + f.episode().id() + " alert=" + f.alert().id());
        return PageResult.redirect(CareLinks.tab(f.childCase().id()) + "?done=" + done);
    }

    private FormPage answerPage(Found f, WebRequest request, String action, FormValues form, FormErrors errors) {
        boolean respond = "respond".equals(action);
        IroAlert a = f.alert();
        FormPage page = FormPage.of(context.model(f.childCase(), request), respond ? "Respond to a case alert" : "Resolve a case alert",
                        CareLinks.alert(a.id(), action), respond ? "Send response" : "Resolve alert", CareLinks.tab(f.childCase().id()))
                .fact("Raised", EpisodeForms.SHOWN.format(a.raisedOn()) + " by " + a.raisedByName())
                .fact("About", a.concern().label())
                .fact("Concern", a.details())
                .fact("Response due by", EpisodeForms.SHOWN.format(a.respondBy()));
        if (a.response() != null) {
            page.fact("Team's response", a.response() + " (" + EpisodeForms.SHOWN.format(a.respondedOn()) + ", "
                    + a.respondedByName() + ")");
        }
        String field = respond ? "response" : "resolution";
        return page.version(a.version())
                .fields(List.of(Fields.textarea(field, respond ? "The team's response" : "How was it resolved?", null,
                        ReviewForms.ALERT_TEXT_MAX, form.values(), errors)))
                .errors(errors);
    }
}
