package org.safeguard.fostering.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.api.CaseStage;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.fostering.FosteringContext;
import org.safeguard.fostering.FosteringModule;
import org.safeguard.fostering.model.AnnualReview;
import org.safeguard.fostering.model.Approval;
import org.safeguard.fostering.model.ApprovalTerms;
import org.safeguard.fostering.model.Carer;
import org.safeguard.fostering.model.ContactAttendee;
import org.safeguard.fostering.model.ContactSession;
import org.safeguard.fostering.model.Deregistration;
import org.safeguard.fostering.model.FosterMatch;
import org.safeguard.fostering.model.FosterMatchChild;
import org.safeguard.fostering.model.FosterPlacement;
import org.safeguard.fostering.model.Household;
import org.safeguard.fostering.model.MatchOutcome;
import org.safeguard.fostering.model.ReviewOutcome;
import org.safeguard.fostering.model.TrainingRecord;
import org.safeguard.platform.api.demo.DemoDataContributor;
import org.safeguard.platform.api.modules.ModuleEnablement.Enablement;
import org.safeguard.platform.api.organisation.Authority;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.organisation.StaffMember;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.organisation.TeamType;
import org.safeguard.platform.api.persistence.Transactions;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo county's fostering: carers supervised by the authority's fostering team (see
 * {@link DemoPlan} for the mix and its sizing), children of open cases living with them, matches
 * awaiting placement, and supervised contact for the children in foster care. An authority
 * without a fostering team (Peterborough in the demo) gets supervised contact only, arranged by its
 * children's social workers. Built on case records' demo cases, so seeded after them; enables the
 * module authority-wide in each demo authority.
 */
@Component(service = DemoDataContributor.class)
public class FosteringDemoData implements DemoDataContributor {

    private static final Logger LOG = LoggerFactory.getLogger(FosteringDemoData.class);

    /** Children in foster care who have supervised contact in the demo. */
    static final int CHILDREN_WITH_CONTACT = 16;
    /** In an authority without a fostering team: children on plans who have supervised contact. */
    static final int CHILDREN_WITH_CONTACT_ELSEWHERE = 5;

    static final String REVIEW_SUMMARY = "Review meeting with the carers and their supervising social worker. The views of "
            + "the children placed and of their social workers were sought.\nThe carers continue to give safe, warm care "
            + "and work well with the children's families; training is up to date.";

    @Reference(target = "(safeguard.unit=safeguard-fostering)")
    private EntityManagerFactory factory;

    @Reference
    private FosteringContext context;

    public FosteringDemoData() {
    }

    /** For tests. */
    public FosteringDemoData(EntityManagerFactory factory, FosteringContext context) {
        this.factory = factory;
        this.context = context;
    }

    @Override
    public String moduleId() {
        return FosteringModule.MODULE_ID;
    }

    @Override
    public Set<String> after() {
        return Set.of("case-records");
    }

