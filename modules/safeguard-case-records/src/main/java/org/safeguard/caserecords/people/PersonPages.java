package org.safeguard.caserecords.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.CaseAccessService;
import org.safeguard.caserecords.CaseDirectoryService;
import org.safeguard.caserecords.CaseRecordsModule;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.api.FamilySummary;
import org.safeguard.caserecords.model.Person;
import org.safeguard.caserecords.model.PersonChange;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Paging;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/** Adding a child or an adult (with the duplicate warning), and the person page. */
@Component(service = RouteContribution.class)
public class PersonPages implements RouteContribution {

    static final String NEW = "case-records/people/person-new";
    static final String VIEW = "case-records/people/person";
    static final String EDIT = "case-records/people/person-edit";

    @Reference(target = "(safeguard.unit=safeguard-case-records)")
    private EntityManagerFactory factory;

    @Reference
    private CaseAccessService access;

    @Reference
    private CaseDirectoryService directory;

    @Reference
    private AuditLog auditLog;

    private CouncilClock clock = CouncilClock.system();
    private PeopleRepository people;
    private FamilyRepository families;

    public PersonPages() {
    }

    /** For tests. */
    PersonPages(EntityManagerFactory factory, CaseAccessService access, CaseDirectoryService directory,
                AuditLog auditLog, CouncilClock clock) {
        this.factory = factory;
        this.access = access;
        this.directory = directory;
        this.auditLog = auditLog;
        this.clock = clock;
        activate();
    }

    @Activate
    void activate() {
        people = new PeopleRepository(factory);
        families = new FamilyRepository(factory);
    }

