package org.safeguard.caserecords.restructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Options;
import com.github.jknack.handlebars.context.FieldValueResolver;
import com.github.jknack.handlebars.context.JavaBeanValueResolver;
import com.github.jknack.handlebars.context.MapValueResolver;
import com.github.jknack.handlebars.context.MethodValueResolver;
import com.github.jknack.handlebars.io.ClassPathTemplateLoader;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.CaseRecordsModule;
import org.safeguard.caserecords.FakeOrganisation;
import org.safeguard.caserecords.model.Allocation;
import org.safeguard.caserecords.model.CaseRecord;
import org.safeguard.caserecords.model.Family;
import org.safeguard.caserecords.model.Person;
import org.safeguard.platform.api.audit.AuditEvent;
import org.safeguard.platform.api.persistence.Transactions;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.Role;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.api.web.HttpMethod;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.WebRequest;
import org.safeguard.platform.testing.TestDatabase;

/**
 * The restructure pages driven as the web host drives them, and rendered with their real
 * templates: check, confirm, do, redirect; refusals re-show the form and save nothing.
 */
class RestructurePagesTest {

    static final long CCC = 1, PCC = 2, FENLAND = 14, HUNTS = 15, PETERBOROUGH = 20;
    static final long FENLAND_TEAM = 100, HUNTS_TEAM = 101, PCC_TEAM = 200;
    static final long LUCY = 500, HANNAH = 503, CLINICIAN = 504, ADMIN = 900;

    private static TestDatabase db;
    private static FakeOrganisationChanges organisation;
    private static RestructurePages pages;
    private static final List<AuditEvent> AUDITED = new ArrayList<>();
    private static final Handlebars HANDLEBARS = new Handlebars(new ClassPathTemplateLoader("/templates", ".hbs"));
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final CurrentUser admin = new CurrentUser(ADMIN, "cambs.admin", "Alison Marsh", CCC, "Cambridgeshire",
            null, null, Set.of(1L), Set.of(Role.AUTHORITY_ADMINISTRATOR), Set.of(CaseRecordsModule.RESTRUCTURE));

