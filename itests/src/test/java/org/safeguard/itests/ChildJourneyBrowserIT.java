package org.safeguard.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A child's journey through the pages, in headless Chromium, as the social worker and the team
 * manager of a Fenland team would take it: family and child recorded, contact, referral,
 * assessment, strategy discussion and s.47, initial conference and CP plan, a home visit, sign-off
 * and allocation by the manager, then closure. axe-core checks every kind of case records page on
 * the way.
 */
class ChildJourneyBrowserIT {

    private static final Pattern CASE_PATH = Pattern.compile("^/cases/(\\d+)$");

    private final Distribution d = Distribution.shared();
    private final List<String> violations = new ArrayList<>();
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    void contactToClosureAsSocialWorkerAndManager() {
        String surname = "Journey" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
        String caseId;
        try (Browser sw = new Browser(d)) {
            sw.signIn("fenland.sw");
            sw.open("/cases");
            check(sw, "case records home");

            // the household and the child
            sw.open("/cases/families/new");
            check(sw, "new family form");
            sw.submit();
            assertTrue(sw.find(".govuk-error-summary").isDisplayed(), "an empty family form is refused");
            check(sw, "new family form with errors");
            sw.type("name", surname).type("addressLine1", "12 Station Road").type("town", "March")
                    .type("postcode", "pe15 8aa");
            List<WebElement> districts = sw.findAll("input[name='districtId']");
            if (!districts.isEmpty() && !districts.get(0).isSelected()) {
                sw.find("input[name='districtId']").click();
            }
            sw.submit();
            assertTrue(sw.path().startsWith("/cases/families/"), "family saved: " + sw.path());
            String familyId = sw.path().substring("/cases/families/".length());
            check(sw, "family page");

            sw.open("/cases/people/new?familyId=" + familyId);
            check(sw, "new person form");
            sw.choose("kind", "CHILD").type("givenName", "Ella").type("familyName", surname)
                    .date("dateOfBirth", today.minusYears(6)).choose("gender", "FEMALE");
            sw.submit();
            assertTrue(sw.path().startsWith("/cases/people/"), "child saved: " + sw.path() + "\n" + sw.text());
            String personId = sw.path().substring("/cases/people/".length());
            check(sw, "person page");

            // front door: contact, then referral for assessment
            sw.open("/cases/contacts/new?personId=" + personId);
            check(sw, "new contact form");
            sw.date("receivedOn", today).choose("source", "SCHOOL")
                    .type("summary", "Ella came to school hungry three days running and has a bruise on her arm.");
            List<WebElement> families = sw.findAll("input[name='familyId'][type='radio']");
            if (!families.isEmpty()) {
                families.get(0).click();
            }
            sw.submit();
            assertTrue(sw.path().startsWith("/cases/contacts/"), "contact saved: " + sw.path() + "\n" + sw.text());
            check(sw, "contact page");
            sw.choose("outcome", "REFERRAL").type("reason", "Physical injury and neglect indicators: needs assessment.")
                    .date("decidedOn", today);
            sw.submit();
            Matcher opened = CASE_PATH.matcher(sw.path());
            assertTrue(opened.matches(), "the referral opens a case: " + sw.path() + "\n" + sw.text());
            caseId = opened.group(1);
            assertTrue(sw.text().contains("Referral recorded"), "success banner");
            assertTrue(sw.text().contains("Ella " + surname));
            check(sw, "case summary");

            // assessment -> child protection
            sw.open("/cases/" + caseId + "/assessment/complete");
            check(sw, "journey form");
            sw.date("completedOn", today).choose("outcome", "CHILD_PROTECTION")
                    .type("analysis", "Neglect and an unexplained injury; parents not engaging with school.");
            sw.submit();
            assertEquals("/cases/" + caseId, sw.path(), sw.text());
            sw.open("/cases/" + caseId + "/strategy");
            sw.date("heldOn", today).type("attendees", "Police, school, health visitor, social worker")
                    .choose("section47", "yes");
            sw.submit();
            assertTrue(sw.text().contains("Initial conference"), "the initial conference is now due");
            sw.open("/cases/" + caseId + "/strategy/outcome");
            sw.date("completedOn", today).choose("outcome", "CONFERENCE");
            sw.submit();
            sw.open("/cases/" + caseId + "/conference/initial");
            sw.date("heldOn", today).choose("outcome", "PLAN").choose("category", "NEGLECT");
            sw.submit();
            assertEquals("/cases/" + caseId, sw.path(), sw.text());
            assertTrue(sw.text().contains("Child protection"), "the child is on a CP plan");
            assertTrue(sw.text().contains("Review conference"), "first review conference due");

            // a statutory home visit, child seen alone
            sw.open("/cases/" + caseId + "/notes/new");
            check(sw, "new note form");
            sw.choose("kind", "HOME_VISIT").date("occurredOn", today).choose("childSeen", "yes")
                    .choose("seenAlone", "yes")
                    .type("body", "Ella showed me her room and said she has breakfast at school club now.");
            sw.submit();
            assertTrue(sw.path().startsWith("/cases/" + caseId + "/notes"), sw.path());
            check(sw, "notes and visits");
            sw.open("/cases/" + caseId + "/chronology");
            assertTrue(sw.text().contains("Referral") && sw.text().contains("Home visit"),
                    "the chronology is built from what was recorded");
            check(sw, "chronology");
            sw.open("/cases/" + caseId);
            sw.screenshot(Path.of("target/screenshots/case-summary.png"));
        }

        try (Browser manager = new Browser(d)) {
            manager.signIn("fenland.manager");
            manager.open("/cases/" + caseId + "/assessment/sign-off");
            manager.date("signedOffOn", today);
            manager.submit();
            assertTrue(manager.text().contains("Assessment signed off"), manager.text());

            manager.open("/cases/" + caseId + "/allocation");
            check(manager, "allocation page");
            List<WebElement> teams = manager.findAll("input[name='teamId']");
            if (!teams.isEmpty()) {
                teams.get(0).click();
            }
            Select lead = new Select(manager.find("select[name='leadWorkerId']"));
            WebElement firstWorker = lead.getOptions().stream()
                    .filter(o -> !o.getAttribute("value").isEmpty()).findFirst().orElseThrow();
            String workerName = firstWorker.getText();
            lead.selectByValue(firstWorker.getAttribute("value"));
            manager.date("allocatedOn", today);
            manager.submit();
            assertTrue(manager.text().contains(workerName.replaceAll("\\s*\\(.*", "")), "allocated: " + manager.text());

            manager.open("/cases/work-tray");
            check(manager, "work tray");
            String caseload = manager.findAll("a[href*='/caseload']").get(0).getAttribute("href");
            manager.open(java.net.URI.create(caseload).getPath());
            assertTrue(manager.text().contains("Over guide") || manager.text().contains("Near guide")
                    || manager.text().contains("Lead cases"), "caseload against the guide");
            check(manager, "team caseload");
            manager.screenshot(Path.of("target/screenshots/team-caseload.png"));
            manager.open("/cases/front-door");
            check(manager, "front door queue");
            manager.open("/cases/mash");
            check(manager, "MASH queue");

            manager.open("/cases/" + caseId + "/close");
            manager.date("closedOn", today).choose("reason", "NEEDS_MET");
            manager.submit();
            assertEquals("/cases/" + caseId, manager.path(), manager.text());
            assertTrue(manager.text().contains("Closed"), "the case is closed");
        }
        assertEquals(List.of(), violations, "axe-core WCAG 2.2 AA violations");
    }

    private void check(Browser browser, String page) {
        for (String violation : browser.accessibilityViolations()) {
            violations.add(page + ": " + violation);
        }
    }
}