    @Override
    public void seed(Authority authority, OrganisationDirectory directory) {
        enable(authority);
        if (context.households().anyOfAuthority(authority.id()) || context.contact().anyOfAuthority(authority.id())) {
            LOG.info("Fostering demo: {} already has fostering records; none added", authority.name());
            return;
        }
        long started = System.nanoTime();
        LocalDate today = context.clock().today();
        List<ChildCase> openCases = openCases(authority, directory);
        List<DemoPlan.Worker> workers = fosteringTeam(authority, directory);
        List<ChildCase> forContact;
        List<DemoPlan.Worker> supervisors;
        int households = 0;
        if (!workers.isEmpty()) {
            DemoPlan.Plan plan = new DemoPlan(today, authority.id() * 31 + 7, directory.districts(authority.id()), openCases)
                    .plan(workers);
            Transactions.run(factory, em -> write(em, authority.id(), plan));
            households = plan.households().size();
            Map<Long, ChildCase> byId = new LinkedHashMap<>();
            openCases.forEach(c -> byId.put(c.id(), c));
            forContact = plan.households().stream().flatMap(h -> h.placements().stream())
                    .filter(p -> p.to() == null).map(p -> byId.get(p.caseId())).filter(c -> c != null)
                    .limit(CHILDREN_WITH_CONTACT).toList();
            supervisors = workers;
        } else {
            forContact = openCases.stream().filter(c -> c.stage() == CaseStage.CHILD_PROTECTION)
                    .limit(CHILDREN_WITH_CONTACT_ELSEWHERE).toList();
            supervisors = socialWorkers(authority, directory);
        }
        Map<Long, String> towns = new LinkedHashMap<>();
        directory.districts(authority.id()).forEach(d -> towns.put(d.id(), DemoWords.towns(d.name()).get(0).name()));
        List<DemoContact.Session> sessions = new DemoContact(authority.id() * 17 + 3, today)
                .sessions(forContact, context.cases()::members, supervisors,
                        child -> towns.getOrDefault(child.districtId(), authority.name()));
        Transactions.run(factory, em -> writeContact(em, authority.id(), sessions));
        LOG.info("Fostering demo seeded for {}: {} carer households, {} supervised contact sessions in {} ms",
                authority.name(), households, sessions.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** Demo only: fostering on for the whole authority, audited as the demo seeder. */
    private void enable(Authority authority) {
        if (context.enablement().enablement(FosteringModule.MODULE_ID, authority.id()).authorityWide()) {
            return;
        }
        CurrentUser seeder = new CurrentUser(null, "system:demo-county", "Demo county seeder", authority.id(),
                authority.name(), null, null, Set.of(), Set.of(), Set.of());
        context.enablement().setEnablement(new Enablement(FosteringModule.MODULE_ID, authority.id(), true, Set.of()),
                seeder, "demo");
    }

    private List<ChildCase> openCases(Authority authority, OrganisationDirectory directory) {
        Map<Long, ChildCase> cases = new LinkedHashMap<>();
        for (Team team : directory.teams(authority.id())) {
            context.cases().openCasesOfTeam(team.id()).forEach(c -> cases.put(c.id(), c));
        }
        List<ChildCase> sorted = new ArrayList<>(cases.values());
        sorted.sort(Comparator.comparingLong(ChildCase::id));
        return sorted;
    }

    private static List<DemoPlan.Worker> fosteringTeam(Authority authority, OrganisationDirectory directory) {
        Map<Long, DemoPlan.Worker> workers = new LinkedHashMap<>();
        for (Team team : directory.teams(authority.id())) {
            if (team.type() != TeamType.FOSTERING) {
                continue;
            }
            for (StaffMember member : directory.teamMembers(team.id())) {
                member.teamRoles().stream().filter(r -> r.teamId() == team.id())
                        .filter(r -> EnumSet.of(Role.TEAM_MANAGER, Role.SENIOR_SOCIAL_WORKER, Role.SOCIAL_WORKER)
                                .contains(r.role()))
                        .findFirst().ifPresent(r -> workers.putIfAbsent(member.id(),
                                new DemoPlan.Worker(member.id(), member.displayName(), r.role() == Role.TEAM_MANAGER)));
            }
        }
        return new ArrayList<>(workers.values());
    }

    private static List<DemoPlan.Worker> socialWorkers(Authority authority, OrganisationDirectory directory) {
        return directory.staff(authority.id()).stream()
                .filter(s -> s.teamRoles().stream().anyMatch(r -> r.role() == Role.SOCIAL_WORKER))
                .map(s -> new DemoPlan.Worker(s.id(), s.displayName(), false)).toList();
    }

    private void write(EntityManager em, long authorityId, DemoPlan.Plan plan) {
        LocalDateTime now = context.clock().nowUtc();
        List<Household> written = new ArrayList<>();
        for (DemoPlan.Household planned : plan.households()) {
            DemoPlan.Worker worker = planned.worker();
            Household household = new Household(authorityId, planned.name(), planned.address(), planned.town(),
                    planned.postcode(), planned.districtId(), planned.phone(), worker.id(), now, worker.id());
            em.persist(household);
            em.flush();
            written.add(household);
            long id = household.id();
            for (int i = 0; i < planned.carers().size(); i++) {
                em.persist(new Carer(id, i + 1, planned.carers().get(i).fullName(), planned.carers().get(i).dateOfBirth()));
            }
            for (ApprovalTerms terms : planned.approvals()) {
                em.persist(new Approval(id, terms, worker.id(), worker.name(), terms.approvedOn().atTime(10, 0)));
            }
            for (int i = 0; i < planned.reviews().size(); i++) {
                LocalDate on = planned.reviews().get(i);
                em.persist(new AnnualReview(id, on, ReviewOutcome.CONTINUES, i == 0, REVIEW_SUMMARY, worker.id(),
                        worker.name(), on.atTime(15, 0)));
            }
            for (DemoPlan.Training training : planned.training()) {
                em.persist(new TrainingRecord(id, null, training.course(), null, training.on(), worker.id(), worker.name(),
                        training.on().atTime(16, 0)));
            }
            for (DemoPlan.Placement placement : planned.placements()) {
                FosterPlacement p = new FosterPlacement(authorityId, id, placement.caseId(), placement.from(),
                        FosterPlacement.Source.FOSTERING, worker.id(), placement.from().atTime(12, 0));
                if (placement.to() != null) {
                    p.end(placement.to());
                }
                em.persist(p);
            }
            if (!planned.active()) {
                em.persist(new Deregistration(id, planned.deregisteredOn(), planned.deregistrationReason(), null,
                        worker.id(), worker.name(), planned.deregisteredOn().atTime(11, 0)));
            }
        }
        for (DemoPlan.Match planned : plan.matches()) {
            DemoPlan.Household household = plan.households().get(planned.household());
            FosterMatch match = new FosterMatch(authorityId, written.get(planned.household()).id(), planned.need(),
                    planned.proposedStart(), "Introductions planned over two visits before the move.",
                    household.worker().id(), household.worker().name(), planned.matchedOn().atTime(11, 0));
            if (planned.fellThrough()) {
                match.conclude(MatchOutcome.FELL_THROUGH, planned.matchedOn().plusDays(9),
                        "The child's plan changed to a return home with support.", household.worker().id());
            }
            em.persist(match);
            em.flush();
            for (Long caseId : planned.caseIds()) {
                em.persist(new FosterMatchChild(match.id(), caseId));
            }
        }
    }

    private void writeContact(EntityManager em, long authorityId, List<DemoContact.Session> sessions) {
        LocalDateTime now = context.clock().nowUtc();
        for (DemoContact.Session s : sessions) {
            ContactSession session = new ContactSession(authorityId, s.child().id(), s.startsAt(), s.minutes(), s.venue(),
                    s.supervisor().id(), s.supervisor().name(), s.attendance(), s.observations(), s.supervisor().id(),
                    s.supervisor().name(), s.attendance().recorded() ? s.startsAt().plusHours(3) : now.minusDays(7));
            em.persist(session);
            em.flush();
            s.present().forEach(m -> em.persist(new ContactAttendee(session.id(), m.personId(), m.name(), m.description())));
        }
    }
}
