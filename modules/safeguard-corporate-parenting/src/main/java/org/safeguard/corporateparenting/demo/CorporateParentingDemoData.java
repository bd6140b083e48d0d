package org.safeguard.corporateparenting.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.api.CaseDirectory;
import org.safeguard.caserecords.api.CaseRecordTypes;
import org.safeguard.caserecords.api.CaseStage;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.api.WorkingDays;
import org.safeguard.corporateparenting.CorporateParentingModule;
import org.safeguard.corporateparenting.model.CareLeaver;
import org.safeguard.corporateparenting.model.LeavingReason;
import org.safeguard.corporateparenting.web.Staff;
import org.safeguard.platform.api.demo.DemoDataContributor;
import org.safeguard.platform.api.modules.ModuleEnablement.Enablement;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.organisation.Authority;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.organisation.TeamType;
import org.safeguard.platform.api.persistence.Transactions;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.time.CouncilClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo county's children in care and care leavers, built on case records' demo histories:
 * <ul>
 * <li>every child whose case closed "Transferred to children in care" came into care that day
 * (a young person who arrived alone — a household without adults — the day they were referred);
 * while case records shows them visited, they are in care, held by the county-wide children in
 * care (or UASC) team; when the visits stop they left care (adopted, special guardianship, home,
 * or at 18); children with no visit after the transfer left care within the year;</li>
 * <li>about one in eight children on a child protection plan came into care in the last months,
 * in care proceedings, and stays with the district team holding their case (seed 004 §2.17);</li>
 * <li>young people who are care leavers today get a personal adviser, pathway plan, accommodation
 * and activity for most of them.</li>
 * </ul>
 * Everything is decided by a random stream seeded by the authority and the case, so the county is
 * the same at every start. See the module guide for the sizes this gives and why.
 */
@Component(service = DemoDataContributor.class)
public class CorporateParentingDemoData implements DemoDataContributor {

    private static final Logger LOG = LoggerFactory.getLogger(CorporateParentingDemoData.class);

    /** About one in eight children on a child protection plan comes into care while in proceedings. */
    static final double PROCEEDINGS_SHARE = 0.12;

    @Reference(target = "(safeguard.unit=safeguard-corporate-parenting)")
    private EntityManagerFactory factory;
    @Reference
    private CaseDirectory directory;
    @Reference
    private ModuleEnablement enablement;
    @Reference
    private WorkingDays workingDays;

    private CouncilClock clock = CouncilClock.system();

    public CorporateParentingDemoData() {
    }

