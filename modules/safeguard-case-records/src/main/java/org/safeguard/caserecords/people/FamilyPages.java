package org.safeguard.caserecords.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.CaseAccess;
import org.safeguard.caserecords.CaseAccessService;
import org.safeguard.caserecords.CaseDirectoryService;
import org.safeguard.caserecords.CaseRecordsModule;
import org.safeguard.caserecords.api.CaseRecordTypes;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.model.Family;
import org.safeguard.caserecords.model.FamilyMembership;
import org.safeguard.caserecords.model.Person;
import org.safeguard.caserecords.model.Relationship;
import org.safeguard.caserecords.web.CaseHeader;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.organisation.District;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.api.web.FormDates;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.RecordTabs;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/**
 * Households: add one, the family page, and its changes (a member moves in or out, a relationship,
 * a new address). Each change is its own small page (one thing per page), and every handler
 * checks the family is the user's before reading or writing anything.
 */
@Component(service = RouteContribution.class)
public class FamilyPages implements RouteContribution {

    static final String NEW = "case-records/people/family-new";
    static final String VIEW = "case-records/people/family";
    static final String ADD_MEMBER = "case-records/people/family-member-new";
    static final String RELATIONSHIP = "case-records/people/family-relationship-new";
    static final String ADDRESS = "case-records/people/family-address";
    static final String LEAVE = "case-records/people/family-member-leave";

    private static final Map<String, String> DONE = Map.of(
            "created", "Family added",
            "member", "Member added to the household",
            "relationship", "Relationship recorded",
            "address", "Address changed",
            "left", "Member recorded as having left the household");

    @Reference(target = "(safeguard.unit=safeguard-case-records)")
    private EntityManagerFactory factory;

    @Reference
    private CaseAccessService access;

    @Reference
    private CaseDirectoryService directory;

    @Reference
    private AuditLog auditLog;

    @Reference
    private RecordTabs recordTabs;

    private CouncilClock clock = CouncilClock.system();
    private FamilyRepository families;
    private PeopleRepository people;

    public FamilyPages() {
    }

    /** For tests. */
    FamilyPages(EntityManagerFactory factory, CaseAccessService access, CaseDirectoryService directory,
                AuditLog auditLog, RecordTabs recordTabs, CouncilClock clock) {
        this.factory = factory;
        this.access = access;
        this.directory = directory;
        this.auditLog = auditLog;
        this.recordTabs = recordTabs;
        this.clock = clock;
        activate();
    }

    @Activate
    void activate() {
        families = new FamilyRepository(factory);
        people = new PeopleRepository(factory);
    }

    @Override
    public String moduleId() {
        return CaseRecordsModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        String family = "/cases/families/{familyId}";
        return List.of(
                Route.get("/cases/families/new", CaseRecordsModule.RECORD, this::newFamily),
                Route.post("/cases/families", CaseRecordsModule.RECORD, this::create),
                Route.get(family, CaseRecordsModule.READ, this::view),
                Route.get(family + "/members/new", CaseRecordsModule.RECORD, this::newMember),
                Route.post(family + "/members", CaseRecordsModule.RECORD, this::addMember),
                Route.get(family + "/relationships/new", CaseRecordsModule.RECORD, this::newRelationship),
                Route.post(family + "/relationships", CaseRecordsModule.RECORD, this::addRelationship),
                Route.get(family + "/address", CaseRecordsModule.RECORD, this::editAddress),
                Route.post(family + "/address", CaseRecordsModule.RECORD, this::changeAddress),
                Route.get(family + "/members/{membershipId}/leave", CaseRecordsModule.RECORD, this::leaveForm),
                Route.post(family + "/members/{membershipId}/leave", CaseRecordsModule.RECORD, this::leave));
    }

    // ----- add a family -----

    PageResult newFamily(WebRequest request) {
        PeopleAccess scope = PeopleAccess.of(access, request.user());
        List<District> districts = scope.districts();
        Long only = districts.size() == 1 ? districts.get(0).id() : null;
        FamilyForm form = FamilyForm.of("", "", "", "", "", only);
        return PageResult.page(NEW, "Add a family", familyFormModel(form, districts, null, new FormErrors()));
    }

