package org.safeguard.caserecords.people;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import org.safeguard.caserecords.CaseAccess;
import org.safeguard.caserecords.CaseDirectoryService;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.model.CaseRecord;
import org.safeguard.caserecords.model.Family;
import org.safeguard.caserecords.model.FamilyMembership;
import org.safeguard.caserecords.model.Person;
import org.safeguard.caserecords.model.PersonChange;
import org.safeguard.caserecords.model.Relationship;
import org.safeguard.platform.api.web.Paging;
import org.safeguard.platform.api.persistence.Transactions;

/**
 * People: search, the person page, likely duplicates, adding a person to a household. Every query
 * is bounded (paged, or capped at what one household or one person can hold).
 */
public final class PeopleRepository {

    /** Nobody lives in hundreds of households or holds hundreds of cases: a cap, not a page. */
    static final int PER_PERSON_CAP = 200;
    /** The duplicate warning lists the strongest few; more than this is a sign the name is common, not a duplicate. */
    static final int DUPLICATES_CAP = 20;
    /** "My cases" on the home page: a worker holds up to about 20 (seeds); a manager's full list is the caseload page. */
    static final int MY_CASES_CAP = 50;

    public record PersonRow(long id, String name, LocalDate dateOfBirth, String kind, String household) {}

    public record SearchResult(Paging paging, List<PersonRow> rows) {}

    /** A household the person lives or lived in; name and postcode only when the user may see the family. */
    public record Household(long familyId, boolean visible, String name, String postcode, LocalDate joinedOn,
                            LocalDate leftOn) {
        public boolean current() {
            return leftOn == null;
        }
    }

    public record Relative(long personId, String name, String description) {}

    public record ContactRow(long id, LocalDate receivedOn, String source, String outcome) {}

    public record MyCases(long total, List<ChildCase> cases) {}

    private final EntityManagerFactory factory;

    public PeopleRepository(EntityManagerFactory factory) {
        this.factory = factory;
    }

    // ----- search -----

    /**
     * People matching every given criterion who are or were in a household in one of
     * {@code districts} or with a case there, or are the child of a case there; by family name,
     * given name, id. The allocated-worker exception of {@link CaseAccess} is left out: a worker's
     * own cases are on the home page.
     */
    public SearchResult search(PersonSearch criteria, long authorityId, Collection<Long> districts,
                               LongFunction<Paging> paging) {
        if (districts.isEmpty()) {
            // An empty IN () is not valid SQL; no districts means nobody to find.
            return new SearchResult(paging.apply(0), List.of());
        }
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE p.authorityId = :authority");
        parameters.put("authority", authorityId);
        List<PersonSearch.NameClause> clauses = criteria.nameClauses();
        if (!clauses.isEmpty()) {
            List<String> alternatives = new ArrayList<>();
            for (int i = 0; i < clauses.size(); i++) {
                PersonSearch.NameClause clause = clauses.get(i);
                List<String> parts = new ArrayList<>();
                if (clause.givenPrefix() != null) {
                    parts.add("p.givenNameKey LIKE :given" + i + " ESCAPE '!'");
                    parameters.put("given" + i, prefix(clause.givenPrefix()));
                }
                if (clause.familyPrefix() != null) {
                    parts.add("p.familyNameKey LIKE :family" + i + " ESCAPE '!'");
                    parameters.put("family" + i, prefix(clause.familyPrefix()));
                }
                alternatives.add("(" + String.join(" AND ", parts) + ")");
            }
            where.append(" AND (").append(String.join(" OR ", alternatives)).append(')');
        }
        criteria.dateOfBirth().ifPresent(dob -> {
            where.append(" AND p.dateOfBirth = :dob");
            parameters.put("dob", dob);
        });
        criteria.personId().ifPresent(id -> {
            where.append(" AND p.id = :id");
            parameters.put("id", id);
        });
        // Visible as on the person page: through a household in the districts, a household with a case
        // there (a restructure can move a case away from its family's district), or their own case there.
        where.append(" AND (EXISTS (SELECT m.id FROM FamilyMembership m, Family f WHERE m.personId = p.id"
                + " AND f.id = m.familyId AND f.authorityId = :authority AND f.districtId IN :districts)"
                + " OR EXISTS (SELECT c.id FROM CaseRecord c WHERE c.childId = p.id"
                + " AND c.authorityId = :authority AND c.districtId IN :districts)"
                + " OR EXISTS (SELECT h.id FROM FamilyMembership h, CaseRecord k WHERE h.personId = p.id"
                + " AND k.familyId = h.familyId AND k.authorityId = :authority AND k.districtId IN :districts))");
        parameters.put("districts", districts);
        return Transactions.read(factory, em -> {
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM Person p" + where, Long.class);
            parameters.forEach(count::setParameter);
            Paging page = paging.apply(count.getSingleResult());
            if (page.total() == 0) {
                return new SearchResult(page, List.of());
            }
            TypedQuery<Person> query = em.createQuery("SELECT p FROM Person p" + where
                    + " ORDER BY p.familyNameKey, p.givenNameKey, p.id", Person.class);
            parameters.forEach(query::setParameter);
            List<Person> people = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
            Map<Long, String> households = currentHouseholds(em, people.stream().map(Person::id).toList(), districts);
            List<PersonRow> rows = people.stream()
                    .map(p -> new PersonRow(p.id(), p.fullName(), p.dateOfBirth(), kindLabel(p.kind()),
                            households.get(p.id())))
                    .toList();
            return new SearchResult(page, rows);
        });
    }