    @Override
    public String moduleId() {
        return CaseRecordsModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/cases/people/new", CaseRecordsModule.RECORD, this::newPerson),
                Route.post("/cases/people", CaseRecordsModule.RECORD, this::create),
                Route.get("/cases/people/{personId}", CaseRecordsModule.READ, this::view),
                Route.get("/cases/people/{personId}/details", CaseRecordsModule.RECORD, this::editDetails),
                Route.post("/cases/people/{personId}/details", CaseRecordsModule.RECORD, this::changeDetails));
    }

    // ----- add a person -----

    PageResult newPerson(WebRequest request) {
        Optional<String> rawFamily = request.query("familyId");
        Optional<FamilySummary> family = Optional.empty();
        if (rawFamily.isPresent()) {
            family = Ids.parse(rawFamily.get()).flatMap(id -> directory.visibleFamily(request.user(), id));
            if (family.isEmpty()) {
                return PageResult.notFound();
            }
        }
        // The form lists the household's members: a read of the family, audited like its page.
        family.ifPresent(f -> auditLog.record(request.user(), request.remoteAddress(), "family.view", "family",
                String.valueOf(f.id()), "page=person-form"));
        PersonForm form = PersonForm.blank(family.map(FamilySummary::id).orElse(null));
        return PageResult.page(NEW, "Add a person", formModel(form, family, new FormErrors(), List.of(), 0));
    }

    PageResult create(WebRequest request) {
        CurrentUser user = request.user();
        PersonForm form = PersonForm.read(request::form);
        Optional<FamilySummary> family = form.familyId().flatMap(id -> directory.visibleFamily(user, id));
        Set<Long> members = family.map(f -> currentMemberIds(f.id())).orElse(Set.of());
        LocalDate today = clock.today();
        FormErrors errors = form.validate(today, members);
        if (form.familyId().isPresent() && family.isEmpty()) {
            // Not there, or not the user's: the same words either way.
            errors.add(PersonForm.FAMILY_ID, "Enter the number of a family record you can see");
        }
        boolean familyFixed = request.form("familyFixed").isPresent() && family.isPresent();
        if (!errors.isEmpty()) {
            return PageResult.invalid(NEW, "Error: Add a person",
                    formModel(form, familyFixed ? family : Optional.empty(), errors, List.of(), 0));
        }
        long authorityId = family.get().authorityId();
        List<LikelyDuplicates.Match> matches = people.likelyDuplicates(authorityId, form.candidate());
        if (!matches.isEmpty() && !form.confirmedNotDuplicate()) {
            Set<Long> visible = people.visibleAmong(access.forUser(user),
                    matches.stream().map(m -> m.existing().id()).toList());
            List<Map<String, Object>> shown = matches.stream()
                    .filter(m -> visible.contains(m.existing().id()))
                    .map(PersonPages::matchRow)
                    .toList();
            int hidden = matches.size() - shown.size();
            // The matches are people's names on screen: a read of personal data, audited by id only.
            auditLog.record(user, request.remoteAddress(), "person.duplicates.shown", "person", null,
                    "shown=" + ids(shown) + " hidden=" + hidden);
            // 200, not 400: nothing is wrong with the form, the user has a decision to make.
            return PageResult.page(NEW, "Check for an existing record: Add a person",
                    formModel(form, familyFixed ? family : Optional.empty(), new FormErrors(), shown, hidden));
        }
        Person person = people.create(form.toPerson(authorityId, clock.nowUtc(), user.userId()), family.get().id(),
                today, form.relatedPersonId().flatMap(r -> form.relationship()).orElse(null),
                form.relatedPersonId().orElse(null));
        String detail = "family=" + family.get().id() + " kind=" + person.kind()
                + form.relatedPersonId().map(r -> " related=" + r + ":" + form.relationship().orElseThrow()).orElse("")
                + (matches.isEmpty() ? "" : " notDuplicateOf=" + matches.stream()
                        .map(m -> String.valueOf(m.existing().id())).collect(Collectors.joining(",")));
        auditLog.record(user, request.remoteAddress(), "person.create", "person", String.valueOf(person.id()), detail);
        return PageResult.redirect("/cases/people/" + person.id() + "?done=created");
    }

    private Set<Long> currentMemberIds(long familyId) {
        return families.members(familyId).stream()
                .filter(FamilyRepository.Member::current)
                .map(m -> m.person().id())
                .collect(Collectors.toSet());
    }

    private Map<String, Object> formModel(PersonForm form, Optional<FamilySummary> family, FormErrors errors,
                                          List<Map<String, Object>> duplicates, int hiddenDuplicates) {
        Map<String, Object> values = form.values();
        Map<String, Object> model = new HashMap<>();
        model.put("form", values);
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("CHILD", "Child");
        kinds.put("ADULT", "Adult");
        model.put("kinds", Option.list(PersonForm.KIND, kinds, values.get(PersonForm.KIND)));
        Map<String, String> genders = new LinkedHashMap<>();
        for (Person.Gender gender : Person.Gender.values()) {
            genders.put(gender.name(), gender.label());
        }
        model.put("genders", Option.list(PersonForm.GENDER, genders, values.get(PersonForm.GENDER)));
        family.ifPresent(f -> {
            model.put("family", f);
            List<Map<String, Object>> members = new ArrayList<>();
            for (FamilyRepository.Member member : families.members(f.id())) {
                if (member.current()) {
                    members.add(Map.of("value", String.valueOf(member.person().id()), "label", member.person().fullName(),
                            "selected", String.valueOf(member.person().id()).equals(values.get(PersonForm.RELATED_PERSON))));
                }
            }
            model.put("members", members);
            List<Map<String, Object>> relationships = new ArrayList<>();
            RelationshipWords.Choice.options().forEach((value, label) -> relationships.add(Map.of("value", value,
                    "label", label, "selected", value.equals(values.get(PersonForm.RELATIONSHIP)))));
            model.put("relationships", relationships);
        });
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
        }
        if (!duplicates.isEmpty() || hiddenDuplicates > 0) {
            model.put("duplicates", duplicates);
            model.put("hiddenDuplicates", hiddenDuplicates);
            model.put("checkDuplicates", true);
        }
        return model;
    }

    private static Map<String, Object> matchRow(LikelyDuplicates.Match match) {
        Map<String, Object> row = new HashMap<>();
        LikelyDuplicates.Candidate existing = match.existing();
        row.put("id", existing.id());
        row.put("name", existing.givenName() + " " + existing.familyName());
        row.put("dateOfBirth", existing.dateOfBirth());
        List<String> labels = match.labels();
        // "Same NHS number, same name": one sentence, strongest reason first
        StringBuilder reasons = new StringBuilder(labels.get(0));
        labels.stream().skip(1).forEach(l -> reasons.append(", ").append(Character.toLowerCase(l.charAt(0))).append(l.substring(1)));
        row.put("reasons", reasons.toString());
        return row;
    }

    private static String ids(List<Map<String, Object>> rows) {
        return rows.stream().map(r -> String.valueOf(r.get("id"))).collect(Collectors.joining(","));
    }

    // ----- change their details -----

    PageResult editDetails(WebRequest request) {
        Optional<Person> person = visiblePerson(request);
        if (person.isEmpty()) {
            return PageResult.notFound();
        }
        // The form shows their current details: a read of the person, audited like their page.
        auditLog.record(request.user(), request.remoteAddress(), "person.view", "person",
                String.valueOf(person.get().id()), "page=details-form");
        return PageResult.page(EDIT, "Change details: " + person.get().fullName(),
                detailsModel(person.get(), PersonForm.of(person.get()), new FormErrors()));
    }

    PageResult changeDetails(WebRequest request) {
        Optional<Person> found = visiblePerson(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        Person person = found.get();
        PersonForm form = PersonForm.read(request::form);
        FormErrors errors = form.validateDetails(clock.today(), person.kind());
        if (!errors.isEmpty()) {
            return PageResult.invalid(EDIT, "Error: Change details: " + person.fullName(),
                    detailsModel(person, form, errors));
        }
        CurrentUser user = request.user();
        List<String> changed = people.changeDetails(person.id(), form, user.userId(), user.displayName(), clock.nowUtc());
        if (changed.isEmpty()) {
            return PageResult.redirect("/cases/people/" + person.id());
        }
        // Which fields, never their values: the old and new names stay in the record, not the log.
        auditLog.record(user, request.remoteAddress(), "person.details.change", "person", String.valueOf(person.id()),
                "fields=" + String.join(",", changed));
        return PageResult.redirect("/cases/people/" + person.id() + "?done=changed");
    }

    private Optional<Person> visiblePerson(WebRequest request) {
        return Ids.path(request, "personId")
                .flatMap(id -> people.visiblePerson(PeopleAccess.of(access, request.user()).rule(), id));
    }

    private Map<String, Object> detailsModel(Person person, PersonForm form, FormErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("person", personModel(person));
        Map<String, Object> values = form.values();
        model.put("form", values);
        Map<String, String> genders = new LinkedHashMap<>();
        for (Person.Gender gender : Person.Gender.values()) {
            genders.put(gender.name(), gender.label());
        }
        model.put("genders", Option.list(PersonForm.GENDER, genders, values.get(PersonForm.GENDER)));
        model.put("child", person.kind() == Person.Kind.CHILD);
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
        }
        return model;
    }

    // ----- the person page -----

    PageResult view(WebRequest request) {
        Optional<Long> personId = Ids.path(request, "personId");
        if (personId.isEmpty()) {
            return PageResult.notFound();
        }
        CurrentUser user = request.user();
        PeopleAccess scope = PeopleAccess.of(access, user);
        Optional<Person> found = people.visiblePerson(scope.rule(), personId.get());
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        Person person = found.get();
        Map<String, Object> model = new HashMap<>();
        model.put("person", personModel(person));
        List<PeopleRepository.Household> households = people.households(scope.rule(), person.id());
        model.put("currentHouseholds", households.stream().filter(PeopleRepository.Household::current).toList());
        model.put("pastHouseholds", households.stream().filter(h -> !h.current()).toList());
        List<PeopleRepository.Relative> relatives = people.relatives(person.id());
        Set<Long> visibleRelatives = people.visibleAmong(scope.rule(),
                relatives.stream().map(PeopleRepository.Relative::personId).distinct().toList());
        model.put("relatives", relatives.stream().filter(r -> visibleRelatives.contains(r.personId())).toList());
        // Named only when the user may see them; otherwise the relationship is still worth knowing about.
        model.put("hiddenRelatives", relatives.stream().filter(r -> !visibleRelatives.contains(r.personId())).count());

        List<ChildCase> cases = people.casesOfChild(person.id());
        List<ChildCase> visibleCases = cases.stream()
                .filter(c -> scope.rule().canSee(c.authorityId(), c.districtId(), c.leadWorkerId(), c.coWorkerId()))
                .toList();
        model.put("cases", visibleCases.stream().map(PersonPages::caseRow).toList());
        model.put("hiddenCases", cases.size() - visibleCases.size());

        boolean child = person.kind() == Person.Kind.CHILD;
        model.put("child", child);
        if (child) {
            List<Long> caseIds = visibleCases.stream().map(ChildCase::id).toList();
            long total = people.countContacts(person.authorityId(), person.id(), scope.districtIds(), caseIds);
            Paging paging = Paging.of(request, Paging.DEFAULT_SIZE, total);
            model.put("contacts", people.contacts(person.authorityId(), person.id(), scope.districtIds(), caseIds,
                    paging.offset(), paging.size()));
            model.put("paging", paging.model("/cases/people/" + person.id() + "?"));
        }
        model.put("canRecord", user.hasPermission(CaseRecordsModule.RECORD));
        model.put("previousDetails", people.changes(person.id()).stream().map(PersonPages::previousDetails).toList());
        request.query("done").filter("created"::equals).ifPresent(d -> model.put("done", "Person added"));
        request.query("done").filter("changed"::equals).ifPresent(d -> model.put("done", "Details changed"));
        auditLog.record(user, request.remoteAddress(), "person.view", "person", String.valueOf(person.id()), null);
        return PageResult.page(VIEW, person.fullName(), model);
    }

    private static Map<String, Object> previousDetails(PersonChange change) {
        Map<String, Object> row = new HashMap<>();
        row.put("name", change.givenName() + " " + change.familyName());
        row.put("dateOfBirth", change.dateOfBirth());
        row.put("gender", change.gender().label());
        row.put("nhsNumber", shownNhsNumber(change.nhsNumber()));
        row.put("changedBy", change.changedByName());
        row.put("changedAt", change.changedAtUtc().toInstant(java.time.ZoneOffset.UTC));
        return row;
    }

    private static Map<String, Object> personModel(Person person) {
        Map<String, Object> model = new HashMap<>();
        model.put("id", person.id());
        model.put("name", person.fullName());
        model.put("givenName", person.givenName());
        model.put("familyName", person.familyName());
        model.put("kind", PeopleRepository.kindLabel(person.kind()));
        model.put("dateOfBirth", person.dateOfBirth());
        model.put("gender", person.gender().label());
        model.put("nhsNumber", shownNhsNumber(person.nhsNumber()));
        return model;
    }

    /** Shown as on an NHS letter, 943 476 5919, so it is easy to read out and compare. */
    private static String shownNhsNumber(String nhs) {
        return nhs == null || !NhsNumber.wellFormed(nhs) ? nhs
                : nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6);
    }

    static Map<String, Object> caseRow(ChildCase c) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", c.id());
        row.put("childName", c.childName());
        row.put("familyName", c.familyName());
        row.put("stage", c.stage().label());
        row.put("open", c.open());
        row.put("openedOn", c.openedOn());
        row.put("closedOn", c.closedOn());
        return row;
    }
}
