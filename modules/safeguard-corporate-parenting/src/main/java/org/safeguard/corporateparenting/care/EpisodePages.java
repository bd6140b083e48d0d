package org.safeguard.corporateparenting.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.safeguard.caserecords.api.CaseDirectory;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.corporateparenting.CorporateParentingModule;
import org.safeguard.corporateparenting.care.CareWrites.By;
import org.safeguard.corporateparenting.care.CareWrites.Holder;
import org.safeguard.corporateparenting.model.CareEpisode;
import org.safeguard.corporateparenting.model.LeavingReason;
import org.safeguard.corporateparenting.model.LegalStatus;
import org.safeguard.corporateparenting.model.Placement;
import org.safeguard.corporateparenting.placements.FosteringLink;
import org.safeguard.corporateparenting.web.CareContext;
import org.safeguard.corporateparenting.web.CareLinks;
import org.safeguard.corporateparenting.web.Concurrency;
import org.safeguard.corporateparenting.web.Fields;
import org.safeguard.corporateparenting.web.FormPage;
import org.safeguard.corporateparenting.web.FormValues;
import org.safeguard.corporateparenting.web.Staff;
import org.safeguard.fostering.api.FosterCarers;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.organisation.TeamType;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/**
 * A period of care: coming into care from the child's case, changes of legal status, whether the
 * child is an unaccompanied asylum-seeking child, and leaving care. Who holds the child is
 * {@link HolderPages}. Every write checks the case is visible to the user, is audited, and
 * redirects to the tab.
 */
@Component(service = RouteContribution.class)
public class EpisodePages implements RouteContribution {

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

    /** Fostering may be absent, installed later or uninstalled: read the field once per use. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile FosterCarers fosterCarers;

    private CouncilClock clock = CouncilClock.system();
    private CareRepository repository;
    private CareWrites writes;
    private CareContext context;
    private Staff staff;
    private FosteringLink fostering;
    private CurrentCare current;

    public EpisodePages() {
    }

    /** For tests. */
    public EpisodePages(EntityManagerFactory factory, CaseDirectory directory, AuditLog auditLog, ModuleEnablement enablement,
                        OrganisationDirectory organisation, FosterCarers fosterCarers, CouncilClock clock) {
        this.factory = factory;
        this.directory = directory;
        this.auditLog = auditLog;
        this.enablement = enablement;
        this.organisation = organisation;
        this.fosterCarers = fosterCarers;
        this.clock = clock;
        activate();
    }

