package org.safeguard.caserecords.frontdoor;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
import org.safeguard.caserecords.model.Contact;
import org.safeguard.caserecords.model.Person;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;

/**
 * Recording a contact about a child and deciding what happens to it. Every handler finds the
 * child or contact through the one access rule; anything not the user's is "not found".
 */
@Component(service = RouteContribution.class)
public class ContactPages implements RouteContribution {

    static final String NEW = "case-records/frontdoor/new-contact";
    static final String VIEW = "case-records/frontdoor/contact";

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** The success banners the contact page knows, after post/redirect/get. */
    private static final Set<String> DONE_FLAGS = Set.of("recorded", "mash", "decided");

    static final String CONFLICT = "This case was changed by someone else while you were editing. "
            + "Check the case and try again.";

    @Reference(target = "(safeguard.unit=safeguard-case-records)")
    private EntityManagerFactory factory;

    @Reference
    private AuditLog auditLog;

    @Reference
    private CaseAccessService access;

    @Reference
    private CaseDirectoryService directory;

    @Reference
    private ReferralService referrals;

    private CouncilClock clock = CouncilClock.system();

    private ContactRepository contacts;
    private ContactDecisions decisions;

    public ContactPages() {
    }

    /** For tests. */
    ContactPages(EntityManagerFactory factory, AuditLog auditLog, CaseAccessService access,
                 CaseDirectoryService directory, ReferralService referrals, CouncilClock clock) {
        this.factory = factory;
        this.auditLog = auditLog;
        this.access = access;
        this.directory = directory;
        this.referrals = referrals;
        this.clock = clock;
        activate();
    }

    @Activate
    void activate() {
        contacts = new ContactRepository(factory, access, directory);
        decisions = new ContactDecisions(factory, referrals);
    }

