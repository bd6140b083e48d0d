package org.safeguard.reflection.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.api.CaseRecordTypes;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.platform.api.demo.DemoDataContributor;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.organisation.Authority;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.organisation.TeamType;
import org.safeguard.platform.api.persistence.Transactions;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.reflection.ReflectionSessionsModule;
import org.safeguard.reflection.model.ActionEvent;
import org.safeguard.reflection.model.AgendaItem;
import org.safeguard.reflection.model.DiscussionAction;
import org.safeguard.reflection.model.FamilyDiscussion;
import org.safeguard.reflection.model.ReflectionSession;
import org.safeguard.reflection.model.SessionAttendee;
import org.safeguard.reflection.model.SessionStatus;
import org.safeguard.reflection.service.ReflectionServices;
import org.safeguard.reflection.service.ReflectionTeams;
import org.safeguard.reflection.service.TeamOversight;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo county's reflection sessions, built on case records' demo families (hence
 * {@link #after()}): for every Family Safeguarding team with a clinician, four months of weekly
 * sessions and next week's, so coverage and drift have something to show; teams without a
 * clinician have none, and show every family overdue. Enables the module authority-wide, as case
 * records does for itself. One transaction per team.
 */
@Component(service = DemoDataContributor.class)
public class ReflectionDemoData implements DemoDataContributor {

    private static final Logger LOG = LoggerFactory.getLogger(ReflectionDemoData.class);

    @Reference
    private ReflectionServices services;

    public ReflectionDemoData() {
    }

    /** For tests. */
    ReflectionDemoData(ReflectionServices services) {
        this.services = services;
    }

    @Override
    public String moduleId() {
        return ReflectionSessionsModule.MODULE_ID;
    }

    @Override
    public Set<String> after() {
        return Set.of(CaseRecordTypes.MODULE_ID);
    }

    @Override
    public void seed(Authority authority, OrganisationDirectory directory) {
        enable(authority);
        if (services.sessions().any(authority.id())) {
            LOG.info("Reflection sessions demo: {} already has sessions; none added", authority.name());
            return;
        }
        long started = System.nanoTime();
        LocalDate today = services.clock().today();
        int sessions = 0;
        for (Team team : directory.teams(authority.id())) {
            if (team.type() != TeamType.FAMILY_SAFEGUARDING) {
                continue;
            }
            List<ReflectionTeams.Clinician> facilitators = services.teams().facilitators(team);
            if (facilitators.isEmpty()) {
                continue;
            }
            List<DemoHistory.Family> families = families(team);
            List<ReflectionTeams.Member> practitioners = services.teams().practitioners(team.id());
            List<DemoHistory.PlannedSession> plan = DemoHistory.plan(families,
                    practitioners.stream().map(ReflectionTeams.Member::userId).toList(), today,
                    new Random(authority.id() * 7919 + team.id()));
            write(team, facilitators.get(0), practitioners, plan);
            sessions += plan.size();
        }
        LOG.info("Reflection sessions demo seeded for {}: {} sessions in {} s", authority.name(), sessions,
                String.format("%.1f", (System.nanoTime() - started) / 1e9));
    }

    /** Demo only: the module on for the whole authority, audited as the demo seeder. */
    private void enable(Authority authority) {
        ModuleEnablement enablement = services.enablement();
        if (enablement.enablement(ReflectionSessionsModule.MODULE_ID, authority.id()).authorityWide()) {
            return;
        }
        CurrentUser seeder = new CurrentUser(null, "system:demo-county", "Demo county seeder", authority.id(),
                authority.name(), null, null, Set.of(), Set.of(), Set.of());
        enablement.setEnablement(new ModuleEnablement.Enablement(ReflectionSessionsModule.MODULE_ID, authority.id(),
                true, Set.of()), seeder, "demo");
    }

    private List<DemoHistory.Family> families(Team team) {
        List<TeamOversight.OpenFamily> open = services.oversight().openFamilies(team.id(), null);
        Map<Long, LocalDate> cpSince = services.oversight().cpPlanSince(open);
        List<DemoHistory.Family> families = new ArrayList<>();
        for (TeamOversight.OpenFamily family : open) {
            Long lead = family.openCases().stream().map(ChildCase::leadWorkerId).filter(id -> id != null)
                    .findFirst().orElse(null);
            families.add(new DemoHistory.Family(family.id(), family.name(), family.openSince(),
                    cpSince.get(family.id()), lead));
        }
        return families;
    }

    private void write(Team team, ReflectionTeams.Clinician facilitator, List<ReflectionTeams.Member> practitioners,
                       List<DemoHistory.PlannedSession> plan) {
        Map<Long, String> names = new HashMap<>();
        practitioners.forEach(m -> names.put(m.userId(), m.name()));
        Transactions.run(services.factory(), em -> {
            for (DemoHistory.PlannedSession planned : plan) {
                LocalDateTime startsAt = planned.on().atTime(DemoHistory.STARTS);
                ReflectionSession session = new ReflectionSession(team.authorityId(), team.id(), team.name(), startsAt,
                        DemoHistory.MINUTES, facilitator.userId(), facilitator.name(), facilitator.userId(),
                        instant(planned.on().minusDays(7), LocalTime.of(9, 0)));
                if (!"SCHEDULED".equals(planned.status())) {
                    session.end(SessionStatus.valueOf(planned.status()), facilitator.userId(), facilitator.name(),
                            instant(planned.on(), LocalTime.of(12, 5)));
                }
                em.persist(session);
                em.flush();
                for (ReflectionTeams.Member member : practitioners) {
                    if (member.userId() != facilitator.userId()) {
                        em.persist(new SessionAttendee(session.id(), member.userId(), member.name(), member.roleLabel()));
                    }
                }
                int order = 1;
                for (long familyId : planned.agenda()) {
                    em.persist(new AgendaItem(session.id(), familyId, order++, true));
                }
                for (DemoHistory.PlannedDiscussion d : planned.discussions()) {
                    writeDiscussion(em, session, d, facilitator, names);
                }
            }
        });
    }

    private static void writeDiscussion(EntityManager em, ReflectionSession session, DemoHistory.PlannedDiscussion d,
                                        ReflectionTeams.Clinician facilitator, Map<Long, String> names) {
        FamilyDiscussion discussion = new FamilyDiscussion(session.authorityId(), session.id(), session.teamId(),
                d.familyId(), session.heldOn(), new FamilyDiscussion.Content(d.hypotheses(), d.risks(), d.protective(),
                d.lived(), d.rating(), d.decisions()), facilitator.userId(), facilitator.name(),
                instant(session.heldOn(), LocalTime.of(11, 30)));
        em.persist(discussion);
        em.flush();
        for (DemoHistory.PlannedAction planned : d.actions()) {
            String owner = names.getOrDefault(planned.ownerId(), "Worker " + planned.ownerId());
            DiscussionAction action = new DiscussionAction(discussion, planned.description(), planned.ownerId(), owner,
                    planned.dueOn(), facilitator.userId(), instant(session.heldOn(), LocalTime.of(11, 30)));
            if (planned.doneOn() != null) {
                action.markDone(true, owner, planned.doneOn());
            }
            em.persist(action);
            // one at a time, so ids keep the order the actions were agreed in
            em.flush();
            if (planned.doneOn() != null) {
                em.persist(new ActionEvent(action.id(), true, planned.ownerId(), owner,
                        instant(planned.doneOn(), LocalTime.of(16, 0))));
            }
        }
    }

    private static Instant instant(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(CouncilClock.ZONE).toInstant();
    }
}
