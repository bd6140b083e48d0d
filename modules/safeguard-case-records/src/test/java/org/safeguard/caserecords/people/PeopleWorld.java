package org.safeguard.caserecords.people;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.safeguard.caserecords.CaseAccessService;
import org.safeguard.caserecords.CaseDirectoryService;
import org.safeguard.caserecords.CaseRecordsModule;
import org.safeguard.caserecords.FakeOrganisation;
import org.safeguard.caserecords.model.CaseRecord;
import org.safeguard.caserecords.model.Family;
import org.safeguard.caserecords.model.FamilyMembership;
import org.safeguard.caserecords.model.Person;
import org.safeguard.caserecords.model.Relationship;
import org.safeguard.platform.api.audit.AuditEntry;
import org.safeguard.platform.api.audit.AuditEvent;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.organisation.Authority;
import org.safeguard.platform.api.organisation.District;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.organisation.StaffMember;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.persistence.Transactions;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.Role;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.api.web.HttpMethod;
import org.safeguard.platform.api.web.RecordTabs;
import org.safeguard.platform.api.web.WebRequest;
import org.safeguard.platform.testing.TestDatabase;

/**
 * Two authorities for this slice's database tests. Cambridgeshire (CCC) has Fenland, Huntingdonshire
 * and East Cambridgeshire, where case records is switched off; Peterborough (PCC) has one district.
 * <ul>
 *   <li>Smith family, Fenland: Amy (child, NHS 943 476 5919), Dean (her parent), Kyle (left in 2025);</li>
 *   <li>Jones family, Huntingdonshire: Kyle Smith now lives here; Cara Jones, whose case was moved
 *       to Fenland (so Fenland sees her through the case, not the family);</li>
 *   <li>Smithson family, East Cambridgeshire (disabled): Amy Smithson;</li>
 *   <li>Smith family, Peterborough: another Amy Smith with Amy's date of birth.</li>
 * </ul>
 */
final class PeopleWorld implements AutoCloseable {

    static final long CCC = 1, PCC = 2;
    static final long FENLAND = 14, HUNTS = 15, EAST = 16, PBORO = 21;
    static final long FENLAND_TEAM = 100, HUNTS_TEAM = 101, COUNTY_TEAM = 102, EAST_TEAM = 103, PCC_TEAM = 200;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final LocalDate AMY_DOB = LocalDate.of(2019, 3, 2);