    @Override
    public String moduleId() {
        return CaseRecordsModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/cases/contacts/new", CaseRecordsModule.RECORD, this::newContact),
                Route.post("/cases/contacts", CaseRecordsModule.RECORD, this::record),
                Route.get("/cases/contacts/{contactId}", CaseRecordsModule.READ, this::view),
                Route.post("/cases/contacts/{contactId}/decision", CaseRecordsModule.FRONT_DOOR, this::decide));
    }

    // ----- Record a contact -----

    PageResult newContact(WebRequest request) {
        if (request.query("personId").isEmpty()) {
            // A contact is always about one child: find them (or add them) first.
            return PageResult.page(NEW, "Record a contact", new HashMap<>(Map.of("findChild", true)));
        }
        Optional<ContactRepository.ChildForContact> child = request.query("personId").flatMap(Ids::parse)
                .flatMap(id -> contacts.visibleChild(request.user(), id));
        if (child.isEmpty()) {
            return PageResult.notFound();
        }
        List<FamilySummary> families = child.get().families();
        Optional<Long> onlyFamily = families.size() == 1 ? Optional.of(families.get(0).id()) : Optional.empty();
        return PageResult.page(NEW, "Record a contact",
                newModel(child.get(), ContactForm.blank(onlyFamily, clock.today()), new FormErrors()));
    }

    PageResult record(WebRequest request) {
        CurrentUser user = request.user();
        Optional<ContactRepository.ChildForContact> found = Ids.form(request, ContactForm.PERSON)
                .flatMap(id -> contacts.visibleChild(user, id));
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        ContactRepository.ChildForContact child = found.get();
        ContactForm form = new ContactForm(field(request, ContactForm.FAMILY), field(request, ContactForm.RECEIVED + "Day"),
                field(request, ContactForm.RECEIVED + "Month"), field(request, ContactForm.RECEIVED + "Year"),
                field(request, ContactForm.SOURCE), field(request, ContactForm.SUMMARY));
        Set<Long> familyIds = child.families().stream().map(FamilySummary::id).collect(Collectors.toSet());
        FormErrors errors = form.validate(familyIds, clock.today());
        if (!errors.isEmpty()) {
            return PageResult.invalid(NEW, "Error: Record a contact", newModel(child, form, errors));
        }
        long familyId = form.familyId().orElseThrow();
        FamilySummary family = child.families().stream().filter(f -> f.id() == familyId).findFirst().orElseThrow();
        Contact contact = contacts.record(new Contact(family.authorityId(), family.districtId(), child.child().id(),
                family.id(), form.receivedOn().orElseThrow(), form.source().orElseThrow(), form.summary(),
                user.userId(), user.displayName(), clock.nowUtc()));
        // The summary is free text that names people: only ids and codes go to the audit log.
        auditLog.record(user, request.remoteAddress(), "contact.record", "contact", String.valueOf(contact.id()),
                "child " + contact.childId() + "; family " + family.id() + "; district " + family.districtId()
                        + "; source " + contact.source().name() + "; received " + contact.receivedOn());
        return PageResult.redirect("/cases/contacts/" + contact.id() + "?done=recorded");
    }

    private Map<String, Object> newModel(ContactRepository.ChildForContact child, ContactForm form, FormErrors errors) {
        Map<String, Object> model = new HashMap<>();
        Person person = child.child();
        model.put("child", Map.of("id", person.id(), "name", person.fullName()));
        model.put("form", form.values());
        List<FamilySummary> families = child.families();
        model.put("hasFamily", !families.isEmpty());
        model.put("chooseFamily", families.size() > 1);
        if (families.size() == 1) {
            model.put("onlyFamily", familyModel(families.get(0)));
        }
        String chosenFamily = String.valueOf(form.values().get(ContactForm.FAMILY));
        List<RadioOption> familyOptions = new ArrayList<>();
        for (int i = 0; i < families.size(); i++) {
            FamilySummary f = families.get(i);
            familyOptions.add(RadioOption.of(ContactForm.FAMILY, i, String.valueOf(f.id()), f.name() + " family",
                    f.postcode(), chosenFamily));
        }
        model.put("families", familyOptions);
        model.put("sources", RadioOption.of(ContactForm.SOURCE, Arrays.asList(Contact.Source.values()),
                Contact.Source::label, s -> null, String.valueOf(form.values().get(ContactForm.SOURCE))));
        model.put("summaryMax", ContactForm.SUMMARY_MAX);
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
        }
        return model;
    }

    private static Map<String, Object> familyModel(FamilySummary family) {
        return Map.of("id", family.id(), "name", family.name(), "postcode", family.postcode());
    }

    // ----- The contact and its decision -----

    PageResult view(WebRequest request) {
        CurrentUser user = request.user();
        Optional<Contact> contact = Ids.path(request, "contactId").flatMap(id -> contacts.visibleContact(user, id));
        if (contact.isEmpty()) {
            return PageResult.notFound();
        }
        auditLog.record(user, request.remoteAddress(), "contact.view", "contact", String.valueOf(contact.get().id()),
                "child " + contact.get().childId());
        Map<String, Object> model = viewModel(contact.get(), user, DecisionForm.blank(clock.today()), new FormErrors());
        request.query("done").filter(DONE_FLAGS::contains).ifPresent(d -> model.put("done", d));
        return PageResult.page(VIEW, title(contact.get()), model);
    }

    PageResult decide(WebRequest request) {
        CurrentUser user = request.user();
        Optional<Contact> visible = Ids.path(request, "contactId").flatMap(id -> contacts.visibleContact(user, id));
        if (visible.isEmpty()) {
            return PageResult.notFound();
        }
        DecisionForm form = new DecisionForm(field(request, DecisionForm.OUTCOME), field(request, DecisionForm.REASON),
                field(request, DecisionForm.DECIDED + "Day"), field(request, DecisionForm.DECIDED + "Month"),
                field(request, DecisionForm.DECIDED + "Year"));
        ContactDecisions.Result result = decisions.decide(visible.get().id(), form, user, clock.today());
        if (result instanceof ContactDecisions.NotFound) {
            return PageResult.notFound();
        }
        if (result instanceof ContactDecisions.AlreadyDecided already) {
            return PageResult.badRequest("This contact has already been decided ("
                    + already.contact().outcome().recordedLabel() + ", " + SHOWN.format(already.contact().decidedOn())
                    + "). A decision cannot be changed: if something new has happened, record a new contact.");
        }
        if (result instanceof ContactDecisions.Invalid invalid) {
            Map<String, Object> model = viewModel(invalid.contact(), user, form, invalid.errors());
            return PageResult.invalid(VIEW, "Error: " + title(invalid.contact()), model);
        }
        if (result instanceof ContactDecisions.Conflict) {
            Contact now = contacts.visibleContact(user, visible.get().id()).orElse(visible.get());
            Map<String, Object> model = viewModel(now, user, form,
                    new FormErrors().add(DecisionForm.OUTCOME, CONFLICT));
            return PageResult.invalid(VIEW, "Error: " + title(now), model);
        }
        ContactDecisions.Decided decided = (ContactDecisions.Decided) result;
        Contact contact = decided.contact();
        ReferralService.Result referral = decided.referral();
        // The reason is free text: the outcome code and ids only.
        auditLog.record(user, request.remoteAddress(), "contact.decide", "contact", String.valueOf(contact.id()),
                "child " + contact.childId() + "; outcome " + contact.outcome().name() + "; decided " + contact.decidedOn()
                        + (referral == null ? "" : "; case " + referral.caseId() + (referral.opened() ? " opened" : " already open")));
        if (referral != null && referral.opened()) {
            auditLog.record(user, request.remoteAddress(), "case.open", "case", String.valueOf(referral.caseId()),
                    "child " + contact.childId() + "; contact " + contact.id() + "; referral " + referral.referralId()
                            + "; assessment " + referral.assessmentId() + " due " + referral.assessmentDueOn()
                            + "; re-referral " + (referral.reReferral() ? "yes, previous referral "
                            + referral.previousReferralId() : "no"));
        }
        if (referral != null && directory.visibleCase(user, referral.caseId()).isPresent()) {
            return PageResult.redirect("/cases/" + referral.caseId() + "?done=" + (referral.opened() ? "referred" : "contact-added"));
        }
        String done = contact.status() == Contact.Status.IN_MASH ? "mash" : "decided";
        return PageResult.redirect("/cases/contacts/" + contact.id() + "?done=" + done);
    }

    private Map<String, Object> viewModel(Contact contact, CurrentUser user, DecisionForm form, FormErrors errors) {
        Map<String, Object> model = new HashMap<>();
        Optional<Person> child = contacts.person(contact.childId());
        String childName = child.map(Person::fullName).orElse("Child " + contact.childId());
        model.put("childName", childName);
        Map<String, Object> view = new HashMap<>();
        view.put("id", contact.id());
        view.put("childId", contact.childId());
        view.put("childName", childName);
        child.map(Person::dateOfBirth).ifPresent(dob -> view.put("childDateOfBirth", dob));
        if (contact.familyId() != null) {
            directory.visibleFamily(user, contact.familyId()).ifPresent(f -> view.put("family", familyModel(f)));
        }
        view.put("receivedOn", contact.receivedOn());
        view.put("source", contact.source().label());
        view.put("summary", paragraphs(contact.summary()));
        view.put("status", contact.status().label());
        view.put("statusTag", switch (contact.status()) {
            case AWAITING_DECISION -> "govuk-tag--yellow";
            case IN_MASH -> "govuk-tag--orange";
            case DECIDED -> "govuk-tag--green";
        });
        view.put("recordedByName", contact.recordedByName());
        view.put("recordedAt", contact.recordedAtUtc().toInstant(ZoneOffset.UTC));
        if (contact.outcome() != null) {
            view.put("outcome", contact.outcome().recordedLabel());
            view.put("outcomeReason", paragraphs(contact.outcomeReason()));
            view.put("decidedOn", contact.decidedOn());
            view.put("decidedByName", contact.decidedByName());
        }
        view.put("mashEnteredOn", contact.mashEnteredOn());
        if (contact.caseId() != null) {
            Optional<ChildCase> linked = directory.visibleCase(user, contact.caseId());
            view.put("caseId", contact.caseId());
            linked.ifPresent(c -> view.put("caseStage", c.stage().label()));
            view.put("caseVisible", linked.isPresent());
        }
        model.put("contact", view);

        boolean canDecide = !contact.decided() && user.hasPermission(CaseRecordsModule.FRONT_DOOR);
        model.put("canDecide", canDecide);
        if (canDecide) {
            boolean inMash = contact.status() == Contact.Status.IN_MASH;
            model.put("inMash", inMash);
            List<Contact.Outcome> offered = Arrays.stream(Contact.Outcome.values())
                    .filter(o -> !(inMash && o == Contact.Outcome.MASH)).toList();
            model.put("outcomes", RadioOption.of(DecisionForm.OUTCOME, offered, Contact.Outcome::label, o -> null,
                    String.valueOf(form.values().get(DecisionForm.OUTCOME))));
            model.put("form", form.values());
            model.put("reasonMax", DecisionForm.REASON_MAX);
            contacts.openCaseOf(contact.childId()).ifPresent(open -> model.put("openCase",
                    Map.of("id", open.id(), "stage", open.stage().label(), "openedOn", open.openedOn(),
                            "visible", directory.visibleCase(user, open.id()).isPresent())));
        }
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
        }
        return model;
    }

    /** The browser title stays in history and tab lists on shared office machines: no child's name in it. */
    private static String title(Contact contact) {
        return "Contact " + contact.id();
    }

    /** Line breaks kept as paragraphs; the template escapes the text. */
    static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String field(WebRequest request, String name) {
        return request.form(name).orElse("");
    }
}