    PageResult create(WebRequest request) {
        CurrentUser user = request.user();
        PeopleAccess scope = PeopleAccess.of(access, user);
        FamilyForm form = FamilyForm.read(request::form);
        FormErrors errors = form.validate(true, scope.districtIds());
        if (!errors.isEmpty()) {
            return PageResult.invalid(NEW, "Error: Add a family", familyFormModel(form, scope.districts(), null, errors));
        }
        Family family = families.create(new Family(scope.authorityId(), form.districtId().orElseThrow(), form.name(),
                form.line1(), form.line2(), form.town(), form.postcode(), clock.nowUtc()));
        auditLog.record(user, request.remoteAddress(), "family.create", "family", String.valueOf(family.id()),
                "district=" + family.districtId());
        return PageResult.redirect("/cases/families/" + family.id() + "?done=created");
    }

    private static Map<String, Object> familyFormModel(FamilyForm form, List<District> districts, Family family,
                                                       FormErrors errors) {
        Map<String, Object> model = new HashMap<>();
        Map<String, Object> values = form.values();
        model.put("form", values);
        Map<String, String> choices = new LinkedHashMap<>();
        districts.forEach(d -> choices.put(String.valueOf(d.id()), d.name()));
        model.put("districts", Option.list(FamilyForm.DISTRICT, choices, values.get(FamilyForm.DISTRICT)));
        if (family != null) {
            model.put("family", familyModel(family, null));
        }
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
        }
        return model;
    }

    // ----- the family page -----

    PageResult view(WebRequest request) {
        Optional<Visible> found = visible(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        Family family = found.get().family();
        CaseAccess rule = found.get().rule();
        CurrentUser user = request.user();
        Map<String, Object> model = new HashMap<>();
        String districtName = access.directory().district(family.districtId()).map(District::name).orElse(null);
        model.put("family", familyModel(family, districtName));

        List<FamilyRepository.Member> members = families.members(family.id());
        Map<Long, String> names = new HashMap<>();
        members.forEach(m -> names.put(m.person().id(), m.person().fullName()));
        Map<Long, List<String>> described = new HashMap<>();
        for (Relationship r : families.relationshipsAmong(names.keySet())) {
            described.computeIfAbsent(r.personId(), k -> new ArrayList<>())
                    .add(RelationshipWords.forward(r.kind(), names.get(r.relatedPersonId())));
            described.computeIfAbsent(r.relatedPersonId(), k -> new ArrayList<>())
                    .add(RelationshipWords.backward(r.kind(), names.get(r.personId())));
        }
        List<Map<String, Object>> current = new ArrayList<>();
        List<Map<String, Object>> left = new ArrayList<>();
        for (FamilyRepository.Member member : members) {
            Map<String, Object> row = memberRow(member);
            row.put("relationships", described.getOrDefault(member.person().id(), List.of()));
            (member.current() ? current : left).add(row);
        }
        model.put("members", current);
        model.put("leftMembers", left);
        model.put("canRelate", current.size() >= 2);

        List<ChildCase> cases = directory.casesOfFamily(family.id());
        List<Map<String, Object>> visibleCases = cases.stream()
                .filter(c -> rule.canSee(c.authorityId(), c.districtId(), c.leadWorkerId(), c.coWorkerId()))
                .map(PersonPages::caseRow)
                .toList();
        model.put("cases", visibleCases);
        model.put("hiddenCases", cases.size() - visibleCases.size());
        model.put("recordHeader", CaseHeader.family(CaseDirectoryService.summary(family), user, recordTabs)
                .withCurrent("/cases/families/" + family.id()));
        model.put("canRecord", user.hasPermission(CaseRecordsModule.RECORD));
        request.query("done").map(DONE::get).ifPresent(message -> model.put("done", message));
        auditLog.record(user, request.remoteAddress(), "family.view", "family", String.valueOf(family.id()), null);
        return PageResult.page(VIEW, family.name() + " family", model);
    }

    private static Map<String, Object> memberRow(FamilyRepository.Member member) {
        Person person = member.person();
        Map<String, Object> row = new HashMap<>();
        row.put("membershipId", member.membership().id());
        row.put("personId", person.id());
        row.put("name", person.fullName());
        row.put("kind", PeopleRepository.kindLabel(person.kind()));
        row.put("dateOfBirth", person.dateOfBirth());
        row.put("joinedOn", member.membership().joinedOn());
        row.put("leftOn", member.membership().leftOn());
        return row;
    }

    private static Map<String, Object> familyModel(Family family, String districtName) {
        Map<String, Object> model = new HashMap<>();
        model.put("id", family.id());
        model.put("name", family.name());
        model.put("addressLine1", family.addressLine1());
        model.put("addressLine2", family.addressLine2());
        model.put("town", family.town());
        model.put("postcode", family.postcode());
        model.put("districtName", districtName);
        return model;
    }

    // ----- a member moves in -----

    PageResult newMember(WebRequest request) {
        Optional<Visible> found = visible(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        auditForm(request, found.get().family(), "member-form");
        return PageResult.page(ADD_MEMBER, "Add someone to the household",
                memberModel(found.get().family(), Map.of("personId", "", "joinedOnDay", "", "joinedOnMonth", "",
                        "joinedOnYear", ""), new FormErrors()));
    }

    PageResult addMember(WebRequest request) {
        Optional<Visible> found = visible(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        Family family = found.get().family();
        Map<String, Object> values = new HashMap<>();
        String rawPerson = Forms.text(request::form, "personId");
        values.put("personId", rawPerson);
        for (String part : List.of("Day", "Month", "Year")) {
            values.put("joinedOn" + part, Forms.text(request::form, "joinedOn" + part));
        }
        FormErrors errors = new FormErrors();
        Optional<Person> person = Optional.empty();
        if (rawPerson.isEmpty()) {
            errors.add("personId", "Enter the person's record number");
        } else if (Ids.parse(rawPerson).isEmpty()) {
            errors.add("personId", "Person record number must be a number, like 10234");
        } else {
            person = people.visiblePerson(found.get().rule(), Ids.parse(rawPerson).get());
            if (person.isEmpty()) {
                errors.add("personId", "Enter the number of a person record you can see");
            } else if (families.isCurrentMember(family.id(), person.get().id())) {
                errors.add("personId", "They already live in this household");
            }
        }
        LocalDate today = clock.today();
        Optional<LocalDate> joinedOn = FormDates.parse("joinedOn", "date they moved in",
                (String) values.get("joinedOnDay"), (String) values.get("joinedOnMonth"),
                (String) values.get("joinedOnYear"), false, errors);
        FormDates.notInFuture(joinedOn, today, "joinedOn", "date they moved in", errors);
        if (joinedOn.isPresent() && person.isPresent() && person.get().dateOfBirth() != null
                && joinedOn.get().isBefore(person.get().dateOfBirth())) {
            errors.add("joinedOnDay", "Date they moved in must be on or after their date of birth");
        }
        if (!errors.isEmpty()) {
            return PageResult.invalid(ADD_MEMBER, "Error: Add someone to the household", memberModel(family, values, errors));
        }
        FamilyMembership membership = families.addMember(family.id(), person.get().id(), joinedOn.orElse(today));
        auditLog.record(request.user(), request.remoteAddress(), "family.member.add", "family",
                String.valueOf(family.id()), "person=" + person.get().id() + " membership=" + membership.id());
        return PageResult.redirect("/cases/families/" + family.id() + "?done=member");
    }

    private static Map<String, Object> memberModel(Family family, Map<String, Object> values, FormErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("family", familyModel(family, null));
        model.put("form", values);
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
        }
        return model;
    }

    // ----- a relationship between two members -----

    PageResult newRelationship(WebRequest request) {
        Optional<Visible> found = visible(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        auditForm(request, found.get().family(), "relationship-form");
        Map<String, Object> values = Map.of("personId", "", "kind", "", "relatedPersonId", "");
        return PageResult.page(RELATIONSHIP, "Record a relationship",
                relationshipModel(found.get().family(), values, new FormErrors()));
    }

    PageResult addRelationship(WebRequest request) {
        Optional<Visible> found = visible(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        Family family = found.get().family();
        Map<String, Object> values = new HashMap<>();
        for (String field : List.of("personId", "kind", "relatedPersonId")) {
            values.put(field, Forms.text(request::form, field));
        }
        Set<Long> current = currentMembers(family.id()).keySet();
        FormErrors errors = new FormErrors();
        Optional<Long> personId = Ids.parse((String) values.get("personId")).filter(current::contains);
        Optional<Relationship.Kind> kind = RelationshipWords.kind((String) values.get("kind"));
        Optional<Long> relatedId = Ids.parse((String) values.get("relatedPersonId")).filter(current::contains);
        if (personId.isEmpty()) {
            errors.add("personId", "Select the first person");
        }
        if (kind.isEmpty()) {
            errors.add("kind", "Select how they are related");
        }
        if (relatedId.isEmpty()) {
            errors.add("relatedPersonId", "Select the second person");
        } else if (personId.isPresent() && personId.get().equals(relatedId.get())) {
            errors.add("relatedPersonId", "Select two different people");
        }
        if (errors.isEmpty() && families.relationshipExists(personId.get(), relatedId.get(), kind.get())) {
            errors.add("kind", "This relationship is already recorded");
        }
        if (!errors.isEmpty()) {
            return PageResult.invalid(RELATIONSHIP, "Error: Record a relationship", relationshipModel(family, values, errors));
        }
        Relationship relationship = families.relate(family.authorityId(), personId.get(), relatedId.get(), kind.get());
        auditLog.record(request.user(), request.remoteAddress(), "family.relationship.add", "family",
                String.valueOf(family.id()), "relationship=" + relationship.id() + " person=" + personId.get()
                        + " kind=" + kind.get() + " related=" + relatedId.get());
        return PageResult.redirect("/cases/families/" + family.id() + "?done=relationship");
    }

    private Map<String, Object> relationshipModel(Family family, Map<String, Object> values, FormErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("family", familyModel(family, null));
        model.put("form", values);
        Map<Long, String> members = currentMembers(family.id());
        model.put("people", selectOptions(members, values.get("personId")));
        model.put("relatedPeople", selectOptions(members, values.get("relatedPersonId")));
        model.put("kinds", Option.list("kind", RelationshipWords.kinds(), values.get("kind")));
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
        }
        return model;
    }

    private Map<Long, String> currentMembers(long familyId) {
        Map<Long, String> members = new LinkedHashMap<>();
        for (FamilyRepository.Member member : families.members(familyId)) {
            if (member.current()) {
                members.put(member.person().id(), member.person().fullName());
            }
        }
        return members;
    }

    private static List<Map<String, Object>> selectOptions(Map<Long, String> members, Object chosen) {
        List<Map<String, Object>> options = new ArrayList<>();
        members.forEach((id, name) -> options.add(Map.of("value", String.valueOf(id), "label", name,
                "selected", String.valueOf(id).equals(chosen))));
        return options;
    }

    // ----- a new address -----

    PageResult editAddress(WebRequest request) {
        Optional<Visible> found = visible(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        auditForm(request, found.get().family(), "address-form");
        Family family = found.get().family();
        FamilyForm form = FamilyForm.of(family.name(), family.addressLine1(), family.addressLine2(), family.town(),
                family.postcode(), family.districtId());
        return PageResult.page(ADDRESS, "Change address",
                familyFormModel(form, addressDistricts(request.user(), family), family, new FormErrors()));
    }

    PageResult changeAddress(WebRequest request) {
        Optional<Visible> found = visible(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        Family family = found.get().family();
        List<District> districts = addressDistricts(request.user(), family);
        Set<Long> allowed = new LinkedHashSet<>();
        districts.forEach(d -> allowed.add(d.id()));
        FamilyForm form = FamilyForm.read(request::form);
        FormErrors errors = form.validate(false, allowed);
        if (!errors.isEmpty()) {
            return PageResult.invalid(ADDRESS, "Error: Change address", familyFormModel(form, districts, family, errors));
        }
        long districtId = form.districtId().orElseThrow();
        families.changeAddress(family.id(), form, districtId);
        auditLog.record(request.user(), request.remoteAddress(), "family.address.change", "family",
                String.valueOf(family.id()), "district=" + family.districtId()
                        + (districtId == family.districtId() ? "" : "->" + districtId));
        return PageResult.redirect("/cases/families/" + family.id() + "?done=address");
    }

    /**
     * The family's own district (keeping it needs no right over it) and the districts the user may
     * put a family in; moving the family elsewhere would hide it from the teams who serve it now.
     */
    private List<District> addressDistricts(CurrentUser user, Family family) {
        PeopleAccess scope = PeopleAccess.of(access, user);
        List<District> districts = new ArrayList<>(scope.districts());
        if (districts.stream().noneMatch(d -> d.id() == family.districtId())) {
            String name = access.directory().district(family.districtId()).map(District::name)
                    .orElse("Current district");
            districts.add(0, new District(family.districtId(), family.authorityId(), name));
        }
        return districts;
    }

    // ----- a member moves out -----

    PageResult leaveForm(WebRequest request) {
        Optional<Visible> found = visible(request);
        Optional<FamilyRepository.Member> member = found.flatMap(v -> currentMember(request, v.family()));
        if (member.isEmpty()) {
            return PageResult.notFound();
        }
        auditForm(request, found.get().family(), "leave-form");
        return PageResult.page(LEAVE, "Record that someone has left the household",
                leaveModel(found.get().family(), member.get(), Map.of("leftOnDay", "", "leftOnMonth", "", "leftOnYear", ""),
                        new FormErrors()));
    }

    PageResult leave(WebRequest request) {
        Optional<Visible> found = visible(request);
        Optional<FamilyRepository.Member> member = found.flatMap(v -> currentMember(request, v.family()));
        if (member.isEmpty()) {
            return PageResult.notFound();
        }
        Family family = found.get().family();
        Map<String, Object> values = new HashMap<>();
        for (String part : List.of("Day", "Month", "Year")) {
            values.put("leftOn" + part, Forms.text(request::form, "leftOn" + part));
        }
        FormErrors errors = new FormErrors();
        Optional<LocalDate> leftOn = MemberLeaving.validate((String) values.get("leftOnDay"),
                (String) values.get("leftOnMonth"), (String) values.get("leftOnYear"),
                member.get().membership().joinedOn(), clock.today(), errors);
        if (leftOn.isEmpty()) {
            return PageResult.invalid(LEAVE, "Error: Record that someone has left the household",
                    leaveModel(family, member.get(), values, errors));
        }
        families.leave(member.get().membership().id(), leftOn.get());
        auditLog.record(request.user(), request.remoteAddress(), "family.member.leave", "family",
                String.valueOf(family.id()), "person=" + member.get().person().id()
                        + " membership=" + member.get().membership().id());
        return PageResult.redirect("/cases/families/" + family.id() + "?done=left");
    }

    /** The membership in the path, when it is a current one of this family: anything else is "not found". */
    private Optional<FamilyRepository.Member> currentMember(WebRequest request, Family family) {
        Optional<Long> membershipId = Ids.path(request, "membershipId");
        if (membershipId.isEmpty()) {
            return Optional.empty();
        }
        return families.members(family.id()).stream()
                .filter(m -> m.membership().id().equals(membershipId.get()) && m.current())
                .findFirst();
    }

    private static Map<String, Object> leaveModel(Family family, FamilyRepository.Member member,
                                                  Map<String, Object> values, FormErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("family", familyModel(family, null));
        model.put("member", memberRow(member));
        model.put("form", values);
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
        }
        return model;
    }

    /** A change form shows the family's address or members: a read of the family, audited like its page. */
    private void auditForm(WebRequest request, Family family, String page) {
        auditLog.record(request.user(), request.remoteAddress(), "family.view", "family", String.valueOf(family.id()),
                "page=" + page);
    }

    // ----- access -----

    private record Visible(Family family, CaseAccess rule) {}

    /** The family in the path when the user may see it (the same rule as the case records API). */
    private Optional<Visible> visible(WebRequest request) {
        Optional<Long> familyId = Ids.path(request, "familyId");
        if (familyId.isEmpty() || directory.visibleFamily(request.user(), familyId.get()).isEmpty()) {
            return Optional.empty();
        }
        return families.family(familyId.get()).map(f -> new Visible(f, access.forUser(request.user())));
    }
}