    @Activate
    void activate() {
        repository = new CareRepository(factory);
        writes = new CareWrites(factory);
        context = new CareContext(directory, auditLog, enablement);
        staff = new Staff(organisation, enablement);
        fostering = new FosteringLink(() -> fosterCarers);
        current = new CurrentCare(context, repository);
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
                Route.get(base + "start", record, this::startForm),
                Route.post(base + "start", record, this::start),
                Route.get(base + "legal-status", record, this::statusForm),
                Route.post(base + "legal-status", record, this::changeStatus),
                Route.get(base + "uasc", record, this::uascForm),
                Route.post(base + "uasc", record, this::changeUasc),
                Route.get(base + "leave", record, this::leaveForm),
                Route.post(base + "leave", record, this::leave));
    }

    // ----- coming into care -----

    PageResult startForm(WebRequest request) {
        Optional<ChildCase> found = context.visibleCase(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        ChildCase childCase = found.get();
        if (!EpisodeForms.canStart(childCase, repository.child(childCase.authorityId(), childCase.childId()), clock.today())) {
            return PageResult.redirect(CareLinks.tab(childCase.id()));
        }
        FormValues form = FormValues.empty().put("uasc", "no").put("iro", "none");
        if (!childCase.open()) {
            form.putDate("startedOn", childCase.closedOn());
        }
        context.audit(request, CurrentCare.FORM_VIEW, childCase, "form=" + CurrentCare.formName(request.path()));
        return startPage(childCase, request, form, new FormErrors()).show(childCase.childName());
    }

    PageResult start(WebRequest request) {
        Optional<ChildCase> found = context.visibleCase(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        ChildCase childCase = found.get();
        CurrentUser user = request.user();
        FormValues form = FormValues.of(request, "legalStatus", "uasc", "iro").withDate(request, "startedOn");
        FormErrors errors = new FormErrors();
        List<Staff.Member> iros = staff.reviewingOfficers(childCase.authorityId());
        ChildRecord child = repository.child(childCase.authorityId(), childCase.childId());
        Optional<EpisodeForms.Start> start = EpisodeForms.start(form, childCase, child, iros, clock.today(), errors);
        if (start.isEmpty()) {
            return startPage(childCase, request, form, errors).invalid(childCase.childName());
        }
        EpisodeForms.Start s = start.get();
        CareEpisode episode = new CareEpisode(childCase.authorityId(), childCase.childId(), childCase.id(),
                childCase.childName(), childCase.childDateOfBirth(), s.on(), s.uasc(), user.userId(), user.displayName(),
                clock.nowUtc());
        s.iro().ifPresent(m -> episode.reviewedBy(m.userId(), m.name()));
        Holder holder = s.uasc() ? uascTeam(childCase.authorityId()).orElse(null) : null;
        writes.startCare(episode, s.status(), holder, by(user));
        context.audit(request, "child-in-care.start", childCase, "episode=" + episode.id() + " status=" + s.status().name()
                + " uasc=" + s.uasc() + (holder == null ? "" : " team=" + holder.teamId()));
        return PageResult.redirect(CareLinks.tab(childCase.id()) + "?done=started");
    }

    private FormPage startPage(ChildCase childCase, WebRequest request, FormValues form, FormErrors errors) {
        List<Fields.Option> iroOptions = new ArrayList<>();
        iroOptions.add(new Fields.Option("none", "Not allocated yet"));
        for (Staff.Member m : staff.reviewingOfficers(childCase.authorityId())) {
            iroOptions.add(new Fields.Option(String.valueOf(m.userId()), m.name(), m.teamName()));
        }
        Optional<String> uascTeam = uascTeam(childCase.authorityId()).map(Holder::teamName);
        return FormPage.of(context.model(childCase, request), "Bring into care", CareLinks.onCase(childCase.id(), "start"),
                        "Bring into care", CareLinks.tab(childCase.id()))
                .intro("The first review is due 20 working days after the child comes into care, and the initial health "
                        + "assessment by the authority's timescale. Record their first placement next.")
                .warning(childCase.open() ? null : "The case closed on " + EpisodeForms.SHOWN.format(childCase.closedOn())
                        + ": they came into care by then.")
                .fields(List.of(
                        Fields.date("startedOn", "When did they come into care?", "For example, 27 3 2026",
                                form.values(), errors),
                        Fields.radios("legalStatus", "Legal status", null, legalStatusOptions(), false, form.values(), errors),
                        Fields.yesNo("uasc", "Are they an unaccompanied asylum-seeking child?", uascTeam
                                .map(t -> "Unaccompanied asylum-seeking children are held by the " + t
                                        + ": its manager allocates their worker.").orElse(null), form.values(), errors),
                        Fields.radios("iro", "Independent reviewing officer", "They chair the child's reviews.", iroOptions,
                                false, form.values(), errors)))
                .errors(errors);
    }

    // ----- legal status -----

    PageResult statusForm(WebRequest request) {
        return withCurrent(request, (childCase, record) -> statusPage(childCase, record, request,
                FormValues.empty(), new FormErrors()).show(childCase.childName()));
    }

    PageResult changeStatus(WebRequest request) {
        return withCurrent(request, (childCase, record) -> {
            FormValues form = FormValues.of(request, "legalStatus").withDate(request, "from");
            FormErrors errors = new FormErrors();
            Optional<EpisodeForms.StatusChange> change = EpisodeForms.statusChange(form, record, clock.today(), errors);
            if (change.isEmpty()) {
                return statusPage(childCase, record, request, form, errors).invalid(childCase.childName());
            }
            try {
                writes.changeStatus(record.episode().id(), version(request), change.get().status(), change.get().from(),
                        by(request.user()));
            } catch (RuntimeException e) {
                return changedMeanwhile(e, () -> statusPage(childCase, record, request, form,
                        new FormErrors().add("legalStatus", Concurrency.CHANGED_MEANWHILE)).invalid(childCase.childName()));
            }
            context.audit(request, "legal-status.change", childCase, "episode=" + record.episode().id() + " status="
                    + change.get().status().name());
            return PageResult.redirect(CareLinks.tab(childCase.id()) + "?done=legal-status");
        });
    }

    private FormPage statusPage(ChildCase childCase, EpisodeRecord record, WebRequest request, FormValues form,
                                FormErrors errors) {
        FormPage page = FormPage.of(context.model(childCase, request), "Change legal status",
                CareLinks.onCase(childCase.id(), "legal-status"), "Save legal status", CareLinks.tab(childCase.id()));
        record.currentStatus().ifPresent(s -> page.fact("Current legal status", s.status().label() + ", since "
                + EpisodeForms.SHOWN.format(s.fromDate())));
        return page.version(record.episode().version())
                .fields(List.of(
                        Fields.radios("legalStatus", "New legal status", null, legalStatusOptions(), false, form.values(), errors),
                        Fields.date("from", "When did it begin?", "For example, 14 4 2026. The current status ends that day.",
                                form.values(), errors)))
                .errors(errors);
    }

    // ----- unaccompanied asylum-seeking child -----

    PageResult uascForm(WebRequest request) {
        return withCurrent(request, (childCase, record) -> uascPage(childCase, record, request,
                FormValues.empty().put("uasc", record.episode().uasc() ? "yes" : "no"), new FormErrors())
                .show(childCase.childName()));
    }

    PageResult changeUasc(WebRequest request) {
        return withCurrent(request, (childCase, record) -> {
            FormValues form = FormValues.of(request, "uasc");
            FormErrors errors = new FormErrors();
            Optional<Boolean> uasc = form.yesNo("uasc", "Select yes if they are an unaccompanied asylum-seeking child", true, errors);
            if (uasc.isEmpty()) {
                return uascPage(childCase, record, request, form, errors).invalid(childCase.childName());
            }
            CareEpisode e = record.episode();
            Optional<Holder> team = uascTeam(childCase.authorityId());
            boolean passToTeam = uasc.get() && !e.uasc() && team.isPresent()
                    && !team.get().teamId().equals(e.holderTeamId());
            try {
                writes.markUasc(e.id(), version(request), uasc.get(), passToTeam ? team.get() : null, clock.today(),
                        by(request.user()));
            } catch (RuntimeException ex) {
                return changedMeanwhile(ex, () -> uascPage(childCase, record, request, form,
                        new FormErrors().add("uasc", Concurrency.CHANGED_MEANWHILE)).invalid(childCase.childName()));
            }
            context.audit(request, "uasc.change", childCase, "episode=" + e.id() + " uasc=" + uasc.get()
                    + (passToTeam ? " team=" + team.get().teamId() : ""));
            return PageResult.redirect(CareLinks.tab(childCase.id()) + "?done=uasc");
        });
    }

    private FormPage uascPage(ChildCase childCase, EpisodeRecord record, WebRequest request, FormValues form, FormErrors errors) {
        Optional<String> team = uascTeam(childCase.authorityId()).map(Holder::teamName);
        return FormPage.of(context.model(childCase, request), "Unaccompanied asylum-seeking child",
                        CareLinks.onCase(childCase.id(), "uasc"), "Save", CareLinks.tab(childCase.id()))
                .version(record.episode().version())
                .fields(List.of(Fields.yesNo("uasc", "Are they an unaccompanied asylum-seeking child?", team
                        .map(t -> "Answering yes passes them to the " + t + " from today: its manager allocates their worker.")
                        .orElse(null), form.values(), errors)))
                .errors(errors);
    }

    // ----- leaving care -----

    PageResult leaveForm(WebRequest request) {
        return withCurrent(request, (childCase, record) -> {
            FormValues form = FormValues.empty();
            LocalDate eighteenth = record.episode().dateOfBirth().plusYears(18);
            if (!clock.today().isBefore(eighteenth)) {
                form.putDate("endedOn", eighteenth).put("reason", LeavingReason.TURNED_18.name());
            }
            return leavePage(childCase, record, request, form, new FormErrors()).show(childCase.childName());
        });
    }

    PageResult leave(WebRequest request) {
        return withCurrent(request, (childCase, record) -> {
            FormValues form = FormValues.of(request, "reason", "detail").withDate(request, "endedOn");
            FormErrors errors = new FormErrors();
            Optional<EpisodeForms.Leaving> leaving = EpisodeForms.leaving(form, record, clock.today(), errors);
            if (leaving.isEmpty()) {
                return leavePage(childCase, record, request, form, errors).invalid(childCase.childName());
            }
            EpisodeForms.Leaving l = leaving.get();
            CurrentUser user = request.user();
            try {
                writes.leaveCare(record.episode().id(), version(request), l.on(), l.reason(), l.detail(), ended ->
                        ended.map(CareWrites.PlacementChange::ended).map(Placement::carerHouseholdId)
                                .ifPresent(household -> fostering.ended(user, household, childCase.id(), l.on())));
            } catch (RuntimeException e) {
                return changedMeanwhile(e, () -> leavePage(childCase, record, request, form,
                        new FormErrors().add("endedOnDay", Concurrency.CHANGED_MEANWHILE)).invalid(childCase.childName()));
            }
            context.audit(request, "child-in-care.leave", childCase, "episode=" + record.episode().id() + " reason="
                    + l.reason().name());
            return PageResult.redirect(CareLinks.tab(childCase.id()) + "?done=left");
        });
    }

    private FormPage leavePage(ChildCase childCase, EpisodeRecord record, WebRequest request, FormValues form,
                               FormErrors errors) {
        List<Fields.Option> reasons = new ArrayList<>();
        for (LeavingReason r : LeavingReason.values()) {
            reasons.add(new Fields.Option(r.name(), r.label()));
        }
        return FormPage.of(context.model(childCase, request), "Record leaving care", CareLinks.onCase(childCase.id(), "leave"),
                        "Record leaving care", CareLinks.tab(childCase.id()))
                .intro("Their legal status, placement and allocation in care end that day. A young person who has been in "
                        + "care for 13 weeks since turning 14 becomes a care leaver and is supported to 21.")
                .fact("In care since", EpisodeForms.SHOWN.format(record.episode().startedOn()))
                .fact("18th birthday", EpisodeForms.SHOWN.format(record.episode().dateOfBirth().plusYears(18)))
                .version(record.episode().version())
                .fields(List.of(
                        Fields.date("endedOn", "When did they leave care?", "For example, 30 6 2026", form.values(), errors),
                        Fields.radios("reason", "Why did they leave care?", null, reasons, false, form.values(), errors),
                        Fields.text("detail", "If other, say why", "Do not include names.", form.values(), errors)))
                .errors(errors);
    }

    // ----- shared -----

    private PageResult withCurrent(WebRequest request, CurrentCare.Handler handler) {
        return current.with(request, handler);
    }

    private Optional<Holder> uascTeam(long authorityId) {
        return staff.teamOfType(authorityId, TeamType.UASC).map((Team t) -> new Holder(t.id(), t.name(), null, null));
    }

    static List<Fields.Option> legalStatusOptions() {
        List<Fields.Option> options = new ArrayList<>();
        for (LegalStatus s : LegalStatus.values()) {
            options.add(new Fields.Option(s.name(), s.label()));
        }
        return options;
    }

    private By by(CurrentUser user) {
        return new By(user.userId(), user.displayName(), clock.nowUtc());
    }

    private static int version(WebRequest request) {
        return CurrentCare.version(request);
    }

    private static PageResult changedMeanwhile(RuntimeException e, java.util.function.Supplier<PageResult> page) {
        return CurrentCare.changedMeanwhile(e, page);
    }
}
