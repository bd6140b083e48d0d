package org.safeguard.platform.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.context.JavaBeanValueResolver;
import com.github.jknack.handlebars.context.MapValueResolver;
import com.github.jknack.handlebars.context.MethodValueResolver;
import com.github.jknack.handlebars.io.ClassPathTemplateLoader;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.audit.AuditEntry;
import org.safeguard.platform.api.audit.AuditEvent;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.organisation.Authority;
import org.safeguard.platform.api.persistence.Transactions;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.Role;
import org.safeguard.platform.api.web.HttpMethod;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.WebRequest;
import org.safeguard.platform.identity.PlatformModule;
import org.safeguard.platform.identity.TestDatabase;
import org.safeguard.platform.identity.demo.DemoCountyPlan;
import org.safeguard.platform.identity.entity.SessionEntity;

/** The organisation pages driven as the web host would, rendered with their real templates. */
class OrganisationPagesTest {

    private static TestDatabase db;
    private static final List<AuditEvent> AUDITED = new ArrayList<>();
    private static OrganisationRoutes routes;
    private static final Handlebars HANDLEBARS = new Handlebars(new ClassPathTemplateLoader("/templates", ".hbs"));

    @BeforeAll
    static void pages() throws Exception {
        db = TestDatabase.get();
        routes = new OrganisationRoutes(db.directory, db.administration, db.catalogue, new RecordingAuditLog());
    }

    private static CurrentUser as(String username) {
        return db.authentication.currentUser(db.userId(username), null);
    }

    private static long authorityId(String code) {
        return db.directory.authorities().stream().filter(a -> a.code().equals(code)).map(Authority::id).findFirst().orElseThrow();
    }

    private static PageResult call(HttpMethod method, String path, CurrentUser user, Map<String, String> query,
                                   Map<String, List<String>> form) throws Exception {
        Route route = routes.routes().stream().filter(r -> r.method() == method && r.path().equals(path)).findFirst().orElseThrow();
        assertTrue(user.hasPermission(route.permission()), user.username() + " may not " + method + " " + path);
        return route.handler().handle(new FakeRequest(method, path, user, query, form, Map.of()));
    }

    private static PageResult callFor(HttpMethod method, String path, long id, CurrentUser user) throws Exception {
        Route route = routes.routes().stream().filter(r -> r.method() == method && r.path().equals(path)).findFirst().orElseThrow();
        assertTrue(user.hasPermission(route.permission()), user.username() + " may not " + method + " " + path);
        return route.handler().handle(new FakeRequest(method, path, user, Map.of(), Map.of(), Map.of("id", Long.toString(id))));
    }

    private static long sessionsOf(long accountId) {
        return Transactions.read(db.emf, em -> em.createQuery(
                        "select count(s) from SessionEntity s where s.accountId = :id", Long.class)
                .setParameter("id", accountId).getSingleResult());
    }

    private static String render(PageResult result, CurrentUser user) throws IOException {
        PageResult.Page page = assertInstanceOf(PageResult.Page.class, result);
        Map<String, Object> model = new HashMap<>(page.model());
        model.put("csrfToken", "test-csrf");
        model.put("user", user);
        return HANDLEBARS.compile(page.template()).apply(Context.newBuilder(model)
                .resolver(MapValueResolver.INSTANCE, JavaBeanValueResolver.INSTANCE, MethodValueResolver.INSTANCE).build());
    }

    @Test
    void anAuthorityAdministratorSeesTheirOwnDistrictsTeamsAndStaff() throws Exception {
        CurrentUser admin = as("cambs.admin");
        PageResult result = call(HttpMethod.GET, "/admin/organisation", admin, Map.of(), Map.of());
        String html = render(result, admin);

        assertTrue(html.contains("Cambridgeshire County Council"));
        assertTrue(html.contains("Fenland Family Safeguarding team 1"));
        assertTrue(html.contains("Karen Holbeach"));
        assertTrue(html.contains("Authority-wide teams"));
        assertTrue(html.contains(">0.5<"), "the clinician's FTE");
        assertTrue(html.contains("href=\"/admin/users/new\""));
        assertFalse(html.contains("Emily Bretton"), "Peterborough staff are not Cambridgeshire's to see");
        assertEquals("organisation.view", AUDITED.get(AUDITED.size() - 1).action());
    }

    @Test
    void onlyASystemAdministratorMayLookAtAnotherAuthority() throws Exception {
        String peterborough = Long.toString(authorityId("PCC"));
        PageResult refused = call(HttpMethod.GET, "/admin/organisation", as("cambs.admin"), Map.of("authority", peterborough), Map.of());
        assertEquals(403, assertInstanceOf(PageResult.Error.class, refused).status());

        CurrentUser sysadmin = as("sysadmin");
        String html = render(call(HttpMethod.GET, "/admin/organisation", sysadmin, Map.of("authority", peterborough), Map.of()), sysadmin);
        assertTrue(html.contains("Emily Bretton"));
        assertTrue(html.contains("<option value=\"" + peterborough + "\" selected>"));
    }

