package org.safeguard.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The journey in headless Chromium: the Fenland team manager assigns the domestic abuse practitioner
 * to a parent of a family waiting for one; the practitioner signs in, finds the family in "My
 * families" and records a session, sets a goal and writes her workbook chapter. axe-core checks
 * every kind of Family Safeguarding page on the way; each is saved as a screenshot.
 */
class FamilySafeguardingBrowserIT {

    private static final Path SHOTS = Path.of("target/screenshots");
    private static final Pattern CASE_LINK = Pattern.compile("href=\"/cases/(\\d+)\"");

    private final Distribution d = Distribution.shared();
    private final List<String> violations = new ArrayList<>();

    @Test
    void aManagerAssignsTheDomesticAbusePractitionerWhoThenRecordsASession() {
        FamilySafeguarding.ready(d);
        String familyPath;
        try (Browser manager = new Browser(d)) {
            manager.signIn("fenland.manager");
            manager.clickAndWait(manager.link("Family Safeguarding"));
            check(manager, "home", "fs-home");
            manager.clickAndWait(manager.find("a[href^='/family-safeguarding/teams/']:not([href$='capacity'])"));
            check(manager, "team view", "fs-team");
            String teamPath = manager.path();
            manager.open(teamPath + "/capacity");
            assertTrue(manager.text().contains("Bridget Elm"), "the practitioners against their guide");
            check(manager, "practitioner capacity", "fs-capacity");
            manager.open(teamPath + "?show=families");
            check(manager, "team families", "fs-team-families");

            // a family waiting for a domestic abuse practitioner (recording the need first if none waits)
            manager.open(teamPath + "?discipline=DOMESTIC_ABUSE");
            List<WebElement> waiting = manager.findAll("main table a[href^='/family-safeguarding/families/']");
            if (waiting.isEmpty()) {
                manager.open(teamPath + "?show=families");
                manager.clickAndWait(manager.findAll("main table a[href^='/family-safeguarding/families/']").get(0));
                manager.clickAndWait(manager.link("Record a toxic-trio factor"));
                manager.findAll("input[name='adultPersonId']").get(0).click();
                manager.choose("kind", "DOMESTIC_ABUSE_VICTIM").choose("source", "LATER");
                manager.date("identifiedOn", java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")));
                manager.submit();
            } else {
                manager.clickAndWait(waiting.get(0));
            }
            familyPath = manager.path();
            assertTrue(familyPath.matches("/family-safeguarding/families/\\d+"), familyPath);
            assertTrue(manager.text().contains("Waiting for a domestic abuse practitioner"), manager.text());
            check(manager, "family tab", "fs-family");

            manager.clickAndWait(manager.link("Record a toxic-trio factor"));
            check(manager, "factor form", "fs-factor-form");
            manager.submit();
            assertTrue(manager.find(".govuk-error-summary").isDisplayed());
            check(manager, "factor form with errors", null);

            manager.open(familyPath + "/assignments/new");
            check(manager, "assignment form", "fs-assign-form");
            manager.submit();
            assertTrue(manager.find(".govuk-error-summary").isDisplayed(), "an empty assignment is refused");
            check(manager, "assignment form with errors", null);
            String adult = adultWaitingForDomesticAbuse(manager);
            manager.choose("adultPersonId", adult);
            labelled(manager, "practitioner", "Bridget Elm").click();
            manager.choose("domesticAbuseWork", "VICTIM");
            manager.submit();
            assertEquals(familyPath, manager.path(), manager.text());
            assertTrue(manager.text().contains("Practitioner assigned"), manager.text());
            assertTrue(manager.text().contains("Bridget Elm"));
            manager.screenshot(SHOTS.resolve("fs-family-assigned.png"));

            manager.open(familyPath + "/workbook");
            check(manager, "family workbook", "fs-workbook");
            manager.open(familyPath + "/workbook?print=1");
            check(manager, "printed workbook", "fs-workbook-print");

            // the child's case record carries the same tab
            manager.open("/cases/families/" + familyPath.substring(familyPath.lastIndexOf('/') + 1));
            Matcher childCase = CASE_LINK.matcher(page(manager));
            assertTrue(childCase.find(), "the family lists its cases");
            manager.open("/cases/" + childCase.group(1));
            manager.clickAndWait(manager.link("Work with parents"));
            assertTrue(manager.path().startsWith("/family-safeguarding/cases/"), manager.path());
            check(manager, "case tab", "fs-case-tab");
        }

        try (Browser practitioner = new Browser(d)) {
            practitioner.signIn("fenland.domesticabuse");
            practitioner.open("/family-safeguarding");
            assertTrue(practitioner.heading().contains("My families"));
            check(practitioner, "my families", "fs-my-families");
            practitioner.clickAndWait(practitioner.find("a[href='" + familyPath + "']"));
            practitioner.clickAndWait(practitioner.link("Record a session"));
            check(practitioner, "session form", "fs-session-form");
            practitioner.submit();
            assertTrue(practitioner.find(".govuk-error-summary").isDisplayed(), "an empty session is refused");
            check(practitioner, "session form with errors", null);
            List<WebElement> mine = practitioner.findAll("input[name='assignmentId']");
            if (!mine.get(0).isSelected()) {
                labelled(practitioner, "assignmentId", "with ").click();
            }
            practitioner.choose("sessionType", "HOME_VISIT").choose("attendance", "ATTENDED").choose("focus", "ENGAGING")
                    .choose("engagement", "ENGAGED")
                    .type("notes", "First visit. Talked about what the children see and hear; agreed a safety plan.");
            practitioner.submit();
            assertTrue(practitioner.path().endsWith("/sessions"), practitioner.path());
            assertTrue(practitioner.text().contains("Session recorded") && practitioner.text().contains("Home visit"));
            check(practitioner, "sessions", "fs-sessions");
            practitioner.clickAndWait(practitioner.findAll("main table a[href*='/sessions/']").get(0));
            assertTrue(practitioner.text().contains("agreed a safety plan"));
            check(practitioner, "session", "fs-session");

            practitioner.open(familyPath + "/goals/new");
            check(practitioner, "goal form", "fs-goal-form");
            practitioner.type("description", "I will keep my safety plan up to date and the children will know it.")
                    .date("nextReviewOn", java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).plusWeeks(4));
            if (!practitioner.findAll("input[name='assignmentId']").get(0).isSelected()) {
                labelled(practitioner, "assignmentId", "with ").click();
            }
            practitioner.submit();
            assertTrue(practitioner.text().contains("Goal set"), practitioner.text());
            practitioner.clickAndWait(practitioner.link("I will keep my safety plan up to date and the children will know it."));
            check(practitioner, "goal", "fs-goal");
            practitioner.clickAndWait(practitioner.link("Review this goal"));
            check(practitioner, "goal review form", "fs-goal-review");

            practitioner.open(familyPath + "/workbook/chapters/domestic-abuse");
            check(practitioner, "chapter form", "fs-chapter-form");
            practitioner.type("body", "The parent has described controlling behaviour. Safety plan in place.");
            practitioner.submit();
            assertTrue(practitioner.text().contains("Workbook saved"), practitioner.text());
            practitioner.open(familyPath + "/workbook/chapters/domestic-abuse");
            practitioner.type("body", "The parent has described controlling behaviour over money. Safety plan in place.");
            practitioner.submit();
            practitioner.clickAndWait(practitioner.find("a[href*='/workbook/entries/'][href$='/history']"));
            check(practitioner, "workbook history", "fs-workbook-history");
            practitioner.open(familyPath + "/workbook/summaries/new");
            check(practitioner, "summary form", "fs-summary-form");
        }

        try (Browser admin = new Browser(d)) {
            admin.signIn("cambs.admin");
            admin.clickAndWait(admin.link("Family Safeguarding settings"));
            check(admin, "settings", "fs-settings");
        }
        assertEquals(List.of(), violations, "axe-core WCAG 2.2 AA violations");
    }

    /** The adult whose factor makes the family wait for domestic abuse work (the first adult otherwise). */
    private static String adultWaitingForDomesticAbuse(Browser manager) {
        List<WebElement> adults = manager.findAll("input[name='adultPersonId']");
        return adults.get(0).getAttribute("value");
    }

    /** The radio of a group whose label contains the text. */
    private static WebElement labelled(Browser browser, String name, String text) {
        for (WebElement input : browser.findAll("input[name='" + name + "']")) {
            if (browser.find("label[for='" + input.getAttribute("id") + "']").getText().contains(text)) {
                return input;
            }
        }
        throw new AssertionError("no " + name + " choice labelled " + text);
    }

    private static String page(Browser browser) {
        return browser.find("main").getAttribute("innerHTML");
    }

    private void check(Browser browser, String page, String screenshot) {
        for (String violation : browser.accessibilityViolations()) {
            violations.add(page + ": " + violation);
        }
        if (screenshot != null) {
            browser.screenshot(SHOTS.resolve(screenshot + ".png"));
        }
    }
}
