package org.safeguard.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * A child comes into care in headless Chromium: the Fenland social worker brings them into care
 * from their case and records a placement with a typed carer (fostering is not installed), and the
 * tab shows the first review due 20 working days later and the initial health assessment due in 28
 * days. Then every kind of corporate parenting page, as the people who use it, each checked by axe.
 */
class CorporateParentingBrowserIT {

    static final Path SHOTS = Path.of("target/screenshots");
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** England and Wales bank holidays (gov.uk) for the years this test can run in. */
    static final Set<LocalDate> HOLIDAYS = Set.of(
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 4),
            LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28),
            LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 3),
            LocalDate.of(2027, 5, 31), LocalDate.of(2027, 8, 30), LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28),
            LocalDate.of(2028, 1, 3), LocalDate.of(2028, 4, 14), LocalDate.of(2028, 4, 17), LocalDate.of(2028, 5, 1),
            LocalDate.of(2028, 5, 29), LocalDate.of(2028, 8, 28), LocalDate.of(2028, 12, 25), LocalDate.of(2028, 12, 26));

    private final Distribution d = Distribution.shared();
    private final List<String> violations = new ArrayList<>();
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    void aChildComesIntoCareAndEveryKindOfPageIsAccessible() {
        CorporateParenting.ready(d);
        long caseId = CorporateParenting.caseNotInCare(WebUser.signIn(d, "fenland.sw"));
        String tab = "/children-in-care/cases/" + caseId;
        try (Browser sw = new Browser(d)) {
            sw.signIn("fenland.sw");
            sw.open("/cases/" + caseId);
            sw.clickAndWait(sw.link("Child in care"));
            assertEquals(tab, sw.path());
            check(sw, "child in care tab, not in care");
            sw.clickAndWait(sw.link("Bring into care"));
            check(sw, "bring into care form");
            sw.submit();
            assertTrue(sw.find(".govuk-error-summary").isDisplayed(), "an empty form is refused");
            check(sw, "bring into care form with errors");
            sw.date("startedOn", today).choose("legalStatus", "INTERIM_CARE_ORDER").choose("uasc", "no");
            sw.submit();
            assertEquals(tab, sw.path(), sw.text());
            String text = sw.text();
            assertTrue(text.contains("Came into care: recorded"));
            assertTrue(text.contains("First review") && text.contains(SHOWN.format(plusWorkingDays(today, 20))),
                    "first review due 20 working days later: " + text);
            assertTrue(text.contains("Initial health assessment") && text.contains(SHOWN.format(today.plusDays(28))),
                    "initial health assessment due in 28 days");
            check(sw, "child in care tab, in care");

            sw.clickAndWait(sw.link("Record a new placement"));
            check(sw, "placement form");
            sw.choose("placementType", "INDEPENDENT_FOSTERING_AGENCY").type("provider", "Orchard Family Placements")
                    .type("carer", "Grace Okonkwo").date("startedOn", today).type("weeklyCost", "1050").choose("longTerm", "no");
            sw.submit();
            assertEquals(tab, sw.path(), sw.text());
            assertTrue(sw.text().contains("Grace Okonkwo") && sw.text().contains("£1,050.00 a week"));
            sw.screenshot(SHOTS.resolve("child-in-care.png"));

            for (String form : List.of("legal-status", "uasc", "health/new", "pep/new", "leave")) {
                sw.open(tab + "/" + form);
                check(sw, form + " form");
            }
            sw.open(tab + "/health/new");
            sw.submit();
            check(sw, "health form with errors");
            sw.open("/care-leavers");
            check(sw, "care leavers list");
        }

        try (Browser iro = new Browser(d)) {
            iro.signIn("iro.chair");
            iro.open(tab + "/reviews/new");
            check(iro, "review form");
            iro.open(tab + "/alerts/new");
            check(iro, "case alert form");
            iro.choose("concern", "PERMANENCE_DRIFT").type("details", "No permanence plan yet.");
            iro.submit();
            check(iro, "child in care tab with an alert");
            iro.open("/children-in-care/alerts");
            check(iro, "case alerts list");
        }

        try (Browser manager = new Browser(d)) {
            manager.signIn("fiona.larch");
            manager.clickAndWait(manager.link("Children in care"));
            assertEquals("/children-in-care", manager.path());
            check(manager, "children in care list");
            manager.screenshot(SHOTS.resolve("children-in-care.png"));
            manager.open("/children-in-care?show=overdue");
            check(manager, "children in care list, filtered");
            manager.open("/children-in-care/placements");
            check(manager, "placement moves and costs");
            manager.screenshot(SHOTS.resolve("placement-moves-and-costs.png"));
            manager.open(tab + "/holder");
            check(manager, "holder form");
            manager.open("/care-leavers");
            manager.screenshot(SHOTS.resolve("care-leavers.png"));
            List<WebElement> leavers = manager.findAll("main table a.govuk-link");
            if (!leavers.isEmpty()) {
                manager.clickAndWait(leavers.get(0));
                check(manager, "leaving care support");
                manager.screenshot(SHOTS.resolve("leaving-care.png"));
            }
        }

        try (Browser admin = new Browser(d)) {
            admin.signIn("cambs.admin");
            admin.clickAndWait(admin.link("Corporate parenting settings"));
            check(admin, "settings");
        }
        assertTrue(violations.isEmpty(), "accessibility violations:\n" + String.join("\n", violations));
    }

    private void check(Browser browser, String what) {
        for (String v : browser.accessibilityViolations()) {
            violations.add(what + ": " + v);
        }
    }

    static LocalDate plusWorkingDays(LocalDate start, int days) {
        LocalDate d = start;
        for (int i = 0; i < days; i++) {
            d = d.plusDays(1);
            while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY || HOLIDAYS.contains(d)) {
                d = d.plusDays(1);
            }
        }
        return d;
    }
}
