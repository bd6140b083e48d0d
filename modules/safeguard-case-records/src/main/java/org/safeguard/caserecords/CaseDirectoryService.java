package org.safeguard.caserecords;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.api.CaseDirectory;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.api.FamilyMember;
import org.safeguard.caserecords.api.FamilySummary;
import org.safeguard.caserecords.model.CaseRecord;
import org.safeguard.caserecords.model.Family;
import org.safeguard.caserecords.model.Person;
import org.safeguard.caserecords.model.Relationship;
import org.safeguard.platform.api.persistence.Transactions;
import org.safeguard.platform.api.security.CurrentUser;

/** The case records API for extending modules; the same access rule as this module's own pages. */
@Component(service = {CaseDirectory.class, CaseDirectoryService.class})
public class CaseDirectoryService implements CaseDirectory {

    @Reference(target = "(safeguard.unit=safeguard-case-records)")
    private EntityManagerFactory factory;

    @Reference
    private CaseAccessService access;

    public CaseDirectoryService() {
    }

    /** For tests. */
    public CaseDirectoryService(EntityManagerFactory factory, CaseAccessService access) {
        this.factory = factory;
        this.access = access;
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

    private List<ChildCase> query(String where, String parameter, long value) {
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
