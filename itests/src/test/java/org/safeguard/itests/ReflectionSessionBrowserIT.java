package org.safeguard.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The clinician's journey in headless Chromium: Fenland Family Safeguarding team 1's clinician
 * schedules a session, the agenda is proposed (three families for a 30-minute session), records
 * each family in turn with an action for the social worker, and closes the session; the social
 * worker finds the action in their work tray. axe-core checks every kind of page the module adds.
 */
class ReflectionSessionBrowserIT {

    private static final Path SHOTS = Path.of("target/screenshots");

    private final Distribution d = Distribution.shared();
    private final List<String> violations = new ArrayList<>();
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    void aClinicianRunsASessionAndTheActionReachesTheSocialWorkersTray() {
        long team = ReflectionSessions.ready(d, WebUser.signIn(d, "fenland.manager"));
        String action = "Visit unannounced and see the children alone " + UUID.randomUUID().toString().substring(0, 8);
        long firstFamily;
        try (Browser clinician = new Browser(d)) {
            clinician.signIn("fenland.clinician");
            clinician.clickAndWait(clinician.link("Reflection sessions"));
            assertEquals("/reflection", clinician.path());
            check(clinician, "reflection home");
            clinician.open("/reflection/teams/" + team);
            check(clinician, "team calendar");
            clinician.screenshot(SHOTS.resolve("reflection-team.png"));

            clinician.clickAndWait(clinician.link("Schedule a session"));
            check(clinician, "schedule form");
            clinician.type("durationMinutes", "");
            press(clinician, "Schedule session");
            assertTrue(clinician.find(".govuk-error-summary").isDisplayed(), "an empty form is refused");
            check(clinician, "schedule form with errors");
            clinician.date("heldOn", today).type("startTime", "09:30").type("durationMinutes", "30");
            press(clinician, "Schedule session");
            assertTrue(clinician.path().startsWith("/reflection/sessions/"), clinician.path() + "\n" + clinician.text());
            String session = clinician.path();
            assertTrue(clinician.text().contains("Session scheduled"));
            check(clinician, "session page");
            clinician.screenshot(SHOTS.resolve("reflection-session.png"));

            List<String> records = recordLinks(clinician);
            assertEquals(3, records.size(), "30 minutes at 10 a family: three families proposed");
            firstFamily = Long.parseLong(records.get(0).replaceAll(".*/families/(\\d+)$", "$1"));

            // the first family: a mistake, then the discussion with an action for the social worker
            clinician.open(records.get(0));
            check(clinician, "discussion form");
            press(clinician, "Save discussion");
            assertTrue(clinician.find(".govuk-error-summary").isDisplayed(), "an empty discussion is refused");
            check(clinician, "discussion form with errors");
            record(clinician, "HIGH");
            clinician.type("action1Description", action);
            new Select(clinician.find("#action1Owner")).selectByVisibleText("Jess Parson (Social worker)");
            clinician.date("action1Due", today);
            clinician.screenshot(SHOTS.resolve("reflection-discussion.png"));
            press(clinician, "Save discussion");
            assertEquals(session, clinician.path(), clinician.text());
            assertTrue(clinician.text().contains("Discussion recorded"));

            // the other two, in turn
            for (String next : records.subList(1, 3)) {
                clinician.open(next);
                record(clinician, "MEDIUM");
                press(clinician, "Save discussion");
                assertEquals(session, clinician.path(), clinician.text());
            }
            assertEquals(0, recordLinks(clinician).size(), "all three discussed");

            clinician.clickAndWait(clinician.link("Close the session"));
            check(clinician, "close the session");
            press(clinician, "Close session");
            assertTrue(clinician.text().contains("Session closed"), clinician.text());
            check(clinician, "closed session");

            clinician.open(records.get(0));
            assertTrue(clinician.text().contains(action), "the discussion reads back with its action");
            check(clinician, "recorded discussion");
            clinician.open("/reflection/families/" + firstFamily);
            assertTrue(clinician.text().contains(action));
            check(clinician, "family tab");
            clinician.screenshot(SHOTS.resolve("reflection-family.png"));
            clinician.open("/reflection/teams/" + team + "/coverage");
            check(clinician, "coverage");
            clinician.screenshot(SHOTS.resolve("reflection-coverage.png"));
            clinician.open("/reflection/teams/" + team + "/drift");
            check(clinician, "drift");
            clinician.screenshot(SHOTS.resolve("reflection-drift.png"));
        }

        try (Browser socialWorker = new Browser(d)) {
            socialWorker.signIn("fenland.sw");
            socialWorker.open("/cases/work-tray");
            assertTrue(socialWorker.text().contains(action), "the action is in the owner's work tray:\n" + socialWorker.text());
            socialWorker.screenshot(SHOTS.resolve("reflection-work-tray.png"));
            socialWorker.open("/reflection");
            assertTrue(socialWorker.text().contains(action), "and on the module's home");
        }

        try (Browser manager = new Browser(d)) {
            manager.signIn("fenland.manager");
            manager.open("/cases/work-tray?team=" + team + "&section=due-soon");
            assertTrue(manager.text().contains(action), "and in the manager's team tray:\n" + manager.text());
            manager.open("/reflection/clinicians");
            check(manager, "clinicians");
            manager.clickAndWait(manager.findAll("main a[href^='/reflection/clinicians/']").get(0));
            check(manager, "clinician's time");
            manager.type(manager.findAll("input[name^='fte-']").get(0).getAttribute("id"), "2");
            press(manager, "Save");
            assertTrue(manager.find(".govuk-error-summary").isDisplayed(), "more than full time is refused");
            check(manager, "clinician's time with errors");
        }

        try (Browser admin = new Browser(d)) {
            admin.signIn("cambs.admin");
            admin.clickAndWait(admin.link("Reflection settings"));
            check(admin, "settings");
            admin.type("minutesPerFamily", "0");
            press(admin, "Save settings");
            check(admin, "settings with errors");
            admin.screenshot(SHOTS.resolve("reflection-settings.png"));
        }
        assertEquals(List.of(), violations, "axe-core WCAG 2.2 AA violations");
    }

    /** The agenda's "Record" links, in order. */
    private static List<String> recordLinks(Browser browser) {
        return browser.findAll("main a[href*='/families/']").stream()
                .filter(a -> a.getText().startsWith("Record"))
                .map(a -> java.net.URI.create(a.getAttribute("href")).getPath())
                .toList();
    }

    private static void record(Browser browser, String rating) {
        browser.type("hypotheses", "Mum may be coping with her own loss by drinking.")
                .type("risks", "Drinking in the evenings; the children are left alone.")
                .type("protectiveFactors", "Grandmother nearby; school knows the children well.")
                .type("livedExperience", "The eldest checks on mum at night and is tired at school.")
                .choose("riskRating", rating);
    }

    /** Presses the main content's button with this text (pages hold several forms). */
    private static void press(Browser browser, String text) {
        WebElement button = browser.findAll("main button").stream()
                .filter(b -> b.getText().strip().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no button \"" + text + "\" on " + browser.path()));
        browser.clickAndWait(button);
    }

    private void check(Browser browser, String page) {
        for (String violation : browser.accessibilityViolations()) {
            violations.add(page + ": " + violation);
        }
    }
}
