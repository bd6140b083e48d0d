package org.safeguard.caserecords.frontdoor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Options;
import com.github.jknack.handlebars.context.FieldValueResolver;
import com.github.jknack.handlebars.context.JavaBeanValueResolver;
import com.github.jknack.handlebars.context.MapValueResolver;
import com.github.jknack.handlebars.context.MethodValueResolver;
import com.github.jknack.handlebars.io.ClassPathTemplateLoader;

import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.model.Contact;
import org.safeguard.platform.api.web.Paging;
import org.safeguard.platform.api.web.FormErrors;

/**
 * Renders the front door templates as the web host does (same resolvers and eq/date/dateTime
 * helpers, stand-in sg/ partials), so a template typo fails the build rather than a page.
 */
class FrontDoorTemplatesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private final Handlebars handlebars = new Handlebars(new ClassPathTemplateLoader("/templates", ".hbs"));

    FrontDoorTemplatesTest() {
        handlebars.registerHelper("eq", (Object a, Options o) -> {
            Object b = o.param(0, null);
            return Objects.equals(a, b) || (a != null && b != null && String.valueOf(a).equals(String.valueOf(b)));
        });
        handlebars.registerHelper("date", (Object value, Options o) ->
                DateTimeFormatter.ofPattern("d MMMM yyyy").format(temporal(value)));
        handlebars.registerHelper("dateTime", (Object value, Options o) ->
                DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm").format(temporal(value)));
    }

    private static TemporalAccessor temporal(Object value) {
        return value instanceof Instant instant ? instant.atZone(LONDON) : (TemporalAccessor) value;
    }

    private String render(String template, Map<String, Object> model) throws IOException {
        model.put("csrfToken", "token-123");
        Context context = Context.newBuilder(model)
                .resolver(MapValueResolver.INSTANCE, JavaBeanValueResolver.INSTANCE,
                        MethodValueResolver.INSTANCE, FieldValueResolver.INSTANCE)
                .build();
        return handlebars.compile(template).apply(context);
    }

    private static Map<String, Object> newContactModel(ContactForm form, List<RadioOption> families, FormErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("child", Map.of("id", 42L, "name", "Amy Smith"));
        model.put("form", form.values());
        model.put("hasFamily", !families.isEmpty());
        model.put("chooseFamily", families.size() > 1);
        if (families.size() == 1) {
            model.put("onlyFamily", Map.of("id", 5L, "name", "Smith", "postcode", "PE15 8AA"));
        }
        model.put("families", families);
        model.put("sources", RadioOption.of("source", Arrays.asList(Contact.Source.values()), Contact.Source::label,
                s -> null, String.valueOf(form.values().get("source"))));
        model.put("summaryMax", ContactForm.SUMMARY_MAX);
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
        }
        return model;
    }

    @Test
    void theContactFormShownAgainKeepsWhatWasTypedAndLinksEveryError() throws IOException {
        ContactForm form = new ContactForm("", "31", "2", "2026", "", "<script>alert(1)</script>");
        List<RadioOption> families = List.of(RadioOption.of("familyId", 0, "5", "Smith family", "PE15 8AA", ""),
                RadioOption.of("familyId", 1, "6", "Taylor family", "PE13 1AB", ""));
        String html = render(ContactPages.NEW, newContactModel(form, families, form.validate(java.util.Set.of(5L, 6L), TODAY)));
        assertTrue(html.contains("name=\"_csrf\" value=\"token-123\""));
        assertTrue(html.contains("<a href=\"#familyId\">Select the family the child lives in</a>"));
        assertTrue(html.contains("<a href=\"#receivedOnDay\">Date the contact was received must be a real date</a>"));
        assertTrue(html.contains("<a href=\"#source\">Select where the contact came from</a>"));
        assertTrue(html.contains("id=\"familyId\" name=\"familyId\" type=\"radio\" value=\"5\""));
        assertTrue(html.contains("id=\"familyId-2\""));
        assertTrue(html.contains("id=\"source\" name=\"source\" type=\"radio\" value=\"POLICE\""));
        assertTrue(html.contains("Neighbour or member of the public"));
        assertTrue(html.contains("value=\"31\""));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;</textarea>"), "typed text kept, and escaped");
        assertFalse(html.contains("<script>"));
        assertFalse(html.contains("style="));
    }

    @Test
    void aChildInOneHouseholdIsNotAskedAndAChildInNoneIsSentToAddThem() throws IOException {
        ContactForm form = ContactForm.blank(java.util.Optional.of(5L), TODAY);
        String one = render(ContactPages.NEW, newContactModel(form,
                List.of(RadioOption.of("familyId", 0, "5", "Smith family", "PE15 8AA", "5")), new FormErrors()));
        assertTrue(one.contains("<input type=\"hidden\" name=\"familyId\" value=\"5\">"));
        assertTrue(one.contains("Smith family, PE15 8AA"));
        assertFalse(one.contains("govuk-error-summary"));
        assertTrue(one.contains("value=\"25\""), "received today by default");

        String none = render(ContactPages.NEW, newContactModel(form, List.of(), new FormErrors()));
        assertFalse(none.contains("<form"));
        assertTrue(none.contains("href=\"/cases/people/42\""));
        assertTrue(none.contains("does not live in a family you can see"));
    }

    @Test
    void withoutAChildTheFormSendsTheUserToFindThemFirst() throws IOException {
        String html = render(ContactPages.NEW, new HashMap<>(Map.of("findChild", true)));
        assertFalse(html.contains("<form"));
        assertTrue(html.contains("href=\"/cases\""));
        assertTrue(html.contains("Find the child"));
    }

    private static Map<String, Object> contactModel(String status, boolean canDecide, boolean inMash) {
        Map<String, Object> view = new HashMap<>();
        view.put("id", 9L);
        view.put("childId", 42L);
        view.put("childName", "Amy Smith");
        view.put("childDateOfBirth", LocalDate.of(2019, 3, 2));
        view.put("family", Map.of("id", 5L, "name", "Smith", "postcode", "PE15 8AA"));
        view.put("receivedOn", LocalDate.of(2026, 11, 20));
        view.put("source", "School");
        view.put("summary", List.of("Teacher saw bruising.", "Amy said <she fell>."));
        view.put("status", status);
        view.put("statusTag", "govuk-tag--yellow");
        view.put("recordedByName", "Sam Worker");
        view.put("recordedAt", Instant.parse("2026-11-20T09:30:00Z"));
        Map<String, Object> model = new HashMap<>();
        model.put("contact", view);
        model.put("childName", "Amy Smith");
        model.put("canDecide", canDecide);
        model.put("inMash", inMash);
        model.put("outcomes", RadioOption.of("outcome", Arrays.stream(Contact.Outcome.values())
                .filter(o -> !(inMash && o == Contact.Outcome.MASH)).toList(), Contact.Outcome::label, o -> null, ""));
        model.put("form", DecisionForm.blank(TODAY).values());
        model.put("reasonMax", DecisionForm.REASON_MAX);
        return model;
    }

    @Test
    void theContactPageShowsTheContactAndTheDecisionForm() throws IOException {
        Map<String, Object> model = contactModel("Awaiting decision", true, false);
        model.put("done", "recorded");
        model.put("openCase", Map.of("id", 77L, "stage", "Child in need", "openedOn", LocalDate.of(2026, 6, 1), "visible", true));
        String html = render(ContactPages.VIEW, model);
        assertTrue(html.contains("govuk-notification-banner--success"));
        assertTrue(html.contains("Contact recorded."));
        assertTrue(html.contains("<h1 class=\"govuk-heading-l\">Contact about Amy Smith</h1>"));
        assertTrue(html.contains("href=\"/cases/people/42\""));
        assertTrue(html.contains("href=\"/cases/families/5\""));
        assertTrue(html.contains("20 November 2026, 09:30"));
        assertTrue(html.contains("<p class=\"govuk-body\">Amy said &lt;she fell&gt;.</p>"));
        assertTrue(html.contains("action=\"/cases/contacts/9/decision\""));
        assertTrue(html.contains("value=\"MASH\""));
        assertTrue(html.contains("Referral to children&#x27;s social care for assessment")
                || html.contains("Referral to children&#39;s social care for assessment"), html);
        assertTrue(html.contains("already has an open case (Child in need, opened 1 June 2026)"));
        assertTrue(html.contains("href=\"/cases/77\""));
        assertTrue(html.contains("id=\"decidedOnDay\" name=\"decidedOnDay\" type=\"text\" inputmode=\"numeric\" value=\"25\""));
    }

    @Test
    void inMashTheFormAsksForTheMashDecisionWithoutOfferingMashAgain() throws IOException {
        Map<String, Object> model = contactModel("In MASH", true, true);
        FormErrors errors = new FormErrors().add("reason", "Enter the reason for the decision");
        model.put("errors", errors.toModel());
        String html = render(ContactPages.VIEW, model);
        assertTrue(html.contains("What did the MASH decide?"));
        assertFalse(html.contains("value=\"MASH\""));
        assertTrue(html.contains("<a href=\"#reason\">Enter the reason for the decision</a>"));
        assertTrue(html.contains("id=\"reason-error\""));
    }

    @Test
    void aDecidedContactShowsItsOutcomeAndNoForm() throws IOException {
        Map<String, Object> model = contactModel("Decided", false, false);
        @SuppressWarnings("unchecked")
        Map<String, Object> view = (Map<String, Object>) model.get("contact");
        view.put("outcome", "Referral to children's social care");
        view.put("outcomeReason", List.of("Needs assessment."));
        view.put("decidedOn", LocalDate.of(2026, 11, 23));
        view.put("decidedByName", "Pat Manager");
        view.put("caseId", 77L);
        view.put("caseVisible", true);
        view.put("caseStage", "Assessment");
        String html = render(ContactPages.VIEW, model);
        assertFalse(html.contains("<form"));
        assertTrue(html.contains("23 November 2026 by Pat Manager"));
        assertTrue(html.contains("<a class=\"govuk-link\" href=\"/cases/77\">Case 77</a> (Assessment)"));
    }

    @Test
    void theQueuesListChildrenWithPagingAndFlagTimeInMash() throws IOException {
        Map<String, Object> item = new HashMap<>();
        item.put("contactId", 9L);
        item.put("childName", "Amy Smith");
        item.put("receivedOn", LocalDate.of(2026, 11, 20));
        item.put("source", "Police");
        item.put("district", "Fenland");
        item.put("waiting", "5 days");
        item.put("mashEnteredOn", LocalDate.of(2026, 11, 23));
        item.put("workingDaysInMash", 2);
        item.put("overdue", true);
        Map<String, Object> model = new HashMap<>();
        model.put("items", List.of(item));
        model.put("paging", new Paging(2, 25, 60).model("/cases/front-door?"));
        String frontDoor = render(QueuePages.FRONT_DOOR, model);
        assertTrue(frontDoor.contains("<caption"));
        assertTrue(frontDoor.contains("href=\"/cases/contacts/9\""));
        assertTrue(frontDoor.contains("5 days"));
        assertTrue(frontDoor.contains("aria-label=\"Page 3\""));
        assertTrue(frontDoor.contains("rel=\"next\""));
        assertTrue(frontDoor.contains("Showing 26 to 50 of 60"));

        String mash = render(QueuePages.MASH, new HashMap<>(model));
        assertTrue(mash.contains("govuk-tag--red"));
        assertTrue(mash.contains("23 November 2026"));

        String empty = render(QueuePages.FRONT_DOOR, new HashMap<>(Map.of("items", List.of(), "noScope", false)));
        assertTrue(empty.contains("There are no contacts awaiting a decision."));
    }
}
