package org.safeguard.caserecords.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManagerFactory;

import org.safeguard.caserecords.model.CaseRecord;
import org.safeguard.caserecords.model.Family;
import org.safeguard.caserecords.model.FamilyMembership;
import org.safeguard.caserecords.model.Person;
import org.safeguard.caserecords.model.Relationship;
import org.safeguard.platform.api.persistence.Transactions;

/** Households: their address and district, who lives there and lived there, and how they are related. */
public final class FamilyRepository {

    /** A household's whole history, capped: no real household comes near it. */
    static final int MEMBERS_CAP = 500;

    /** One membership with its person: the family page lists current and past members from these. */
    public record Member(FamilyMembership membership, Person person) {
        public boolean current() {
            return membership.current();
        }
    }

    private final EntityManagerFactory factory;

    public FamilyRepository(EntityManagerFactory factory) {
        this.factory = factory;
    }

    public Optional<Family> family(long familyId) {
        return Transactions.read(factory, em -> Optional.ofNullable(em.find(Family.class, familyId)));
    }

    /** Current members first (children, then adults, by name), then those who left, most recent first. */
    public List<Member> members(long familyId) {
        List<Object[]> rows = Transactions.read(factory, em -> em.createQuery(
                        "SELECT m, p FROM FamilyMembership m, Person p WHERE p.id = m.personId AND m.familyId = :family"
                                + " ORDER BY m.id", Object[].class)
                .setParameter("family", familyId).setMaxResults(MEMBERS_CAP).getResultList());
        List<Member> members = new ArrayList<>();
        for (Object[] row : rows) {
            members.add(new Member((FamilyMembership) row[0], (Person) row[1]));
        }
        members.sort(Comparator.comparing((Member m) -> !m.current())
                .thenComparing((Member m) -> m.current() ? LocalDate.MIN : m.membership().leftOn(), Comparator.reverseOrder())
                .thenComparing(m -> m.person().kind())
                .thenComparing(m -> Person.key(m.person().familyName()))
                .thenComparing(m -> Person.key(m.person().givenName()))
                .thenComparing(m -> m.person().id()));
        return members;
    }

    /** Relationships with both people among {@code personIds}. */
    public List<Relationship> relationshipsAmong(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT r FROM Relationship r WHERE r.personId IN :people AND r.relatedPersonId IN :people"
                                + " ORDER BY r.id", Relationship.class)
                .setParameter("people", personIds).setMaxResults(MEMBERS_CAP).getResultList());
    }

    public boolean relationshipExists(long personId, long relatedPersonId, Relationship.Kind kind) {
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT COUNT(r) FROM Relationship r WHERE r.personId = :person"
                                + " AND r.relatedPersonId = :related AND r.kind = :kind", Long.class)
                .setParameter("person", personId).setParameter("related", relatedPersonId)
                .setParameter("kind", kind.name()).getSingleResult() > 0);
    }

    public Optional<FamilyMembership> membership(long membershipId) {
        return Transactions.read(factory, em -> Optional.ofNullable(em.find(FamilyMembership.class, membershipId)));
    }

    public boolean isCurrentMember(long familyId, long personId) {
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT COUNT(m) FROM FamilyMembership m WHERE m.familyId = :family AND m.personId = :person"
                                + " AND m.leftOn IS NULL", Long.class)
                .setParameter("family", familyId).setParameter("person", personId).getSingleResult() > 0);
    }

    // ----- writes: one transaction each -----

    public Family create(Family family) {
        return Transactions.inTransaction(factory, em -> {
            em.persist(family);
            em.flush();
            return family;
        });
    }

    public FamilyMembership addMember(long familyId, long personId, LocalDate joinedOn) {
        return Transactions.inTransaction(factory, em -> {
            FamilyMembership membership = new FamilyMembership(familyId, personId, joinedOn);
            em.persist(membership);
            em.flush();
            return membership;
        });
    }

    public Relationship relate(long authorityId, long personId, long relatedPersonId, Relationship.Kind kind) {
        return Transactions.inTransaction(factory, em -> {
            Relationship relationship = new Relationship(authorityId, personId, relatedPersonId, kind, null);
            em.persist(relationship);
            em.flush();
            return relationship;
        });
    }

    public void changeAddress(long familyId, FamilyForm form, long districtId) {
        Transactions.run(factory, em -> {
            Family family = em.find(Family.class, familyId);
            family.moveTo(form.line1(), form.line2(), form.town(), form.postcode());
            if (family.districtId() != districtId) {
                family.moveToDistrict(districtId);
                // A case's district follows where the family lives: the new district's teams pick up its
                // open cases (allocated workers keep sight of theirs); closed cases stay where they were held.
                for (CaseRecord open : em.createQuery("SELECT c FROM CaseRecord c WHERE c.familyId = :family"
                                + " AND c.closedOn IS NULL", CaseRecord.class)
                        .setParameter("family", familyId).getResultList()) {
                    open.moveToDistrict(districtId);
                }
            }
        });
    }

    public void leave(long membershipId, LocalDate leftOn) {
        Transactions.run(factory, em -> em.find(FamilyMembership.class, membershipId).leave(leftOn));
    }
}