    final TestDatabase db;
    final FakeOrganisation organisation;
    final CaseAccessService access;
    final CaseDirectoryService directory;
    final RecordingAudit audit = new RecordingAudit();
    final CouncilClock clock = new CouncilClock(Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));

    long smithFamily, jonesFamily, smithsonFamily, pccFamily;
    long amy, dean, kyle, cara, amySmithson, pccAmy;
    long kyleSmithMembership;
    long caraCase, amyCase;

    PeopleWorld(String name) {
        db = TestDatabase.create(name, "db/case-records/changelog.xml");
        organisation = new FakeOrganisation()
                .team(FENLAND_TEAM, CCC, FENLAND, "Fenland Family Safeguarding team 1")
                .team(HUNTS_TEAM, CCC, HUNTS, "Huntingdonshire Family Safeguarding team 1")
                .team(COUNTY_TEAM, CCC, null, "Corporate parenting")
                .team(EAST_TEAM, CCC, EAST, "East Cambridgeshire team")
                .team(PCC_TEAM, PCC, PBORO, "Peterborough Family Safeguarding team")
                .disable(EAST);
        OrganisationDirectory withDistricts = new Districts(organisation, List.of(
                new District(FENLAND, CCC, "Fenland"), new District(HUNTS, CCC, "Huntingdonshire"),
                new District(EAST, CCC, "East Cambridgeshire"), new District(PBORO, PCC, "Peterborough")));
        access = new CaseAccessService(withDistricts, organisation.enablement());
        directory = new CaseDirectoryService(db.factory(), access);
        seed();
    }

    private void seed() {
        LocalDateTime now = LocalDateTime.of(2026, 1, 5, 9, 0);
        Transactions.run(db.factory(), em -> {
            Family smith = family(em, CCC, FENLAND, "Smith", "PE15 8AA", now);
            Family jones = family(em, CCC, HUNTS, "Jones", "PE29 3TN", now);
            Family smithson = family(em, CCC, EAST, "Smithson", "CB7 4DL", now);
            Family pcc = family(em, PCC, PBORO, "Smith", "PE1 1XX", now);
            Person amyP = person(em, CCC, Person.Kind.CHILD, "Amy", "Smith", AMY_DOB, "9434765919", now);
            Person deanP = person(em, CCC, Person.Kind.ADULT, "Dean", "Smith", LocalDate.of(1990, 1, 5), null, now);
            Person kyleP = person(em, CCC, Person.Kind.ADULT, "Kyle", "Smith", null, null, now);
            Person caraP = person(em, CCC, Person.Kind.CHILD, "Cara", "Jones", LocalDate.of(2015, 7, 7), null, now);
            Person smithsonP = person(em, CCC, Person.Kind.CHILD, "Amy", "Smithson", LocalDate.of(2018, 1, 1), null, now);
            Person pccAmyP = person(em, PCC, Person.Kind.CHILD, "Amy", "Smith", AMY_DOB, null, now);
            member(em, smith, amyP, AMY_DOB, null);
            member(em, smith, deanP, LocalDate.of(2015, 1, 1), null);
            FamilyMembership kyleOld = member(em, smith, kyleP, LocalDate.of(2015, 1, 1), LocalDate.of(2025, 4, 1));
            member(em, jones, kyleP, LocalDate.of(2025, 4, 1), null);
            member(em, jones, caraP, LocalDate.of(2015, 7, 7), null);
            member(em, smithson, smithsonP, LocalDate.of(2018, 1, 1), null);
            member(em, pcc, pccAmyP, AMY_DOB, null);
            em.persist(new Relationship(CCC, deanP.id(), amyP.id(), Relationship.Kind.PARENT, null));
            // A restructure moved Cara's case to Fenland while her family stays in Huntingdonshire.
            CaseRecord caraCaseR = new CaseRecord(CCC, FENLAND, jones.id(), caraP.id(), LocalDate.of(2026, 2, 1));
            em.persist(caraCaseR);
            CaseRecord amyCaseR = new CaseRecord(CCC, FENLAND, smith.id(), amyP.id(), LocalDate.of(2026, 9, 1));
            amyCaseR.allocate(FENLAND_TEAM, 500L, null);
            em.persist(amyCaseR);
            em.flush();
            smithFamily = smith.id();
            jonesFamily = jones.id();
            smithsonFamily = smithson.id();
            pccFamily = pcc.id();
            amy = amyP.id();
            dean = deanP.id();
            kyle = kyleP.id();
            cara = caraP.id();
            amySmithson = smithsonP.id();
            pccAmy = pccAmyP.id();
            kyleSmithMembership = kyleOld.id();
            caraCase = caraCaseR.id();
            amyCase = amyCaseR.id();
        });
    }

    private static Family family(jakarta.persistence.EntityManager em, long authority, long district, String name,
                                 String postcode, LocalDateTime now) {
        Family family = new Family(authority, district, name, "1 Station Road", null, "March", postcode, now);
        em.persist(family);
        em.flush();
        return family;
    }

    static Person person(jakarta.persistence.EntityManager em, long authority, Person.Kind kind, String given,
                         String familyName, LocalDate dob, String nhs, LocalDateTime now) {
        Person person = new Person(authority, kind, given, familyName, dob,
                kind == Person.Kind.CHILD ? Person.Gender.FEMALE : Person.Gender.MALE, nhs, now, null);
        em.persist(person);
        em.flush();
        return person;
    }

    static FamilyMembership member(jakarta.persistence.EntityManager em, Family family, Person person, LocalDate from,
                                   LocalDate to) {
        FamilyMembership membership = new FamilyMembership(family.id(), person.id(), from);
        if (to != null) {
            membership.leave(to);
        }
        em.persist(membership);
        em.flush();
        return membership;
    }

    static CurrentUser user(long authority, long team, long userId, String... permissions) {
        Set<String> granted = new java.util.HashSet<>(Set.of(permissions));
        granted.add(CaseRecordsModule.READ);
        return new CurrentUser(userId, "user" + userId, "User " + userId, authority, "Authority", null, null,
                Set.of(team), Set.of(Role.SOCIAL_WORKER), granted);
    }

    static CurrentUser fenland() {
        return user(CCC, FENLAND_TEAM, 7L, CaseRecordsModule.RECORD);
    }

    PeopleRepository people() {
        return new PeopleRepository(db.factory());
    }

    FamilyRepository families() {
        return new FamilyRepository(db.factory());
    }

    RecordTabs tabs() {
        return (type, id, user) -> List.of(new RecordTabs.VisibleTab("Family Safeguarding", "/family-safeguarding/families/" + id, "family-safeguarding"));
    }

    @Override
    public void close() throws Exception {
        db.close();
    }

    /** The fake organisation with districts, which FakeOrganisation leaves out. */
    private record Districts(FakeOrganisation teams, List<District> districts) implements OrganisationDirectory {
        @Override public List<Authority> authorities() { return List.of(); }
        @Override public Optional<Authority> authority(long authorityId) { return Optional.empty(); }
        @Override public List<District> districts(long authorityId) {
            return districts.stream().filter(d -> d.authorityId() == authorityId).toList();
        }
        @Override public Optional<District> district(long districtId) {
            return districts.stream().filter(d -> d.id() == districtId).findFirst();
        }
        @Override public List<Team> teams(long authorityId) { return teams.teams(authorityId); }
        @Override public Optional<Team> team(long teamId) { return teams.team(teamId); }
        @Override public List<StaffMember> staff(long authorityId) { return teams.staff(authorityId); }
        @Override public List<StaffMember> teamMembers(long teamId) { return teams.teamMembers(teamId); }
        @Override public Optional<StaffMember> staffMember(long userId) { return teams.staffMember(userId); }
    }

    /** Keeps what was audited so a test can check every read and write left one entry, and what it says. */
    static final class RecordingAudit implements AuditLog {
        final List<AuditEvent> events = Collections.synchronizedList(new ArrayList<>());

        @Override
        public AuditEntry record(AuditEvent event) {
            events.add(event);
            return new AuditEntry(events.size(), Instant.now(), event, "", "");
        }

        @Override public List<AuditEntry> recent(Long authorityId, int offset, int limit) { return List.of(); }
        @Override public long count(Long authorityId) { return events.size(); }
        @Override public AuditVerification verify() { return new AuditVerification(true, events.size(), null); }

        AuditEvent last() {
            return events.get(events.size() - 1);
        }
    }

    /** A request as the web host hands it over: signed in, permission and CSRF already checked. */
    static final class Request implements WebRequest {
        private final HttpMethod method;
        private final String path;
        private final CurrentUser user;
        private final Map<String, String> pathParams = new HashMap<>();
        private final Map<String, String> query = new HashMap<>();
        private final Map<String, String> form = new HashMap<>();

        private Request(HttpMethod method, String path, CurrentUser user) {
            this.method = method;
            this.path = path;
            this.user = user;
        }

        static Request get(String path, CurrentUser user) {
            return new Request(HttpMethod.GET, path, user);
        }

        static Request post(String path, CurrentUser user) {
            return new Request(HttpMethod.POST, path, user);
        }

        Request param(String name, Object value) {
            pathParams.put(name, String.valueOf(value));
            return this;
        }

        Request query(String name, Object value) {
            query.put(name, String.valueOf(value));
            return this;
        }

        Request form(String name, Object value) {
            form.put(name, String.valueOf(value));
            return this;
        }

        Request form(Map<String, String> values) {
            form.putAll(values);
            return this;
        }

        @Override public HttpMethod method() { return method; }
        @Override public String path() { return path; }
        @Override public String pathParam(String name) { return pathParams.get(name); }
        @Override public Optional<String> query(String name) {
            return Optional.ofNullable(query.get(name)).map(String::strip).filter(v -> !v.isEmpty());
        }
        @Override public Optional<String> form(String name) {
            return Optional.ofNullable(form.get(name)).map(String::strip).filter(v -> !v.isEmpty());
        }
        @Override public List<String> formValues(String name) {
            return form.containsKey(name) ? List.of(form.get(name)) : List.of();
        }
        @Override public CurrentUser user() { return user; }
        @Override public String remoteAddress() { return "192.0.2.1"; }
        @Override public String csrfToken() { return "token-123"; }
    }
}