    /** For tests. */
    public CorporateParentingDemoData(EntityManagerFactory factory, CaseDirectory directory, ModuleEnablement enablement,
                                      WorkingDays workingDays, CouncilClock clock) {
        this.factory = factory;
        this.directory = directory;
        this.enablement = enablement;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    @Override
    public String moduleId() {
        return CorporateParentingModule.MODULE_ID;
    }

    @Override
    public Set<String> after() {
        return Set.of(CaseRecordTypes.MODULE_ID);
    }

    @Override
    public void seed(Authority authority, OrganisationDirectory organisation) {
        long started = System.nanoTime();
        enable(authority);
        if (hasRecords(authority.id())) {
            LOG.info("Corporate parenting demo: {} already has children in care; none added", authority.name());
            return;
        }
        LocalDate today = clock.today();
        Staff staff = new Staff(organisation, enablement);
        List<Team> teams = organisation.teams(authority.id());
        CurrentUser seeder = new CurrentUser(null, "system:demo-county", "Demo county seeder", authority.id(),
                authority.name(), null, null, teams.stream().map(Team::id).collect(Collectors.toSet()), Set.of(), Set.of());
        List<Staff.Member> inCare = workers(staff, teams, TeamType.CHILDREN_IN_CARE);
        List<Staff.Member> uascWorkers = workers(staff, teams, TeamType.UASC);
        List<Staff.Member> iros = staff.reviewingOfficers(authority.id());
        long seed = seed(authority.code());

        List<CareStory.Child> children = new ArrayList<>();
        Map<Long, ChildCase> latest = new LinkedHashMap<>();
        for (ChildCase c : directory.closedTransferredToCare(seeder, today.minusYears(20))) {
            latest.merge(c.childId(), c, (a, b) -> a.closedOn().isAfter(b.closedOn()) ? a : b);
        }
        Map<Long, LocalDate> visits = directory.lastVisits(latest.values().stream().map(ChildCase::id).toList());
        int n = 0;
        for (ChildCase c : latest.values()) {
            if (c.childDateOfBirth() == null) {
                continue;
            }
            Random rnd = new Random(seed ^ (c.id() * 0x9E3779B97F4A7C15L));
            boolean uasc = directory.members(c.familyId()).stream().noneMatch(m -> !m.child());
            List<Staff.Member> holders = uasc && !uascWorkers.isEmpty() ? uascWorkers : inCare;
            Staff.Member iro = iros.isEmpty() ? null : iros.get(n++ % iros.size());
            children.add(transferred(rnd, c, uasc, visits.get(c.id()), holders, iro, today));
        }
        for (Team team : teams) {
            if (team.districtId() == null) {
                continue;
            }
            for (ChildCase c : directory.openCasesOfTeam(team.id())) {
                Random rnd = new Random(seed ^ (c.id() * 0xC2B2AE3D27D4EB4FL));
                if (c.stage() != CaseStage.CHILD_PROTECTION || c.childDateOfBirth() == null || latest.containsKey(c.childId())
                        || rnd.nextDouble() >= PROCEEDINGS_SHARE) {
                    continue;
                }
                LocalDate from = later(c.openedOn().plusDays(30), today.minusDays(150));
                LocalDate to = today.minusDays(10);
                if (!from.isBefore(to)) {
                    continue;
                }
                LocalDate cameIn = from.plusDays(rnd.nextInt((int) ChronoUnit.DAYS.between(from, to)));
                Staff.Member iro = iros.isEmpty() ? null : iros.get(n++ % iros.size());
                children.add(new CareStory.Child(authority.id(), c.childId(), c.id(), c.childName(), c.childDateOfBirth(), cameIn,
                        null, null, false, true, null, iro));
            }
        }
        List<Staff.Member> advisers = staff.personalAdvisers(authority.id());
        int[] counts = write(authority.id(), children, advisers, seed, today);
        LOG.info("Corporate parenting demo seeded for {}: {} periods of care ({} in care today), {} care leavers in {} ms",
                authority.name(), children.size(), counts[0], counts[1], (System.nanoTime() - started) / 1_000_000);
    }

    /** A child whose case closed "Transferred to children in care": in care since then, and maybe left since. */
    static CareStory.Child transferred(Random rnd, ChildCase c, boolean uasc, LocalDate lastVisit, List<Staff.Member> holders,
                                       Staff.Member iro, LocalDate today) {
        LocalDate cameIn = uasc ? c.openedOn() : c.closedOn();
        LocalDate eighteenth = c.childDateOfBirth().plusYears(18);
        boolean visitedInCare = lastVisit != null && lastVisit.isAfter(c.closedOn());
        LocalDate left;
        LeavingReason reason;
        if (visitedInCare && !lastVisit.isBefore(today.minusDays(90)) && today.isBefore(eighteenth)) {
            left = null;
            reason = null;
        } else if (visitedInCare && !lastVisit.isBefore(eighteenth.minusDays(75))) {
            left = eighteenth;
            reason = LeavingReason.TURNED_18;
        } else {
            LocalDate from = visitedInCare ? lastVisit : cameIn;
            left = from.plusDays(visitedInCare ? 3 + rnd.nextInt(23) : 20 + rnd.nextInt(380));
            if (!left.isBefore(eighteenth)) {
                left = eighteenth;
                reason = LeavingReason.TURNED_18;
            } else {
                reason = reason(rnd, CareStory.age(c.childDateOfBirth(), cameIn));
            }
        }
        if (left != null && !left.isBefore(today)) {
            // the visits say they are still in care: the later of the two readings wins
            left = null;
            reason = null;
        }
        if (left != null && !left.isAfter(cameIn)) {
            left = cameIn.plusDays(1);
        }
        Staff.Member worker = holders.isEmpty() ? null : holders.get(rnd.nextInt(holders.size()));
        return new CareStory.Child(c.authorityId(), c.childId(), c.id(), c.childName(), c.childDateOfBirth(), cameIn, left,
                reason, uasc, worker == null, worker, iro);
    }

    /** How children of this age leave care: the youngest most often to adoption or special guardianship. */
    static LeavingReason reason(Random rnd, int ageAtEntry) {
        double u = rnd.nextDouble();
        if (ageAtEntry < 5) {
            return u < 0.45 ? LeavingReason.ADOPTION : u < 0.75 ? LeavingReason.SPECIAL_GUARDIANSHIP
                    : u < 0.95 ? LeavingReason.RETURN_HOME : LeavingReason.CHILD_ARRANGEMENTS;
        }
        if (ageAtEntry < 10) {
            return u < 0.35 ? LeavingReason.SPECIAL_GUARDIANSHIP : u < 0.85 ? LeavingReason.RETURN_HOME
                    : LeavingReason.CHILD_ARRANGEMENTS;
        }
        return u < 0.7 ? LeavingReason.RETURN_HOME : u < 0.85 ? LeavingReason.SPECIAL_GUARDIANSHIP
                : LeavingReason.CHILD_ARRANGEMENTS;
    }

    /** Writes every period of care and the care leavers' support in one transaction; returns {in care, leavers}. */
    private int[] write(long authorityId, List<CareStory.Child> children, List<Staff.Member> advisers, long seed,
                        LocalDate today) {
        return Transactions.inTransaction(factory, em -> {
            int inCareToday = 0;
            for (CareStory.Child child : children) {
                CareStory story = new CareStory(new Random(seed ^ child.caseId() ^ 0x5DEECE66DL), workingDays, today);
                CareStory.Rows rows = story.tell(child, e -> {
                    em.persist(e);
                    em.flush();
                    return e.id();
                });
                persistAll(em, rows.statuses());
                persistAll(em, rows.placements());
                persistAll(em, rows.reviews());
                persistAll(em, rows.health());
                persistAll(em, rows.peps());
                persistAll(em, rows.alerts());
                persistAll(em, rows.holders());
                if (rows.episode().open()) {
                    inCareToday++;
                }
            }
            int leavers = 0;
            for (CareStory.Child child : children) {
                Optional<CareLeaver> leaver = DemoLeavers.leaver(new Random(seed ^ child.childId() ^ 0x2545F4914F6CDD1DL), child,
                        advisers, today);
                if (leaver.isPresent()) {
                    em.persist(leaver.get());
                    leavers++;
                }
            }
            return new int[] {inCareToday, leavers};
        });
    }

    private static void persistAll(EntityManager em, List<?> rows) {
        rows.forEach(em::persist);
    }

    /** Demo only: the module on for the whole authority, recorded as the demo seeder's change. */
    private void enable(Authority authority) {
        if (enablement.enablement(CorporateParentingModule.MODULE_ID, authority.id()).authorityWide()) {
            return;
        }
        CurrentUser seeder = new CurrentUser(null, "system:demo-county", "Demo county seeder", authority.id(),
                authority.name(), null, null, Set.of(), Set.of(), Set.of());
        enablement.setEnablement(new Enablement(CorporateParentingModule.MODULE_ID, authority.id(), true, Set.of()), seeder,
                "demo");
    }

    private boolean hasRecords(long authorityId) {
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT COUNT(e) FROM CareEpisode e WHERE e.authorityId = :a", Long.class)
                .setParameter("a", authorityId).getSingleResult()) > 0;
    }

    /** Social workers of the authority's county-wide teams of this type, by id. */
    private static List<Staff.Member> workers(Staff staff, List<Team> teams, TeamType type) {
        List<Staff.Member> members = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Team team : teams) {
            if (team.type() == type && team.districtId() == null) {
                for (Staff.Member m : staff.holders(team)) {
                    if (m.role() != org.safeguard.platform.api.security.Role.TEAM_MANAGER && seen.add(m.userId())) {
                        members.add(m);
                    }
                }
            }
        }
        members.sort(Comparator.comparingLong(Staff.Member::userId));
        return members;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    static long seed(String code) {
        long h = 0xC0FFEE;
        for (char ch : code.toCharArray()) {
            h = h * 31 + ch;
        }
        return h;
    }
}
