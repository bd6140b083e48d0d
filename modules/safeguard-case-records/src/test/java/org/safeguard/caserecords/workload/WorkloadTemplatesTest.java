package org.safeguard.caserecords.workload;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
import org.safeguard.caserecords.api.CaseStage;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.model.AuthoritySettings;
import org.safeguard.caserecords.web.CaseHeader;
import org.safeguard.platform.api.web.Paging;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.organisation.TeamType;
import org.safeguard.platform.api.security.Role;
import org.safeguard.platform.api.web.FormErrors;

/**
 * Renders the workload templates as the web host does (same value resolvers, lenient eq, date
 * helpers, the sg/ partials' stand-ins), so a typo in a template fails the build, not a page.
 */
class WorkloadTemplatesTest {

    private final Handlebars handlebars = new Handlebars(new ClassPathTemplateLoader("/templates", ".hbs"));

    WorkloadTemplatesTest() {
        handlebars.registerHelper("eq", (Object a, Options o) -> {
            Object b = o.param(0, null);
            return Objects.equals(a, b) || (a != null && b != null && String.valueOf(a).equals(String.valueOf(b)));
        });
        handlebars.registerHelper("date", (Object value, Options o) ->
                value == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format((TemporalAccessor) value));
    }

    private String render(String template, Map<String, Object> model) throws IOException {
        model.put("csrfToken", "token-123");
        Context context = Context.newBuilder(model)
                .resolver(MapValueResolver.INSTANCE, JavaBeanValueResolver.INSTANCE,
                        MethodValueResolver.INSTANCE, FieldValueResolver.INSTANCE)
                .build();
        return handlebars.compile(template).apply(context);
    }

    private static final Team FENLAND = new Team(100, 1, 14L, "Fenland Family Safeguarding team 1", TeamType.FAMILY_SAFEGUARDING);

    @Test
    void theAllocationPageShowsHistoryAndTheFormWithErrors() throws IOException {
        ChildCase child = new ChildCase(7, 1, 14, 3, "Smith", 4, "Amy Smith", LocalDate.of(2019, 3, 2),
                CaseStage.ASSESSMENT, LocalDate.of(2026, 9, 1), null, 100L, 1L, null);
        Map<String, Object> model = new HashMap<>();
        model.put("recordHeader", CaseHeader.model(child, CaseHeader.Section.ALLOCATION, null, null));
        model.put("current", Map.of("teamName", FENLAND.name(), "leadName", "Sam Jones", "since", LocalDate.of(2026, 10, 1)));
        model.put("history", List.of(new AllocationPages.HistoryRow("Sam Jones", "Lead worker", FENLAND.name(), "Fenland",
                LocalDate.of(2026, 10, 1), null, "New referral", "Alex Manager")));
        model.put("canAllocate", true);
        model.put("mayAllocate", true);
        model.put("open", true);
        model.put("caseId", 7L);
        model.put("teams", List.of(Map.of("value", "100", "label", FENLAND.name(), "inputId", "teamId", "checked", true)));
        List<AllocationForm.TeamOption> options = List.of(new AllocationForm.TeamOption(FENLAND,
                List.of(new CaseHolder(1, "Sam Jones", Role.SOCIAL_WORKER, BigDecimal.ONE))));
        model.put("leadGroups", AllocationPages.workerGroups(options, "100", "1"));
        model.put("coWorkerGroups", AllocationPages.workerGroups(options, "100", ""));
        model.put("form", new AllocationForm("100", "1", "", "25", "11", "2026", "<b>again</b>", "3").values());
        model.put("reasonMax", 300);
        model.put("errors", new FormErrors().add("leadWorkerId",
                "This case is already allocated to Sam Jones in Fenland Family Safeguarding team 1").toModel());
        String html = render(AllocationPages.TEMPLATE, model);
        assertTrue(html.contains("<a href=\"#leadWorkerId\">This case is already allocated to Sam Jones in Fenland Family Safeguarding team 1</a>"));
        assertTrue(html.contains("id=\"leadWorkerId-error\""));
        assertTrue(html.contains("<option value=\"1\" selected>Sam Jones, Social worker</option>"));
        assertTrue(html.contains("<optgroup label=\"Fenland Family Safeguarding team 1\">"));
        assertTrue(html.contains("name=\"_csrf\" value=\"token-123\""));
        assertTrue(html.contains("name=\"version\" value=\"3\""));
        assertTrue(html.contains("&lt;b&gt;again&lt;/b&gt;</textarea>"));
        assertTrue(html.contains("Reallocate case"));
        assertTrue(html.contains("1 October 2026"));
        assertTrue(html.contains(">Now<"));
        assertTrue(html.contains("Amy Smith"), "the case header");
        assertTrue(html.contains("aria-current=\"page\" href=\"/cases/7/allocation\""));
    }