    /** "Smith family, PE15 8AA" for each person's current household in the districts (one query per page). */
    private static Map<Long, String> currentHouseholds(EntityManager em, List<Long> personIds, Collection<Long> districts) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery("SELECT m.personId, f.name, f.postcode FROM FamilyMembership m, Family f"
                        + " WHERE f.id = m.familyId AND m.personId IN :people AND m.leftOn IS NULL"
                        + " AND f.districtId IN :districts ORDER BY m.joinedOn DESC", Object[].class)
                .setParameter("people", personIds)
                .setParameter("districts", districts)
                .getResultList();
        Map<Long, String> households = new HashMap<>();
        for (Object[] row : rows) {
            households.putIfAbsent((Long) row[0], row[1] + " family, " + row[2]);
        }
        return households;
    }

    /** A LIKE pattern for "starts with", with the user's own % and _ taken literally. */
    static String prefix(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    static String kindLabel(Person.Kind kind) {
        return kind == Person.Kind.CHILD ? "Child" : "Adult";
    }

    // ----- one person -----

    public Optional<Person> person(long personId) {
        return Transactions.read(factory, em -> Optional.ofNullable(em.find(Person.class, personId)));
    }

    /**
     * The person when this user may see them: a current or past member of a family they may see
     * (by its district, or through a case of that family they hold), or the child of a case they may see.
     */
    public Optional<Person> visiblePerson(CaseAccess rule, long personId) {
        return Transactions.read(factory, em -> {
            Person person = em.find(Person.class, personId);
            if (person == null || rule.user().authorityId() == null
                    || person.authorityId() != rule.user().authorityId()) {
                return Optional.<Person>empty();
            }
            return visible(em, rule, personId) ? Optional.of(person) : Optional.<Person>empty();
        });
    }

    private static boolean visible(EntityManager em, CaseAccess rule, long personId) {
        List<Family> families = em.createQuery("SELECT f FROM Family f, FamilyMembership m"
                        + " WHERE f.id = m.familyId AND m.personId = :person", Family.class)
                .setParameter("person", personId).setMaxResults(PER_PERSON_CAP).getResultList();
        if (families.stream().anyMatch(f -> rule.canSeeFamily(f.authorityId(), f.districtId()))) {
            return true;
        }
        List<Long> familyIds = families.stream().map(Family::id).toList();
        String byFamily = familyIds.isEmpty() ? "" : " OR c.familyId IN :families";
        TypedQuery<CaseRecord> cases = em.createQuery("SELECT c FROM CaseRecord c WHERE c.childId = :person"
                + byFamily, CaseRecord.class).setParameter("person", personId);
        if (!familyIds.isEmpty()) {
            cases.setParameter("families", familyIds);
        }
        return cases.setMaxResults(PER_PERSON_CAP).getResultList().stream()
                .anyMatch(c -> rule.canSee(c.authorityId(), c.districtId(), c.leadWorkerId(), c.coWorkerId()));
    }

    public List<Household> households(CaseAccess rule, long personId) {
        List<Object[]> rows = Transactions.read(factory, em -> em.createQuery(
                        "SELECT m, f FROM FamilyMembership m, Family f WHERE f.id = m.familyId AND m.personId = :person"
                                + " ORDER BY m.joinedOn DESC, m.id DESC", Object[].class)
                .setParameter("person", personId).setMaxResults(PER_PERSON_CAP).getResultList());
        List<Household> households = new ArrayList<>();
        for (Object[] row : rows) {
            FamilyMembership m = (FamilyMembership) row[0];
            Family f = (Family) row[1];
            boolean visible = rule.canSeeFamily(f.authorityId(), f.districtId());
            households.add(new Household(f.id(), visible, visible ? f.name() : null, visible ? f.postcode() : null,
                    m.joinedOn(), m.leftOn()));
        }
        return households;
    }

    /** Both directions: who they are to others ("Parent of Amy Smith") and who others are to them ("Child of Dean Smith"). */
    public List<Relative> relatives(long personId) {
        return Transactions.read(factory, em -> {
            List<Relative> relatives = new ArrayList<>();
            for (Object[] row : em.createQuery("SELECT r, o FROM Relationship r, Person o"
                            + " WHERE r.personId = :person AND o.id = r.relatedPersonId ORDER BY r.id", Object[].class)
                    .setParameter("person", personId).setMaxResults(PER_PERSON_CAP).getResultList()) {
                Relationship r = (Relationship) row[0];
                Person other = (Person) row[1];
                relatives.add(new Relative(other.id(), other.fullName(), RelationshipWords.forward(r.kind(), other.fullName())));
            }
            for (Object[] row : em.createQuery("SELECT r, o FROM Relationship r, Person o"
                            + " WHERE r.relatedPersonId = :person AND o.id = r.personId ORDER BY r.id", Object[].class)
                    .setParameter("person", personId).setMaxResults(PER_PERSON_CAP).getResultList()) {
                Relationship r = (Relationship) row[0];
                Person other = (Person) row[1];
                relatives.add(new Relative(other.id(), other.fullName(), RelationshipWords.backward(r.kind(), other.fullName())));
            }
            return relatives;
        });
    }

    /** The person's cases as the child, newest first. */
    public List<ChildCase> casesOfChild(long personId) {
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT c, p, f FROM CaseRecord c, Person p, Family f"
                                + " WHERE c.childId = p.id AND c.familyId = f.id AND c.childId = :person"
                                + " ORDER BY c.openedOn DESC, c.id DESC", Object[].class)
                .setParameter("person", personId).setMaxResults(PER_PERSON_CAP).getResultList()).stream()
                .map(row -> CaseDirectoryService.view((CaseRecord) row[0], (Person) row[1], (Family) row[2]))
                .toList();
    }

    // ----- contacts about the person (the front door's table, read by its columns) -----

    /**
     * Contacts about the child the user may see: received in one of their districts, or linked to
     * one of the child's cases they may see. Native SQL on cr_contact's columns: the contact entity
     * belongs to the front door.
     */
    public long countContacts(long authorityId, long childId, Collection<Long> districts, Collection<Long> caseIds) {
        Optional<String> scope = contactScope(districts, caseIds);
        if (scope.isEmpty()) {
            return 0;
        }
        return Transactions.read(factory, em -> {
            Query query = em.createNativeQuery("SELECT COUNT(*) FROM cr_contact WHERE authority_id = ? AND child_id = ?"
                    + " AND " + scope.get());
            bindContactParameters(query, authorityId, childId, districts, caseIds);
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    public List<ContactRow> contacts(long authorityId, long childId, Collection<Long> districts,
                                     Collection<Long> caseIds, int offset, int limit) {
        Optional<String> scope = contactScope(districts, caseIds);
        if (scope.isEmpty()) {
            return List.of();
        }
        return Transactions.read(factory, em -> {
            Query query = em.createNativeQuery("SELECT id, received_on, source, status, outcome FROM cr_contact"
                    + " WHERE authority_id = ? AND child_id = ? AND " + scope.get()
                    + " ORDER BY received_on DESC, id DESC");
            bindContactParameters(query, authorityId, childId, districts, caseIds);
            query.setFirstResult(offset).setMaxResults(limit);
            List<ContactRow> contacts = new ArrayList<>();
            for (Object row : query.getResultList()) {
                Object[] columns = (Object[]) row;
                contacts.add(new ContactRow(((Number) columns[0]).longValue(), localDate(columns[1]),
                        ContactWords.source((String) columns[2]),
                        ContactWords.outcome((String) columns[3], (String) columns[4])));
            }
            return contacts;
        });
    }

    private static Optional<String> contactScope(Collection<Long> districts, Collection<Long> caseIds) {
        List<String> scopes = new ArrayList<>();
        if (!districts.isEmpty()) {
            scopes.add("district_id IN (" + placeholders(districts.size()) + ")");
        }
        if (!caseIds.isEmpty()) {
            scopes.add("case_id IN (" + placeholders(caseIds.size()) + ")");
        }
        return scopes.isEmpty() ? Optional.empty() : Optional.of("(" + String.join(" OR ", scopes) + ")");
    }

    private static void bindContactParameters(Query query, long authorityId, long childId, Collection<Long> districts,
                                              Collection<Long> caseIds) {
        int position = 1;
        query.setParameter(position++, authorityId);
        query.setParameter(position++, childId);
        for (Long district : districts) {
            query.setParameter(position++, district);
        }
        for (Long caseId : caseIds) {
            query.setParameter(position++, caseId);
        }
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    static LocalDate localDate(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        if (value instanceof java.util.Date date) {
            return new Date(date.getTime()).toLocalDate();
        }
        return null;
    }

    // ----- likely duplicates -----

    /**
     * The existing people of the authority that {@link LikelyDuplicates} would call a match, asked
     * of the database with the same three conditions so the indexes on name, date of birth and NHS
     * number do the work; strongest first.
     */
    public List<LikelyDuplicates.Match> likelyDuplicates(long authorityId, LikelyDuplicates.Candidate proposed) {
        String familyKey = Person.key(proposed.familyName());
        String givenKey = Person.key(proposed.givenName());
        List<String> conditions = new ArrayList<>();
        conditions.add("(p.familyNameKey = :family AND p.givenNameKey = :given)");
        if (proposed.dateOfBirth() != null) {
            conditions.add("(p.familyNameKey = :family AND p.dateOfBirth = :dob)");
        }
        if (proposed.nhsNumber() != null && !proposed.nhsNumber().isBlank()) {
            conditions.add("p.nhsNumber = :nhs");
        }
        List<Person> found = Transactions.read(factory, em -> {
            TypedQuery<Person> query = em.createQuery("SELECT p FROM Person p WHERE p.authorityId = :authority AND ("
                            + String.join(" OR ", conditions) + ") ORDER BY p.id", Person.class)
                    .setParameter("authority", authorityId)
                    .setParameter("family", familyKey)
                    .setParameter("given", givenKey);
            if (proposed.dateOfBirth() != null) {
                query.setParameter("dob", proposed.dateOfBirth());
            }
            if (proposed.nhsNumber() != null && !proposed.nhsNumber().isBlank()) {
                query.setParameter("nhs", proposed.nhsNumber().strip());
            }
            return query.setMaxResults(DUPLICATES_CAP * 5).getResultList();
        });
        List<LikelyDuplicates.Match> matches = LikelyDuplicates.among(proposed,
                found.stream().map(LikelyDuplicates.Candidate::of).toList());
        return matches.size() > DUPLICATES_CAP ? matches.subList(0, DUPLICATES_CAP) : matches;
    }

    /** Which of these people the user may see (for the duplicate warning: others are only counted). */
    public Set<Long> visibleAmong(CaseAccess rule, Collection<Long> personIds) {
        return Transactions.read(factory, em -> personIds.stream()
                .filter(id -> visible(em, rule, id))
                .collect(Collectors.toSet()));
    }

    // ----- writes -----

    /**
     * Saves a new person living in a household from {@code joinedOn}, with an optional relationship
     * to a member: all in one transaction, so a failure leaves no half-recorded person.
     */
    /**
     * Corrects a person's details in one transaction, keeping the details they replace.
     *
     * @return the fields that changed (empty: nothing changed and nothing was written)
     */
    public List<String> changeDetails(long personId, PersonForm form, Long userId, String userName,
                                      java.time.LocalDateTime nowUtc) {
        return Transactions.inTransaction(factory, em -> {
            Person person = em.find(Person.class, personId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            LocalDate dob = form.dateOfBirth().orElse(null);
            Person.Gender gender = form.gender().orElseThrow();
            String nhs = form.nhsNumberDigits();
            List<String> changed = new ArrayList<>();
            if (!person.givenName().equals(form.givenName())) {
                changed.add("givenName");
            }
            if (!person.familyName().equals(form.familyName())) {
                changed.add("familyName");
            }
            if (!java.util.Objects.equals(person.dateOfBirth(), dob)) {
                changed.add("dateOfBirth");
            }
            if (person.gender() != gender) {
                changed.add("gender");
            }
            if (!java.util.Objects.equals(person.nhsNumber(), nhs)) {
                changed.add("nhsNumber");
            }
            if (!changed.isEmpty()) {
                em.persist(new PersonChange(person, userId, userName, nowUtc));
                person.rename(form.givenName(), form.familyName());
                person.correct(dob, gender, nhs);
            }
            return changed;
        });
    }

    /** The details a person had before each correction, newest first. */
    public List<PersonChange> changes(long personId) {
        return Transactions.read(factory, em -> em.createQuery(
                        "SELECT c FROM PersonChange c WHERE c.personId = :person ORDER BY c.changedAtUtc DESC, c.id DESC",
                        PersonChange.class)
                .setParameter("person", personId).getResultList());
    }

    public Person create(Person person, long familyId, LocalDate joinedOn, RelationshipWords.Choice relationship,
                         Long relatedPersonId) {
        return Transactions.inTransaction(factory, em -> {
            em.persist(person);
            em.flush();
            em.persist(new FamilyMembership(familyId, person.id(), joinedOn));
            if (relationship != null && relatedPersonId != null) {
                long subject = relationship.subjectFirst() ? person.id() : relatedPersonId;
                long other = relationship.subjectFirst() ? relatedPersonId : person.id();
                em.persist(new Relationship(person.authorityId(), subject, other, relationship.kind(), null));
            }
            return person;
        });
    }

    // ----- my cases -----

    /** Open cases the user leads or co-works, oldest first (the longest-open need attention first). */
    public MyCases myCases(long authorityId, long userId) {
        return Transactions.read(factory, em -> {
            String where = " WHERE c.childId = p.id AND c.familyId = f.id AND c.authorityId = :authority"
                    + " AND c.closedOn IS NULL AND (c.leadWorkerId = :user OR c.coWorkerId = :user)";
            long total = em.createQuery("SELECT COUNT(c) FROM CaseRecord c, Person p, Family f" + where, Long.class)
                    .setParameter("authority", authorityId).setParameter("user", userId).getSingleResult();
            List<ChildCase> cases = em.createQuery("SELECT c, p, f FROM CaseRecord c, Person p, Family f" + where
                            + " ORDER BY c.openedOn, c.id", Object[].class)
                    .setParameter("authority", authorityId).setParameter("user", userId)
                    .setMaxResults(MY_CASES_CAP).getResultList().stream()
                    .map(row -> CaseDirectoryService.view((CaseRecord) row[0], (Person) row[1], (Family) row[2]))
                    .toList();
            return new MyCases(total, cases);
        });
    }
}
