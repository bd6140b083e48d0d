package org.safeguard.caserecords.frontdoor;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.safeguard.caserecords.CaseRecordsModule;
import org.safeguard.caserecords.model.CaseRecord;
import org.safeguard.caserecords.model.ClosureReason;
import org.safeguard.caserecords.model.Contact;
import org.safeguard.caserecords.model.Family;
import org.safeguard.caserecords.model.FamilyMembership;
import org.safeguard.caserecords.model.Person;
import org.safeguard.caserecords.model.Referral;
import org.safeguard.platform.api.persistence.Transactions;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.Role;

/** Small builders for the front door tests: families, children, contacts, earlier cases. */
final class Seed {

    static final long CCC = 1, PCC = 2;
    static final long FENLAND = 14, HUNTS = 15, PETERBOROUGH = 21;
    static final long FENLAND_TEAM = 100, HUNTS_TEAM = 101, FRONT_DOOR_TEAM = 102, PCC_TEAM = 200;
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 25, 10, 0);

    private final EntityManagerFactory factory;

    Seed(EntityManagerFactory factory) {
        this.factory = factory;
    }

    long family(long authority, long district, String name) {
        return Transactions.inTransaction(factory, em -> {
            Family family = new Family(authority, district, name, "1 Station Road", null, "March", "PE15 8AA", NOW);
            em.persist(family);
            em.flush();
            return family.id();
        });
    }

    long child(long authority, String given, String familyName, Long... families) {
        return person(authority, Person.Kind.CHILD, given, familyName, families);
    }

    long adult(long authority, String given, String familyName, Long... families) {
        return person(authority, Person.Kind.ADULT, given, familyName, families);
    }

    private long person(long authority, Person.Kind kind, String given, String familyName, Long... families) {
        return Transactions.inTransaction(factory, em -> {
            Person person = new Person(authority, kind, given, familyName,
                    kind == Person.Kind.CHILD ? LocalDate.of(2019, 3, 2) : LocalDate.of(1990, 1, 5),
                    Person.Gender.UNKNOWN, null, NOW, null);
            em.persist(person);
            em.flush();
            for (Long family : families) {
                em.persist(new FamilyMembership(family, person.id(), LocalDate.of(2019, 3, 2)));
            }
            return person.id();
        });
    }

    void leave(long familyId, long personId, LocalDate on) {
        Transactions.run(factory, em -> em.createQuery(
                        "SELECT m FROM FamilyMembership m WHERE m.familyId = :f AND m.personId = :p", FamilyMembership.class)
                .setParameter("f", familyId).setParameter("p", personId).getResultList()
                .forEach(m -> m.leave(on)));
    }

    Contact contact(long authority, long district, long child, long family, LocalDate receivedOn) {
        return Transactions.inTransaction(factory, em -> {
            Contact contact = new Contact(authority, district, child, family, receivedOn, Contact.Source.SCHOOL,
                    "Amy's teacher saw bruising on her arm.", 7L, "Sam Worker", NOW);
            em.persist(contact);
            em.flush();
            return contact;
        });
    }

    Contact contactInMash(long authority, long district, long child, long family, LocalDate receivedOn, LocalDate mashOn) {
        Contact contact = contact(authority, district, child, family, receivedOn);
        Transactions.run(factory, em -> em.find(Contact.class, contact.id())
                .decide(Contact.Outcome.MASH, "Police and school accounts differ.", mashOn, 7L, "Sam Worker"));
        return Transactions.read(factory, em -> em.find(Contact.class, contact.id()));
    }

    /** A closed case opened by a referral on {@code referredOn}; returns the referral's id. */
    long pastReferral(long authority, long district, long family, long child, LocalDate referredOn, LocalDate closedOn) {
        return Transactions.inTransaction(factory, em -> {
            CaseRecord record = new CaseRecord(authority, district, family, child, referredOn);
            record.close(closedOn, ClosureReason.NO_FURTHER_ACTION);
            em.persist(record);
            em.flush();
            Referral referral = new Referral(authority, record.id(), child, null, referredOn, null);
            em.persist(referral);
            em.flush();
            return referral.id();
        });
    }

    long openCase(long authority, long district, long family, long child, LocalDate openedOn) {
        return Transactions.inTransaction(factory, em -> {
            CaseRecord record = new CaseRecord(authority, district, family, child, openedOn);
            em.persist(record);
            em.flush();
            return record.id();
        });
    }

    static CurrentUser user(long userId, long authority, long team, String... permissions) {
        Set<String> granted = permissions.length == 0
                ? Set.of(CaseRecordsModule.READ, CaseRecordsModule.RECORD, CaseRecordsModule.FRONT_DOOR)
                : Set.of(permissions);
        return new CurrentUser(userId, "user" + userId, "User " + userId, authority, "Authority", null, null,
                Set.of(team), Set.of(Role.SOCIAL_WORKER), granted);
    }
}