    @Test
    void theCaseloadShowsTagsTotalsAndTheUnallocatedLink() throws IOException {
        Caseload load = Caseload.of(List.of(new CaseHolder(1, "Sam Jones", Role.SOCIAL_WORKER, new BigDecimal("0.5"))),
                Map.of(1L, 11), Map.of(), 20, id -> "x");
        Map<String, Object> model = new HashMap<>();
        model.put("team", FENLAND);
        model.put("casesPerFte", 20);
        model.put("workers", load.workers());
        model.put("totals", load.totals());
        model.put("unallocated", 3L);
        model.put("otherTeams", List.of());
        model.put("worker", Map.of("id", 1L, "name", "Sam Jones", "cases", List.of(
                Map.of("row", new CaseRow(5, 1, 14, "Amy Smith", CaseStage.CHILD_PROTECTION, LocalDate.of(2026, 6, 1), 1L, null, true),
                        "role", "Lead worker"),
                Map.of("row", new CaseRow(6, 1, 15, null, CaseStage.ASSESSMENT, LocalDate.of(2026, 6, 2), 1L, null, false),
                        "role", "Lead worker"))));
        model.put("paging", new Paging(1, 25, 2).model("/cases/teams/100/caseload?worker=1&"));
        String html = render(CaseloadPages.CASELOAD, model);
        assertTrue(html.contains("<strong class=\"govuk-tag govuk-tag--red\">Over guide</strong>"));
        assertTrue(html.contains(">110%<"));
        assertTrue(html.contains("href=\"/cases/teams/100/unallocated\">3 unallocated open cases</a>"));
        assertTrue(html.contains("href=\"/cases/5\">Amy Smith</a>"));
        assertTrue(html.contains("Case in a district you cannot see"));
        assertTrue(html.contains("Showing 1 to 2 of 2"));
        assertTrue(html.contains("<caption"));
    }

    @Test
    void theWorkTrayShowsSectionsWithTheRestALinkAway() throws IOException {
        WorkTray.Entry overdue = new WorkTray.Entry(WorkTray.Section.OVERDUE, "Assessment", "Single assessment due", 5L,
                "Amy Smith", true, LocalDate.of(2026, 11, 20), "5 days overdue", "Sam Jones", "/cases/5");
        WorkTray.Entry hidden = new WorkTray.Entry(WorkTray.Section.DUE_SOON, "CP visit", "Child protection visit due", 6L,
                null, false, LocalDate.of(2026, 11, 27), "In 2 working days", "Sam Jones", null);
        Map<String, Object> model = new HashMap<>();
        model.put("team", FENLAND);
        model.put("mayAllocate", true);
        model.put("otherTeams", List.of());
        model.put("failedSources", List.of("fostering"));
        model.put("horizon", LocalDate.of(2026, 12, 2));
        model.put("sections", List.of(
                new WorkTrayPages.SectionView("overdue", "Overdue", "Due", List.of(overdue), 141, 140,
                        "/cases/work-tray?team=100&section=overdue&page=1", "Nothing is overdue."),
                new WorkTrayPages.SectionView("due-soon", "Due in the next 5 working days", "Due", List.of(hidden), 1, 0,
                        "x", "Nothing is due."),
                new WorkTrayPages.SectionView("sign-off", "Awaiting sign-off", "Completed", List.of(), 0, 0, "x",
                        "No assessments are waiting for sign-off.")));
        String html = render(WorkTrayPages.TEMPLATE, model);
        assertTrue(html.contains("and 140 more."));
        // Handlebars escapes '=' as &#x3D;: the browser reads the same URL.
        assertTrue(html.contains("href=\"/cases/work-tray?team&#x3D;100&amp;section&#x3D;overdue&amp;page&#x3D;1\""));
        assertTrue(html.contains("<strong class=\"govuk-tag govuk-tag--red\">5 days overdue</strong>"));
        assertTrue(html.contains("Case in a district you cannot see"));
        assertTrue(html.contains("No assessments are waiting for sign-off."));
        assertTrue(html.contains("Due today or by 2 December 2026."));
        assertTrue(html.contains("Missing: fostering."));
        assertTrue(html.contains("aria-labelledby=\"section-overdue\""));
        assertFalse(html.contains("and 0 more"));

        model.put("section", model.get("sections") instanceof List<?> l ? l.get(0) : null);
        model.put("overviewHref", "/cases/work-tray?team=100");
        model.put("paging", new Paging(2, 25, 141).model("/cases/work-tray?team=100&section=overdue&"));
        String section = render(WorkTrayPages.SECTION_TEMPLATE, model);
        assertTrue(section.contains("<h1 class=\"govuk-heading-l\" id=\"section-overdue\">Overdue</h1>"));
        assertTrue(section.contains("Showing 26 to 50 of 141"));
        assertTrue(section.contains("Amy Smith"));
    }

    @Test
    void theUnallocatedListLinksToAllocation() throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("team", FENLAND);
        model.put("districtNames", List.of("Fenland"));
        model.put("cases", List.of(Map.of("row", new CaseRow(8, 1, 14, "Gus Waiting", CaseStage.ASSESSMENT,
                LocalDate.of(2026, 11, 2), null, null, true), "districtName", "Fenland")));
        model.put("paging", new Paging(1, 25, 1).model("/cases/teams/100/unallocated?"));
        String html = render(CaseloadPages.UNALLOCATED, model);
        assertTrue(html.contains("href=\"/cases/8/allocation\">Gus Waiting"));
        assertTrue(html.contains("Open cases nobody holds in Fenland"));
    }

    @Test
    void theSettingsFormShowsCurrentValuesAndErrors() throws IOException {
        SettingsForm form = new SettingsForm("20", "35", "42", "5");
        Map<String, Object> model = new HashMap<>();
        model.put("current", AuthoritySettings.defaults(1));
        model.put("form", form.values());
        model.put("cpVisitDaysMax", 28);
        model.put("errors", form.validate().toModel());
        String html = render(SettingsPages.TEMPLATE, model);
        assertTrue(html.contains("<a href=\"#cpVisitIntervalDays\">Child protection visits must be between 1 and 28</a>"));
        assertTrue(html.contains("id=\"cpVisitIntervalDays\" name=\"cpVisitIntervalDays\" type=\"text\" inputmode=\"numeric\" spellcheck=\"false\" value=\"35\""));
        assertTrue(html.contains("At least every 28 days"));
        assertTrue(html.contains("at least every 4 weeks"));
        assertFalse(html.contains("casesPerFte-error"));
    }
}