    @BeforeAll
    static void seed() {
        db = TestDatabase.create("restructure-pages", "db/case-records/changelog.xml");
        FakeOrganisation teams = new FakeOrganisation()
                .team(FENLAND_TEAM, CCC, FENLAND, "Fenland Family Safeguarding team 1")
                .team(HUNTS_TEAM, CCC, HUNTS, "Huntingdonshire Family Safeguarding team 1")
                .team(PCC_TEAM, PCC, PETERBOROUGH, "Peterborough children's team")
                .member(LUCY, CCC, "Lucy Fenwick", "1.0", FENLAND_TEAM, Role.SOCIAL_WORKER)
                .member(HANNAH, CCC, "Hannah Greaves", "1.0", HUNTS_TEAM, Role.SOCIAL_WORKER)
                .member(CLINICIAN, CCC, "Eleanor Vance", "0.5", HUNTS_TEAM, Role.CLINICIAN);
        organisation = new FakeOrganisationChanges(teams)
                .district(FENLAND, CCC, "Fenland")
                .district(HUNTS, CCC, "Huntingdonshire")
                .district(PETERBOROUGH, PCC, "Peterborough");
        CouncilClock clock = new CouncilClock(Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
        pages = new RestructurePages(db.factory(), new RestructureServiceTest.RecordingAuditLog(AUDITED), organisation,
                organisation, clock);
        HANDLEBARS.registerHelper("eq", (Object a, Options o) -> Objects.equals(String.valueOf(a), String.valueOf((Object) o.param(0))));
        HANDLEBARS.registerHelper("date", (Object value, Options o) ->
                DateTimeFormatter.ofPattern("d MMMM yyyy").format(temporal(value)));
        HANDLEBARS.registerHelper("dateTime", (Object value, Options o) ->
                DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm").format(temporal(value)));
        LocalDateTime now = LocalDateTime.of(2026, 1, 10, 9, 0);
        for (int i = 0; i < 2; i++) {
            Transactions.run(db.factory(), em -> {
                Family family = new Family(CCC, FENLAND, "Smith", "1 Station Road", null, "March", "PE15 8AA", now);
                em.persist(family);
                Person child = new Person(CCC, Person.Kind.CHILD, "Amy", "Smith", LocalDate.of(2019, 3, 2),
                        Person.Gender.FEMALE, null, now, null);
                em.persist(child);
                em.flush();
                CaseRecord record = new CaseRecord(CCC, FENLAND, family.id(), child.id(), LocalDate.of(2026, 1, 10));
                record.allocate(FENLAND_TEAM, LUCY, null);
                em.persist(record);
                em.flush();
                em.persist(new Allocation(record.id(), LUCY, "Lucy Fenwick", FENLAND_TEAM,
                        "Fenland Family Safeguarding team 1", FENLAND, Allocation.Role.LEAD, LocalDate.of(2026, 1, 10),
                        null, 7L, "Team Manager"));
            });
        }
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    private static TemporalAccessor temporal(Object value) {
        return value instanceof Instant instant ? instant.atZone(LONDON) : (TemporalAccessor) value;
    }

    private PageResult call(HttpMethod method, String path, Map<String, String> form, Map<String, String> query) throws Exception {
        Route route = pages.routes().stream().filter(r -> r.method() == method && r.path().equals(path)).findFirst()
                .orElseThrow();
        assertEquals(CaseRecordsModule.RESTRUCTURE, route.permission());
        return route.handler().handle(new Request(method, path, admin, form, query));
    }

    private static String render(PageResult.Page page) throws IOException {
        Map<String, Object> model = new HashMap<>(page.model());
        model.put("csrfToken", "token-123");
        Context context = Context.newBuilder(model)
                .resolver(MapValueResolver.INSTANCE, JavaBeanValueResolver.INSTANCE,
                        MethodValueResolver.INSTANCE, FieldValueResolver.INSTANCE)
                .build();
        return HANDLEBARS.compile(page.template()).apply(context);
    }

    private static Map<String, String> form(String... pairs) {
        Map<String, String> form = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    private static long allocationRows() {
        return Transactions.read(db.factory(), em -> em.createQuery("SELECT COUNT(a) FROM Allocation a", Long.class)
                .getSingleResult());
    }

    private static long restructureRows() {
        return Transactions.read(db.factory(), em -> em.createQuery("SELECT COUNT(r) FROM RestructureRecord r", Long.class)
                .getSingleResult());
    }

    @Test
    void theFormsRenderWithTodayAsTheDefaultDate() throws Exception {
        for (String slug : List.of("move", "merge", "reassign")) {
            PageResult.Page page = assertInstanceOf(PageResult.Page.class,
                    call(HttpMethod.GET, "/cases/restructure/" + slug, Map.of(), Map.of()));
            String html = render(page);
            assertTrue(html.contains("name=\"_csrf\" value=\"token-123\""), slug);
            assertTrue(html.contains("id=\"effectiveOnDay\" name=\"effectiveOnDay\" type=\"text\" inputmode=\"numeric\" value=\"25\""), slug);
            assertTrue(html.contains("For example, 25 11 2026"), slug);
            assertFalse(html.contains("Peterborough children"), slug + " offers another authority's team");
        }
    }

    @Test
    void aMoveIsShownBackThenDoneOnConfirmThenListed() throws Exception {
        Map<String, String> move = form("team", Long.toString(FENLAND_TEAM), "district", Long.toString(HUNTS),
                "effectiveOnDay", "1", "effectiveOnMonth", "11", "effectiveOnYear", "2026");
        long rows = allocationRows();

        PageResult.Page check = assertInstanceOf(PageResult.Page.class,
                call(HttpMethod.POST, "/cases/restructure/move", move, Map.of()));
        assertEquals(200, check.status());
        assertEquals("case-records/restructure/confirm", check.template());
        String html = render(check);
        assertTrue(html.contains("This will move 2 open cases with Fenland Family Safeguarding team 1 to Huntingdonshire."), html);
        assertTrue(html.contains("2 of the team&#x27;s open cases are of families living outside Huntingdonshire"), html);
        assertTrue(html.contains("<input type=\"hidden\" name=\"team\" value=\"" + FENLAND_TEAM + "\">"));
        assertTrue(html.contains("name=\"confirm\" value=\"yes\""));
        assertEquals(rows, allocationRows(), "nothing is done before it is confirmed");

        Map<String, String> confirmed = new HashMap<>(move);
        confirmed.put("confirm", "yes");
        PageResult done = call(HttpMethod.POST, "/cases/restructure/move", confirmed, Map.of());
        assertEquals(new PageResult.Redirect("/cases/restructure?done=moved"), done);
        assertEquals(rows + 2, allocationRows());
        assertEquals(Long.valueOf(HUNTS), organisation.team(FENLAND_TEAM).orElseThrow().districtId());

        PageResult.Page list = assertInstanceOf(PageResult.Page.class,
                call(HttpMethod.GET, "/cases/restructure", Map.of(), Map.of("done", "moved")));
        String listed = render(list);
        assertTrue(listed.contains("govuk-notification-banner--success"));
        assertTrue(listed.contains("Team moved"));
        assertTrue(listed.contains("Fenland Family Safeguarding team 1 moved from Fenland to Huntingdonshire."));
        assertTrue(listed.contains("1 November 2026"));
        assertTrue(listed.contains("Alison Marsh, 25 November 2026, 10:00"));
    }

    @Test
    void badChoicesComeBackWithMessagesAndSaveNothing() throws Exception {
        long rows = allocationRows();
        PageResult.Page page = assertInstanceOf(PageResult.Page.class, call(HttpMethod.POST, "/cases/restructure/merge",
                form("fromTeam", Long.toString(PCC_TEAM), "intoTeam", "abc",
                        "effectiveOnDay", "26", "effectiveOnMonth", "11", "effectiveOnYear", "2026", "confirm", "yes"),
                Map.of()));
        assertEquals(400, page.status());
        String html = render(page);
        assertTrue(html.contains("<a href=\"#fromTeam\">Select the team that is closing</a>"), "another authority's team is no choice");
        assertTrue(html.contains("<a href=\"#intoTeam\">Select the team it merges into</a>"));
        assertTrue(html.contains("<a href=\"#effectiveOnDay\">Date the change takes effect must be today or in the past</a>"));
        assertTrue(html.contains("value=\"26\""), "what was typed is kept");

        PageResult.Page tooOld = assertInstanceOf(PageResult.Page.class, call(HttpMethod.POST, "/cases/restructure/move",
                form("team", Long.toString(HUNTS_TEAM), "district", Long.toString(HUNTS),
                        "effectiveOnDay", "1", "effectiveOnMonth", "1", "effectiveOnYear", "2025"), Map.of()));
        String tooOldHtml = render(tooOld);
        assertTrue(tooOldHtml.contains("The date the change takes effect must be within the last year"));
        assertTrue(tooOldHtml.contains("is already in Huntingdonshire"));
        assertEquals(rows, allocationRows());
    }

    @Test
    void reassigningToAClinicianIsRefusedOnTheFormAndSavesNothing() throws Exception {
        long rows = allocationRows();
        long restructures = restructureRows();
        PageResult.Page page = assertInstanceOf(PageResult.Page.class, call(HttpMethod.POST, "/cases/restructure/reassign",
                form("fromWorker", Long.toString(LUCY), "toWorker", Long.toString(CLINICIAN), "toTeam", Long.toString(HUNTS_TEAM),
                        "reason", "Left the authority", "coWorkerCases", "yes",
                        "effectiveOnDay", "1", "effectiveOnMonth", "11", "effectiveOnYear", "2026", "confirm", "yes"),
                Map.of()));
        assertEquals(400, page.status());
        String html = render(page);
        assertTrue(html.contains("Eleanor Vance does not hold cases in Huntingdonshire Family Safeguarding team 1"), html);
        assertTrue(html.contains("id=\"coWorkerCases\" name=\"coWorkerCases\" type=\"checkbox\" value=\"yes\" checked"));
        assertTrue(html.contains("value=\"Left the authority\""));
        assertEquals(rows, allocationRows());
        assertEquals(restructures, restructureRows());
        Long lead = Transactions.read(db.factory(), em -> em.createQuery(
                "SELECT COUNT(c) FROM CaseRecord c WHERE c.leadWorkerId = :lucy", Long.class)
                .setParameter("lucy", LUCY).getSingleResult());
        assertEquals(2L, lead);
    }

    @Test
    void anUnfinishedRestructureSaysWhatToDoAndOffersToTryAgain() throws Exception {
        PageResult.Page page = new PageResult.Page("case-records/restructure/unfinished", "Merge two teams: not finished",
                new HashMap<>(Map.of("heading", "Merge two teams: not finished",
                        "message", "The open cases of A are now in B, but A could not be retired.",
                        "action", "/cases/restructure/merge",
                        "hidden", List.of(Map.of("name", "fromTeam", "value", "100")))), 500);
        String html = render(page);
        assertTrue(html.contains("The restructure is not finished"));
        assertTrue(html.contains("<input type=\"hidden\" name=\"fromTeam\" value=\"100\">"));
        assertTrue(html.contains("name=\"confirm\" value=\"yes\">Try again</button>"));
    }

    private record Request(HttpMethod method, String path, CurrentUser user, Map<String, String> fields,
                           Map<String, String> queries) implements WebRequest {
        @Override public String pathParam(String name) { return null; }
        @Override public Optional<String> query(String name) { return Optional.ofNullable(queries.get(name)); }

        @Override
        public Optional<String> form(String name) {
            return Optional.ofNullable(fields.get(name)).map(String::trim).filter(v -> !v.isEmpty());
        }

        @Override public List<String> formValues(String name) { return form(name).map(List::of).orElse(List.of()); }
        @Override public String remoteAddress() { return "10.0.0.1"; }
        @Override public String csrfToken() { return "token-123"; }
    }
}