    @Test
    void aBadNewUserIsShownAgainWithEveryErrorAndNothingSaved() throws Exception {
        CurrentUser admin = as("cambs.admin");
        long peterboroughTeam = db.directory.teams(authorityId("PCC")).get(0).id();
        Map<String, List<String>> form = Map.of("username", List.of("fenland.sw"), "displayName", List.of("Someone"),
                "team", List.of(Long.toString(peterboroughTeam)), "role", List.of("SOCIAL_WORKER"),
                "fte", List.of("1.5"), "password", List.of("long-enough-password"));
        long before = db.directory.staff(authorityId("CCC")).size();

        PageResult result = call(HttpMethod.POST, "/admin/users/new", admin, Map.of(), form);
        PageResult.Page page = assertInstanceOf(PageResult.Page.class, result);
        assertEquals(400, page.status());
        String html = render(result, admin);
        assertTrue(html.contains("govuk-error-summary"));
        assertTrue(html.contains("<a href=\"#username\">A user with that username already exists</a>"));
        assertTrue(html.contains("<a href=\"#team\">Select a team in your authority</a>"));
        assertTrue(html.contains("<a href=\"#fte\">Full-time equivalent must be between 0.1 and 1.0</a>"));
        assertTrue(html.contains("value=\"Someone\""), "what was typed is kept");
        assertTrue(html.contains("name=\"_csrf\" value=\"test-csrf\""));
        assertFalse(html.contains("long-enough-password"));
        assertEquals(before, db.directory.staff(authorityId("CCC")).size());
    }

    @Test
    void aGoodNewUserIsSavedAuditedAndCanSignIn() throws Exception {
        CurrentUser admin = as("cambs.admin");
        String html = render(call(HttpMethod.GET, "/admin/users/new", admin, Map.of(), Map.of()), admin);
        assertFalse(html.contains(Role.SYSTEM_ADMINISTRATOR.name()), "only a system administrator makes another");
        long fenlandTeam = db.directory.teams(authorityId("CCC")).stream()
                .filter(t -> t.name().equals("Fenland Assessment team")).findFirst().orElseThrow().id();
        Map<String, List<String>> form = Map.of("username", List.of("Fenland.Newstarter"), "displayName", List.of("Noor Chatteris"),
                "team", List.of(Long.toString(fenlandTeam)), "role", List.of("SOCIAL_WORKER"),
                "fte", List.of("0.8"), "password", List.of("welcome-to-fenland"));

        PageResult result = call(HttpMethod.POST, "/admin/users/new", admin, Map.of(), form);

        assertEquals("/admin/organisation", assertInstanceOf(PageResult.Redirect.class, result).location());
        AuditEvent event = AUDITED.get(AUDITED.size() - 1);
        assertEquals("user.create", event.action());
        assertFalse(event.detail().contains("welcome-to-fenland"));
        assertTrue(db.authentication.authenticate("fenland.newstarter", "welcome-to-fenland", "127.0.0.1").succeeded());
    }

    @Test
    void permissionsAreShownAsTheyApplyAndSavedWithOneAuditEntry() throws Exception {
        // the system administrator, on Peterborough: other tests change Peterborough's grants too
        CurrentUser admin = as("sysadmin");
        String peterborough = Long.toString(authorityId("PCC"));
        db.restoreDefaultGrants(authorityId("PCC"));
        String html = render(call(HttpMethod.GET, "/admin/permissions", admin, Map.of("authority", peterborough), Map.of()), admin);
        assertTrue(html.contains("Peterborough City Council"));
        String managerCanView = "value=\"" + PlatformModule.ORGANISATION_VIEW + "|TEAM_MANAGER\" checked";
        assertTrue(html.contains(managerCanView));
        assertFalse(html.contains("Permissions saved"));

        int audited = AUDITED.size();
        Map<String, List<String>> form = Map.of("authority", List.of(peterborough), "grant", List.of(
                PlatformModule.ORGANISATION_VIEW + "|AUTHORITY_ADMINISTRATOR",
                PlatformModule.PERMISSIONS_MANAGE + "|AUTHORITY_ADMINISTRATOR",
                PlatformModule.ORGANISATION_VIEW + "|SENIOR_SOCIAL_WORKER",
                "nonsense", "platform.audit.view|NO_SUCH_ROLE"));
        PageResult saved = call(HttpMethod.POST, "/admin/permissions", admin, Map.of(), form);
        assertEquals("/admin/permissions?saved=1&authority=" + peterborough,
                assertInstanceOf(PageResult.Redirect.class, saved).location(), "post/redirect/get");
        String after = render(call(HttpMethod.GET, "/admin/permissions", admin,
                Map.of("authority", peterborough, "saved", "1"), Map.of()), admin);

        assertTrue(after.contains("Permissions saved"));
        assertFalse(after.contains(managerCanView));
        assertTrue(after.contains("value=\"" + PlatformModule.ORGANISATION_VIEW + "|SENIOR_SOCIAL_WORKER\" checked"));
        assertEquals(audited + 1, AUDITED.size());
        AuditEvent event = AUDITED.get(audited);
        assertEquals("permissions.save", event.action());
        assertEquals(authorityId("PCC"), event.authorityId(), "filed under the authority changed, not the actor's");
        assertTrue(event.detail().contains("Granted: platform.organisation.view to SENIOR_SOCIAL_WORKER"), event.detail());
        assertTrue(as("shabana.akhtar").hasPermission(PlatformModule.ORGANISATION_VIEW));
        assertTrue(after.contains("value=\"" + PlatformModule.PERMISSIONS_MANAGE + "|SYSTEM_ADMINISTRATOR\" checked disabled"),
                "the system administrator's right to manage permissions cannot be taken away");
        db.restoreDefaultGrants(authorityId("PCC"));
    }

