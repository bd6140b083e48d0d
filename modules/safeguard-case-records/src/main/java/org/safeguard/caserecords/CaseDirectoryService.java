package org.safeguard.caserecords;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.safeguard.caserecords.api.CaseDirectory;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.api.FamilyMember;
import org.safeguard.caserecords.api.FamilySummary;
import org.safeguard.caserecords.api.PlanSummary;
import org.safeguard.caserecords.model.CaseNote;
import org.safeguard.caserecords.model.CasePlan;
import org.safeguard.caserecords.model.CaseRecord;
import org.safeguard.caserecords.model.ClosureReason;
import org.safeguard.caserecords.model.Family;
import org.safeguard.caserecords.model.Person;
import org.safeguard.caserecords.model.Relationship;
import org.safeguard.platform.api.persistence.Transactions;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.RecordHeader;
import org.safeguard.platform.api.web.RecordTabs;
import org.safeguard.caserecords.web.CaseHeader;

/** The case records API for extending modules; the same access rule as this module's own pages. */
@Component(service = {CaseDirectory.class, CaseDirectoryService.class})
public class CaseDirectoryService implements CaseDirectory {

    @Reference(target = "(safeguard.unit=safeguard-case-records)")
    private EntityManagerFactory factory;

    @Reference
    private CaseAccessService access;

    /** Optional and dynamic: the web host may restart without taking the case directory with it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile RecordTabs recordTabs;

    public CaseDirectoryService() {
    }

    /** For tests. */
    public CaseDirectoryService(EntityManagerFactory factory, CaseAccessService access) {
        this(factory, access, null);
    }

    /** For tests. */
    public CaseDirectoryService(EntityManagerFactory factory, CaseAccessService access, RecordTabs recordTabs) {
        this.factory = factory;
        this.access = access;
        this.recordTabs = recordTabs;
    }

    @Override
    public Optional<ChildCase> visibleCase(CurrentUser user, long caseId) {
        return findCase(caseId).filter(c -> access.forUser(user)
                .canSee(c.authorityId(), c.districtId(), c.leadWorkerId(), c.coWorkerId()));
    }

    /** A case by id, no access check: for code that has already checked, never for a page's input. */
    public Optional<ChildCase> findCase(long caseId) {
        List<ChildCase> found = query("c.id = :id", "id", caseId);
        return found.stream().findFirst();
    }

    @Override
    public Optional<FamilySummary> visibleFamily(CurrentUser user, long familyId) {
        CaseAccess rule = access.forUser(user);
        return Transactions.read(factory, em -> Optional.ofNullable(em.find(Family.class, familyId)))
                .filter(f -> rule.canSeeFamily(f.authorityId(), f.districtId())
                        || casesOfFamily(familyId).stream().anyMatch(c ->
                                rule.canSee(c.authorityId(), c.districtId(), c.leadWorkerId(), c.coWorkerId())))
                .map(CaseDirectoryService::summary);
    }

    @Override
    public List<FamilyMember> members(long familyId) {
        return Transactions.read(factory, em -> {
            List<Person> people = em.createQuery(
                            "SELECT p FROM Person p, FamilyMembership m WHERE m.personId = p.id"
                                    + " AND m.familyId = :family AND m.leftOn IS NULL", Person.class)
                    .setParameter("family", familyId).getResultList();
            List<FamilyMember> members = new ArrayList<>();
            for (Person person : people) {
                List<Object[]> relations = em.createQuery(
                                "SELECT r.kind, o.givenName FROM Relationship r, Person o"
                                        + " WHERE r.personId = :person AND o.id = r.relatedPersonId", Object[].class)
                        .setParameter("person", person.id()).getResultList();
                List<String> described = new ArrayList<>();
                for (Object[] relation : relations) {
                    described.add(Relationship.Kind.valueOf((String) relation[0]).label() + " of " + relation[1]);
                }
                boolean child = person.kind() == Person.Kind.CHILD;
                members.add(new FamilyMember(person.id(), person.fullName(), person.dateOfBirth(), child,
                        described.isEmpty() ? (child ? "Child" : "Adult") : String.join(", ", described)));
            }
            members.sort(Comparator.comparing((FamilyMember m) -> !m.child()).thenComparing(FamilyMember::name));
            return members;
        });
    }

    @Override
    public List<ChildCase> casesOfFamily(long familyId) {
        List<ChildCase> cases = new ArrayList<>(query("c.familyId = :id", "id", familyId));
        cases.sort(Comparator.comparing((ChildCase c) -> !c.open())
                .thenComparing(ChildCase::openedOn, Comparator.reverseOrder()));
        return cases;
    }

    @Override
    public List<ChildCase> openCasesOfTeam(long teamId) {
        List<ChildCase> cases = new ArrayList<>(query("c.teamId = :id AND c.closedOn IS NULL", "id", teamId));
        cases.sort(Comparator.comparing(ChildCase::childName));
        return cases;
    }

