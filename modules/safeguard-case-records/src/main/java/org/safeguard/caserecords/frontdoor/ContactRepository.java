package org.safeguard.caserecords.frontdoor;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TypedQuery;

import org.safeguard.caserecords.CaseAccess;
import org.safeguard.caserecords.CaseAccessService;
import org.safeguard.caserecords.CaseDirectoryService;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.api.FamilySummary;
import org.safeguard.caserecords.model.CaseRecord;
import org.safeguard.caserecords.model.Contact;
import org.safeguard.caserecords.model.Family;
import org.safeguard.caserecords.model.Person;
import org.safeguard.platform.api.persistence.Transactions;
import org.safeguard.platform.api.security.CurrentUser;

/** Contacts and the children they are about, always through the one access rule. */
public class ContactRepository {

    /** A child a contact may be recorded for, with the current households the user may see. */
    public record ChildForContact(Person child, List<FamilySummary> families) {}

    /** A child's households and cases are a handful; the cap only guards against a runaway record. */
    private static final int MEMBERSHIP_CAP = 200;

    private final EntityManagerFactory factory;
    private final CaseAccessService access;
    private final CaseDirectoryService directory;

    public ContactRepository(EntityManagerFactory factory, CaseAccessService access, CaseDirectoryService directory) {
        this.factory = factory;
        this.access = access;
        this.directory = directory;
    }

    /**
     * The child, when the user may see them: the same rule as the person page (a current or past
     * member of a family the user may see, or the child of a case, or of a case of such a family,
     * the user may see), with the current households the user may see for the contact to go to.
     * Empty for an adult, another authority's child, anyone unknown or not the user's: the page
     * answers 404.
     */
    public Optional<ChildForContact> visibleChild(CurrentUser user, long personId) {
        Person child = Transactions.read(factory, em -> em.find(Person.class, personId));
        if (child == null || child.kind() != Person.Kind.CHILD || user.authorityId() == null
                || child.authorityId() != user.authorityId()) {
            return Optional.empty();
        }
        CaseAccess rule = access.forUser(user);
        List<Object[]> memberships = Transactions.read(factory, em -> em.createQuery(
                        "SELECT f, m.leftOn FROM Family f, FamilyMembership m WHERE f.id = m.familyId"
                                + " AND m.personId = :child ORDER BY m.joinedOn, m.id", Object[].class)
                .setParameter("child", personId).setMaxResults(MEMBERSHIP_CAP).getResultList());
        List<Family> families = memberships.stream().map(row -> (Family) row[0]).toList();
        boolean visible = families.stream().anyMatch(f -> rule.canSeeFamily(f.authorityId(), f.districtId()))
                || visibleCase(rule, personId, families.stream().map(Family::id).distinct().toList());
        if (!visible) {
            return Optional.empty();
        }
        List<FamilySummary> current = memberships.stream()
                .filter(row -> row[1] == null)
                .map(row -> ((Family) row[0]).id())
                .distinct()
                .map(id -> directory.visibleFamily(user, id))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(FamilySummary::name).thenComparing(FamilySummary::id))
                .toList();
        return Optional.of(new ChildForContact(child, current));
    }

    private boolean visibleCase(CaseAccess rule, long childId, List<Long> familyIds) {
        List<CaseRecord> cases = Transactions.read(factory, em -> {
            TypedQuery<CaseRecord> query = em.createQuery("SELECT c FROM CaseRecord c WHERE c.childId = :child"
                    + (familyIds.isEmpty() ? "" : " OR c.familyId IN :families"), CaseRecord.class)
                    .setParameter("child", childId);
            if (!familyIds.isEmpty()) {
                query.setParameter("families", familyIds);
            }
            return query.setMaxResults(MEMBERSHIP_CAP).getResultList();
        });
        return cases.stream().anyMatch(c -> rule.canSee(c.authorityId(), c.districtId(), c.leadWorkerId(), c.coWorkerId()));
    }

    public Contact record(Contact contact) {
        return Transactions.inTransaction(factory, em -> {
            em.persist(contact);
            em.flush();
            return contact;
        });
    }

    /** The contact when the user may see it: by its district, or through the case it joined. */
    public Optional<Contact> visibleContact(CurrentUser user, long contactId) {
        Contact contact = Transactions.read(factory, em -> em.find(Contact.class, contactId));
        if (contact == null) {
            return Optional.empty();
        }
        if (access.forUser(user).canSeeFamily(contact.authorityId(), contact.districtId())) {
            return Optional.of(contact);
        }
        return contact.caseId() != null && directory.visibleCase(user, contact.caseId()).isPresent()
                ? Optional.of(contact) : Optional.empty();
    }

    public Optional<Person> person(long personId) {
        return Optional.ofNullable(Transactions.read(factory, em -> em.find(Person.class, personId)));
    }

    /** The child's open case, if any: a referral joins it rather than opening another. */
    public Optional<ChildCase> openCaseOf(long childId) {
        List<Long> open = Transactions.read(factory, em -> em.createQuery(
                        "SELECT c.id FROM CaseRecord c WHERE c.childId = :child AND c.closedOn IS NULL"
                                + " ORDER BY c.openedOn DESC, c.id DESC", Long.class)
                .setParameter("child", childId).setMaxResults(1).getResultList());
        return open.stream().findFirst().flatMap(directory::findCase);
    }
}