    @Test
    void anAuthorityAdministratorCannotGrantPlatformPowersOrChangeTheSystemAdministratorColumn() throws Exception {
        CurrentUser admin = as("cambs.admin");
        long cambs = authorityId("CCC");
        db.restoreDefaultGrants(cambs);
        try {
            String html = render(call(HttpMethod.GET, "/admin/permissions", admin, Map.of(), Map.of()), admin);
            assertTrue(html.contains("value=\"" + PlatformModule.MODULES_UNINSTALL
                    + "|AUTHORITY_ADMINISTRATOR\" disabled aria-describedby=\"system-administrator-only-hint\""), html);
            assertTrue(html.contains("value=\"" + PlatformModule.AUDIT_VIEW
                    + "|SYSTEM_ADMINISTRATOR\" checked disabled aria-describedby=\"system-administrator-only-hint\""));
            assertTrue(html.contains("Only a system administrator can change"));
            assertTrue(html.contains("value=\"" + PlatformModule.AUDIT_VIEW + "|TEAM_MANAGER\">"), "other cells stay editable");

            // the administrator's own defaults, plus the platform-wide power, minus the system administrator's view
            List<String> grants = new ArrayList<>();
            for (var definition : db.catalogue.definitions()) {
                definition.defaultRoles().stream().filter(r -> r != Role.SYSTEM_ADMINISTRATOR)
                        .forEach(r -> grants.add(definition.id() + "|" + r.name()));
            }
            grants.add(PlatformModule.MODULES_UNINSTALL + "|AUTHORITY_ADMINISTRATOR");
            grants.add(PlatformModule.MODULES_UNINSTALL + "|TEAM_MANAGER");
            PageResult saved = call(HttpMethod.POST, "/admin/permissions", admin, Map.of(), Map.of("grant", grants));
            assertEquals("/admin/permissions?saved=1", assertInstanceOf(PageResult.Redirect.class, saved).location());

            assertFalse(as("cambs.admin").hasPermission(PlatformModule.MODULES_UNINSTALL));
            assertFalse(as("hunts.manager").hasPermission(PlatformModule.MODULES_UNINSTALL));
            CurrentUser sysadmin = as("sysadmin");
            assertTrue(sysadmin.hasPermission(PlatformModule.ORGANISATION_VIEW), "the system administrator column is kept");
            assertTrue(sysadmin.hasPermission(PlatformModule.MODULES_UNINSTALL));
            assertTrue(AUDITED.get(AUDITED.size() - 1).detail().contains("no changes"), AUDITED.get(AUDITED.size() - 1).detail());

            // a system administrator may change both
            PageResult bySysadmin = call(HttpMethod.POST, "/admin/permissions", sysadmin,
                    Map.of(), Map.of("authority", List.of(Long.toString(cambs)), "grant", grants));
            assertInstanceOf(PageResult.Redirect.class, bySysadmin);
            assertTrue(as("cambs.admin").hasPermission(PlatformModule.MODULES_UNINSTALL));
        } finally {
            db.restoreDefaultGrants(cambs);
        }
    }