    @Override
    public List<FamilySummary> openFamiliesOfTeam(long teamId) {
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT DISTINCT f FROM Family f, CaseRecord c WHERE c.familyId = f.id"
                                + " AND c.teamId = :team AND c.closedOn IS NULL", Family.class)
                .setParameter("team", teamId).getResultList()).stream()
                .map(CaseDirectoryService::summary)
                .sorted(Comparator.comparing(FamilySummary::name))
                .toList();
    }

    @Override
    public List<ChildCase> visibleCases(CurrentUser user, Collection<Long> caseIds) {
        CaseAccess rule = access.forUser(user);
        List<ChildCase> visible = new ArrayList<>();
        for (List<Long> chunk : chunks(caseIds)) {
            for (ChildCase c : query("c.id IN :ids", "ids", chunk)) {
                if (rule.canSee(c.authorityId(), c.districtId(), c.leadWorkerId(), c.coWorkerId())) {
                    visible.add(c);
                }
            }
        }
        return visible;
    }

    @Override
    public RecordHeader caseHeader(CurrentUser user, ChildCase childCase) {
        return CaseHeader.of(childCase, user, recordTabs);
    }

    @Override
    public RecordHeader familyHeader(CurrentUser user, FamilySummary family) {
        return CaseHeader.family(family, user, recordTabs);
    }

    @Override
    public Map<Long, PlanSummary> openPlans(Collection<Long> caseIds) {
        Map<Long, PlanSummary> plans = new HashMap<>();
        for (List<Long> chunk : chunks(caseIds)) {
            Transactions.read(factory, em -> em.createQuery(
                            "SELECT p FROM CasePlan p WHERE p.caseId IN :ids AND p.endedOn IS NULL", CasePlan.class)
                    .setParameter("ids", chunk).getResultList())
                    .forEach(p -> plans.put(p.caseId(), new PlanSummary(p.caseId(),
                            p.kind() == CasePlan.Kind.CHILD_PROTECTION, p.kind().label(),
                            p.category() == null ? null : p.category().label(), p.startedOn(), p.nextReviewDueOn())));
        }
        return plans;
    }

    @Override
    public Map<Long, LocalDate> lastVisits(Collection<Long> caseIds) {
        Map<Long, LocalDate> last = new HashMap<>();
        for (List<Long> chunk : chunks(caseIds)) {
            Transactions.read(factory, em -> em.createQuery(
                            "SELECT n.caseId, MAX(n.occurredOn) FROM CaseNote n WHERE n.caseId IN :ids"
                                    + " AND n.kind IN :visits GROUP BY n.caseId", Object[].class)
                    .setParameter("ids", chunk)
                    .setParameter("visits", VISIT_KINDS)
                    .getResultList())
                    .forEach(row -> last.put((Long) row[0], (LocalDate) row[1]));
        }
        return last;
    }

    @Override
    public List<ChildCase> closedTransferredToCare(CurrentUser user, LocalDate since) {
        if (user.authorityId() == null) {
            return List.of();
        }
        CaseAccess rule = access.forUser(user);
        List<ChildCase> found = new ArrayList<>(Transactions.read(factory, em -> em.createQuery(
                        "SELECT c, p, f FROM CaseRecord c, Person p, Family f WHERE c.childId = p.id AND c.familyId = f.id"
                                + " AND c.authorityId = :authority AND c.closedOn >= :since AND c.closureReason = :reason",
                        Object[].class)
                .setParameter("authority", user.authorityId())
                .setParameter("since", since)
                .setParameter("reason", ClosureReason.TRANSFERRED_TO_CARE.name())
                .getResultList()).stream()
                .map(row -> view((CaseRecord) row[0], (Person) row[1], (Family) row[2]))
                .filter(c -> rule.canSee(c.authorityId(), c.districtId(), c.leadWorkerId(), c.coWorkerId()))
                .toList());
        found.sort(Comparator.comparing(ChildCase::closedOn, Comparator.reverseOrder()).thenComparing(ChildCase::id));
        return found;
    }

    private static final List<String> VISIT_KINDS = Arrays.stream(CaseNote.Kind.values())
            .filter(CaseNote.Kind::visit).map(Enum::name).toList();

    /** Derby and PostgreSQL take IN lists of a few hundred parameters comfortably; larger sets go in parts. */
    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = ids.stream().distinct().toList();
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            chunks.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        return chunks;
    }

    private List<ChildCase> query(String where, String parameter, Object value) {
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT c, p, f FROM CaseRecord c, Person p, Family f"
                                + " WHERE c.childId = p.id AND c.familyId = f.id AND " + where, Object[].class)
                .setParameter(parameter, value)
                .getResultList()).stream()
                .map(row -> view((CaseRecord) row[0], (Person) row[1], (Family) row[2]))
                .toList();
    }

    public static ChildCase view(CaseRecord c, Person child, Family family) {
        return new ChildCase(c.id(), c.authorityId(), c.districtId(), c.familyId(), family.name(),
                c.childId(), child.fullName(), child.dateOfBirth(), c.stage(), c.openedOn(), c.closedOn(),
                c.teamId(), c.leadWorkerId(), c.coWorkerId());
    }

    public static FamilySummary summary(Family family) {
        return new FamilySummary(family.id(), family.authorityId(), family.districtId(), family.name(),
                family.postcode());
    }
}
