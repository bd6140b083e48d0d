package org.safeguard.corporateparenting.care;

import java.time.LocalDate;
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
import org.safeguard.corporateparenting.care.CareWrites.By;
import org.safeguard.corporateparenting.care.CareWrites.Holder;
import org.safeguard.corporateparenting.model.HolderPeriod;
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
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/**
 * Who holds a child in care. Children in care proceedings stay with the team holding their case;
 * the county-wide corporate parenting service takes the others (seed 004 §2.17): a team manager
 * takes the child into one of their own teams (as case records' allocation does) and allocates a
 * worker, or hands them back to the team holding the case. The history is kept.
 */
@Component(service = RouteContribution.class)
public class HolderPages implements RouteContribution {

    static final String WITH_CASE = "case";

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

    private CouncilClock clock = CouncilClock.system();
    private CareWrites writes;
    private CareContext context;
    private Staff staff;
    private CurrentCare current;

    public HolderPages() {
    }

    /** For tests. */
    public HolderPages(EntityManagerFactory factory, CaseDirectory directory, AuditLog auditLog, ModuleEnablement enablement,
                       OrganisationDirectory organisation, CouncilClock clock) {
        this.factory = factory;
        this.directory = directory;
        this.auditLog = auditLog;
        this.enablement = enablement;
        this.organisation = organisation;
        this.clock = clock;
        activate();
    }

    @Activate
    void activate() {
        writes = new CareWrites(factory);
        context = new CareContext(directory, auditLog, enablement);
        staff = new Staff(organisation, enablement);
        current = new CurrentCare(context, new CareRepository(factory));
    }

    @Override
    public String moduleId() {
        return CorporateParentingModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        String path = CareLinks.CHILDREN_IN_CARE + "/cases/{caseId}/holder";
        return List.of(Route.get(path, CorporateParentingModule.ALLOCATE, this::form),
                Route.post(path, CorporateParentingModule.ALLOCATE, this::save));
    }

    PageResult form(WebRequest request) {
        return current.with(request, (childCase, record) -> {
            FormValues form = FormValues.empty().putDate("from", clock.today());
            return page(childCase, record, request, form, new FormErrors()).show(childCase.childName());
        });
    }

    PageResult save(WebRequest request) {
        return current.with(request, (childCase, record) -> {
            FormValues form = FormValues.of(request, "holder").withDate(request, "from");
            FormErrors errors = new FormErrors();
            List<Choice> choices = choices(request, childCase);
            Optional<Choice> chosen = choices.stream().filter(c -> c.value().equals(form.get("holder"))).findFirst();
            if (chosen.isEmpty()) {
                errors.add("holder", "Select who will hold the child in care");
            }
            LocalDate notBefore = record.holders().stream().filter(h -> h.toDate() == null).map(HolderPeriod::fromDate)
                    .findFirst().orElse(record.episode().startedOn());
            Optional<LocalDate> from = EpisodeForms.changeDate(form, "from", "date they take over", notBefore,
                    "when the current holder took over", clock.today(), errors);
            if (!errors.isEmpty()) {
                return page(childCase, record, request, form, errors).invalid(childCase.childName());
            }
            Holder holder = chosen.get().holder();
            try {
                writes.changeHolder(record.episode().id(), CurrentCare.version(request), holder, from.get(),
                        new By(request.user().userId(), request.user().displayName(), clock.nowUtc()));
            } catch (RuntimeException e) {
                return CurrentCare.changedMeanwhile(e, () -> page(childCase, record, request, form,
                        new FormErrors().add("holder", Concurrency.CHANGED_MEANWHILE)).invalid(childCase.childName()));
            }
            context.audit(request, "holder.change", childCase, "episode=" + record.episode().id()
                    + " team=" + (holder.teamId() == null ? "case" : holder.teamId())
                    + (holder.workerId() == null ? "" : " worker=" + holder.workerId()));
            return PageResult.redirect(CareLinks.tab(childCase.id()) + "?done=holder");
        });
    }

    /** One radio: its value and the holder it stands for. */
    record Choice(String value, String label, String hint, Holder holder) {}

    /** The team holding the case, then each of the user's own teams without and with each of its workers. */
    List<Choice> choices(WebRequest request, ChildCase childCase) {
        List<Choice> choices = new ArrayList<>();
        String caseTeam = staff.teamName(childCase.teamId()).orElse("no team yet");
        choices.add(new Choice(WITH_CASE, "The team holding the child's case (" + caseTeam + ")",
                "For children in care proceedings who are expected to go home soon.",
                new Holder(null, "The team holding the child's case (" + caseTeam + ")", null, null)));
        for (Team team : staff.ownTeams(request.user())) {
            if (team.authorityId() != childCase.authorityId()) {
                continue;
            }
            choices.add(new Choice("team-" + team.id(), team.name() + ": no worker yet", null,
                    new Holder(team.id(), team.name(), null, null)));
            for (Staff.Member m : staff.holders(team)) {
                choices.add(new Choice("team-" + team.id() + "-worker-" + m.userId(), team.name() + ": " + m.name(),
                        m.role().label(), new Holder(team.id(), team.name(), m.userId(), m.name())));
            }
        }
        return choices;
    }

    private FormPage page(ChildCase childCase, EpisodeRecord record, WebRequest request, FormValues form, FormErrors errors) {
        List<Fields.Option> options = choices(request, childCase).stream()
                .map(c -> new Fields.Option(c.value(), c.label(), c.hint())).toList();
        ChildView.HolderView now = ChildView.holder(record.episode(), childCase, staff);
        return FormPage.of(context.model(childCase, request), "Change who holds the child in care",
                        CareLinks.onCase(childCase.id(), "holder"), "Save", CareLinks.tab(childCase.id()))
                .intro("You can take the child into one of your own teams. The case's own allocation in case records "
                        + "does not change.")
                .fact("Held now by", now.team() + (now.worker() == null ? "" : ": " + now.worker()))
                .version(record.episode().version())
                .fields(List.of(
                        Fields.radios("holder", "Who will hold the child in care?", null, options, false, form.values(), errors),
                        Fields.date("from", "From when?", "For example, 14 4 2026", form.values(), errors)))
                .errors(errors);
    }
}