    @Test
    void anAdministratorDeactivatesALeaverWhoIsSignedOutAtOnceAndCanBeReactivated() throws Exception {
        CurrentUser admin = as("cambs.admin");
        long leaver = db.userId("fenland.support");
        String path = "/admin/users/" + leaver + "/deactivate";
        String list = render(call(HttpMethod.GET, "/admin/organisation", admin, Map.of(), Map.of()), admin);
        assertTrue(list.contains("href=\"" + path + "\""));
        assertFalse(list.contains("href=\"/admin/users/" + admin.userId() + "/deactivate\""), "not oneself");
        assertFalse(list.contains("href=\"/admin/users/" + db.userId("sysadmin") + "/deactivate\""), "not a system administrator");

        String confirm = render(callFor(HttpMethod.GET, "/admin/users/{id}/deactivate", leaver, admin), admin);
        assertTrue(confirm.contains("action=\"" + path + "\""));
        assertTrue(confirm.contains("name=\"_csrf\" value=\"test-csrf\""));

        Transactions.run(db.emf, em -> em.persist(new SessionEntity("leaver-session-hash", leaver, "csrf",
                Instant.now(), Instant.now().plusSeconds(3600))));
        assertEquals(1, sessionsOf(leaver));
        assertEquals(403, assertInstanceOf(PageResult.Error.class,
                callFor(HttpMethod.POST, "/admin/users/{id}/deactivate", leaver, as("pboro.admin"))).status(),
                "another authority's administrator may not");
        assertEquals(403, assertInstanceOf(PageResult.Error.class,
                callFor(HttpMethod.POST, "/admin/users/{id}/deactivate", admin.userId(), admin)).status());

        PageResult done = callFor(HttpMethod.POST, "/admin/users/{id}/deactivate", leaver, admin);
        assertEquals("/admin/organisation", assertInstanceOf(PageResult.Redirect.class, done).location());
        assertEquals(0, sessionsOf(leaver), "signed out everywhere");
        assertFalse(db.directory.staffMember(leaver).orElseThrow().active());
        AuditEvent event = AUDITED.get(AUDITED.size() - 1);
        assertEquals("user.deactivate", event.action());
        assertEquals(authorityId("CCC"), event.authorityId());
        assertFalse(db.authentication.authenticate("fenland.support", DemoCountyPlan.PASSWORD, "127.0.0.1").succeeded());

        String after = render(call(HttpMethod.GET, "/admin/organisation", admin, Map.of(), Map.of()), admin);
        assertTrue(after.contains("govuk-tag--grey\">Deactivated</strong>"));
        assertTrue(after.contains("action=\"/admin/users/" + leaver + "/reactivate\""));

        CurrentUser sysadmin = as("sysadmin");
        assertInstanceOf(PageResult.Redirect.class, callFor(HttpMethod.POST, "/admin/users/{id}/reactivate", leaver, sysadmin));
        assertEquals("user.reactivate", AUDITED.get(AUDITED.size() - 1).action());
        assertTrue(db.authentication.authenticate("fenland.support", DemoCountyPlan.PASSWORD, "127.0.0.1").succeeded());
    }

    @Test
    void aSystemAdministratorsViewOfAnotherAuthorityIsFiledUnderThatAuthority() throws Exception {
        String peterborough = Long.toString(authorityId("PCC"));
        call(HttpMethod.GET, "/admin/organisation", as("sysadmin"), Map.of("authority", peterborough), Map.of());
        AuditEvent event = AUDITED.get(AUDITED.size() - 1);
        assertEquals("organisation.view", event.action());
        assertEquals(authorityId("PCC"), event.authorityId());
    }

    private record FakeRequest(HttpMethod method, String path, CurrentUser user, Map<String, String> queries,
                               Map<String, List<String>> fields, Map<String, String> params) implements WebRequest {
        @Override
        public String pathParam(String name) {
            return params.get(name);
        }

        @Override
        public Optional<String> query(String name) {
            return Optional.ofNullable(queries.get(name));
        }

        @Override
        public Optional<String> form(String name) {
            return fields.getOrDefault(name, List.of()).stream().map(String::trim).filter(v -> !v.isEmpty()).findFirst();
        }

        @Override
        public List<String> formValues(String name) {
            return fields.getOrDefault(name, List.of());
        }

        @Override
        public String remoteAddress() {
            return "127.0.0.1";
        }

        @Override
        public String csrfToken() {
            return "test-csrf";
        }
    }

    private static final class RecordingAuditLog implements AuditLog {
        @Override
        public AuditEntry record(AuditEvent event) {
            AUDITED.add(event);
            return new AuditEntry(AUDITED.size(), java.time.Instant.now(), event, "", "");
        }

        @Override
        public List<AuditEntry> recent(Long authorityId, int offset, int limit) {
            return List.of();
        }

        @Override
        public long count(Long authorityId) {
            return AUDITED.size();
        }

        @Override
        public AuditVerification verify() {
            return new AuditVerification(true, AUDITED.size(), null);
        }
    }
}
