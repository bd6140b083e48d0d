package org.safeguard.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * Corporate parenting and fostering together, in headless Chromium: the Fenland social worker
 * brings a child into care, the fostering worker matches the child with mainstream carers whose
 * approval fits, and the social worker's placement form offers that household already chosen;
 * once placed, the child's tab names the carers and shows the first review due 20 working days
 * after the child came into care, and the household's places show the child placed.
 */
class PlacementWithMatchedCarersBrowserIT {

    private final Distribution d = Distribution.shared();
    private final List<String> violations = new ArrayList<>();
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    void aChildBroughtIntoCareIsPlacedWithTheCarersFosteringMatched() {
        CorporateParenting.ready(d);
        Fostering.ensureOn(d);
        WebUser gareth = WebUser.signIn(d, "gareth.lloyd-evans");
        Fostering.households(gareth);
        long caseId = caseWithFittingCarers(WebUser.signIn(d, "fenland.sw"), gareth);
        String tab = "/children-in-care/cases/" + caseId;

        try (Browser sw = new Browser(d)) {
            sw.signIn("fenland.sw");
            sw.open(tab);
            sw.clickAndWait(sw.link("Bring into care"));
            sw.date("startedOn", today).choose("legalStatus", "SECTION_20").choose("uasc", "no");
            sw.submit();
            assertEquals(tab, sw.path(), sw.text());
            assertTrue(sw.text().contains("Came into care: recorded"), sw.text());
        }

        String carers;
        String household;
        try (Browser worker = new Browser(d)) {
            worker.signIn("gareth.lloyd-evans");
            worker.open("/fostering/matching/" + caseId);
            worker.choose("need", "SHORT_TERM").date("start", today);
            worker.clickAndWait(worker.find("main form[method='get'] button"));
            WebElement mainstream = null;
            for (WebElement radio : worker.findAll("input[name='householdId']")) {
                String hint = worker.find("#" + radio.getAttribute("id") + "-item-hint").getText();
                if (hint.startsWith("Mainstream")) {
                    mainstream = radio;
                    break;
                }
            }
            assertTrue(mainstream != null, "mainstream carers fit the child: " + worker.text());
            carers = worker.find("label[for='" + mainstream.getAttribute("id") + "']").getText();
            mainstream.click();
            worker.type("notes", "Close to the child's school; the child knows the family from respite.");
            worker.clickAndWait(worker.find("main form[method='post'] button"));
            assertTrue(worker.text().contains("Match recorded"), worker.text());
            check(worker, "matching page after the match");
            household = java.net.URI.create(worker.link(carers).getAttribute("href")).getPath();
        }

        try (Browser sw = new Browser(d)) {
            sw.signIn("fenland.sw");
            sw.open(tab);
            sw.clickAndWait(sw.link("Record a new placement"));
            check(sw, "placement form with the matched household");
            assertTrue(sw.find("input[name='placementType'][value='IN_HOUSE_FOSTER']").isSelected(),
                    "the matched mainstream household is an in-house foster placement");
            WebElement chosen = sw.find("input[name='householdInHouse']:checked");
            String chosenLabel = sw.find("label[for='" + chosen.getAttribute("id") + "']").getText();
            assertTrue(chosenLabel.contains(carers), "the household fostering matched is chosen: " + chosenLabel);

            sw.type("provider", "Cambridgeshire fostering service").date("startedOn", today)
                    .type("weeklyCost", "480").choose("longTerm", "no");
            sw.submit();
            assertEquals(tab, sw.path(), sw.text());
            String text = sw.text();
            assertTrue(text.contains(carers), "the tab names the carers: " + text);
            assertTrue(text.contains("First review")
                    && text.contains(CorporateParentingBrowserIT.SHOWN.format(CorporateParentingBrowserIT.plusWorkingDays(today, 20))),
                    "first review due 20 working days after coming into care: " + text);
            check(sw, "child in care tab, placed with fostering's carers");
        }

        try (Browser worker = new Browser(d)) {
            worker.signIn("gareth.lloyd-evans");
            worker.open(household);
            assertFalse(worker.text().contains("held by a match awaiting placement"), "the match became a placement");
            assertFalse(worker.findAll("main table a[href*='/" + caseId + "']").isEmpty(),
                    "the child is listed living with the carers: " + worker.text());
            check(worker, "household with the child placed");
        }
        assertTrue(violations.isEmpty(), "accessibility violations:\n" + String.join("\n", violations));
    }

    /** A Fenland case whose child is not in care and has mainstream carers free for a short-term placement today. */
    private long caseWithFittingCarers(WebUser sw, WebUser fosteringWorker) {
        String query = "?need=SHORT_TERM&startDay=" + today.getDayOfMonth() + "&startMonth=" + today.getMonthValue()
                + "&startYear=" + today.getYear();
        for (Long caseId : Fostering.ownCases(sw)) {
            if (!sw.get("/children-in-care/cases/" + caseId).body().contains("Bring into care")) {
                continue;
            }
            String results = fosteringWorker.get("/fostering/matching/" + caseId + query).body();
            if (results.contains("name=\"householdId\"") && results.contains("Mainstream, ages")) {
                return caseId;
            }
        }
        throw new AssertionError("no case of fenland.sw's could come into care with mainstream carers free today");
    }

    private void check(Browser browser, String what) {
        for (String v : browser.accessibilityViolations()) {
            violations.add(what + ": " + v);
        }
    }
}
