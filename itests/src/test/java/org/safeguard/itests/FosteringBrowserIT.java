package org.safeguard.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * A fostering worker finds carers for a child with an open case, in headless Chromium: only
 * carers whose approval fits the child on the start date are offered; they record the match and
 * see the carers' places held by it. Then the fostering manager's forms, the child's supervised
 * contact, the diary and the settings. axe-core checks every kind of fostering page.
 */
class FosteringBrowserIT {

    private static final Path SHOTS = Path.of("target/screenshots");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Pattern AGES = Pattern.compile("ages (\\d+) to (\\d+)");

    private final Distribution d = Distribution.shared();
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    void aFosteringWorkerMatchesAChildWithCarersWhoseApprovalFits() {
        Fostering.ensureOn(d);
        WebUser gareth = WebUser.signIn(d, "gareth.lloyd-evans");
        Fostering.households(gareth);
        long caseId = Fostering.matchableCase(WebUser.signIn(d, "fenland.sw"), gareth);
        LocalDate start = today.plusDays(14);

        try (Browser worker = new Browser(d)) {
            worker.signIn("gareth.lloyd-evans");
            worker.clickAndWait(worker.link("Fostering"));
            assertEquals("/fostering", worker.path());
            assertTrue(worker.heading().contains("Foster carers"));
            check(worker, "carer register", "fostering-register.png");

            worker.open("/fostering/matching");
            check(worker, "find a child");
            worker.type("case", String.valueOf(caseId));
            worker.submit();
            assertEquals("/fostering/matching/" + caseId, worker.path());
            check(worker, "matching page");

            String born = find(Pattern.compile("\\(born ([0-9]{1,2} [A-Za-z]+ [0-9]{4})\\)"), worker.text());
            int ageOnStart = Period.between(LocalDate.parse(born, SHOWN), start).getYears();
            worker.choose("need", "SHORT_TERM").date("start", start);
            worker.clickAndWait(worker.find("main form[method='get'] button"));
            assertTrue(worker.text().contains("fit"), worker.text());
            check(worker, "matching results", "fostering-matching.png");

            List<WebElement> offered = worker.findAll("input[name='householdId']");
            assertFalse(offered.isEmpty(), "some demo carers fit a child of " + ageOnStart);
            for (WebElement radio : offered) {
                String hint = worker.find("#" + radio.getAttribute("id") + "-item-hint").getText();
                Matcher ages = AGES.matcher(hint);
                assertTrue(ages.find(), hint);
                assertTrue(Integer.parseInt(ages.group(1)) <= ageOnStart && ageOnStart <= Integer.parseInt(ages.group(2)),
                        "offered carers are approved for a child of " + ageOnStart + ": " + hint);
                assertTrue(hint.contains("places free"), hint);
            }
            assertTrue(worker.text().contains("Households not shown"), "what was left out is said");
            String carers = worker.find("label[for='" + offered.get(0).getAttribute("id") + "']").getText();

            offered.get(0).click();
            worker.type("notes", "Near the child's school; introductions over two visits.");
            worker.clickAndWait(worker.find("main form[method='post'] button"));
            assertTrue(worker.text().contains("Match recorded"), worker.text());
            assertTrue(worker.text().contains("Awaiting placement"));
            check(worker, "matching page after the match");

            worker.clickAndWait(worker.link(carers));
            assertTrue(worker.path().startsWith("/fostering/households/"));
            assertTrue(worker.text().contains("held by a match awaiting placement"), "the household's places show the match");
            check(worker, "household page", "fostering-household.png");

            worker.clickAndWait(worker.link("Record what came of it"));
            check(worker, "match outcome form");
        }

        try (Browser manager = new Browser(d)) {
            manager.signIn("helen.birchall");
            manager.open("/fostering/households/new");
            check(manager, "add foster carers");
            manager.submit();
            assertTrue(manager.find(".govuk-error-summary").isDisplayed());
            check(manager, "add foster carers with errors");

            manager.open("/fostering?reviews=yes");
            manager.clickAndWait(manager.find("main table a[href^='/fostering/households/']"));
            manager.clickAndWait(manager.link("Record an annual review"));
            check(manager, "annual review form");
            manager.submit();
            assertTrue(manager.find(".govuk-error-summary").isDisplayed());
            check(manager, "annual review form with errors");

            manager.open("/fostering/cases/" + caseId + "/contact");
            assertTrue(manager.text().contains("Supervised contact"));
            check(manager, "supervised contact tab", "fostering-contact.png");
            manager.clickAndWait(manager.link("Arrange or record a session"));
            check(manager, "supervised contact form");
            manager.submit();
            assertTrue(manager.find(".govuk-error-summary").isDisplayed());
            check(manager, "supervised contact form with errors");

            manager.open("/fostering/contact");
            check(manager, "supervised contact diary");
        }

        try (Browser admin = new Browser(d)) {
            admin.signIn("cambs.admin");
            admin.clickAndWait(admin.link("Fostering settings"));
            check(admin, "fostering settings");
        }
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertTrue(m.find(), "no " + pattern + " in " + text);
        return m.group(1);
    }

    private static void check(Browser browser, String what) {
        check(browser, what, null);
    }

    private static void check(Browser browser, String what, String screenshot) {
        AdministratorEnablesModuleBrowserIT.assertAccessible(browser, what);
        browser.screenshot(SHOTS.resolve(screenshot != null ? screenshot
                : "fostering-" + what.replaceAll("[^a-z]+", "-") + ".png"));
    }
}
