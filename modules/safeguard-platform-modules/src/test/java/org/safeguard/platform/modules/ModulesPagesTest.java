package org.safeguard.platform.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.modules.ModuleInfo;
import org.safeguard.platform.api.modules.ModuleInfo.State;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.Role;
import org.safeguard.platform.api.web.HttpMethod;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.WebRequest;

class ModulesPagesTest {

    private static final CurrentUser CAMBS_ADMIN = new CurrentUser(5L, "cambs.admin", "Cambs Admin", 1L,
            "Cambridgeshire County Council", null, null, Set.of(), Set.of(Role.AUTHORITY_ADMINISTRATOR),
            Set.of(ModulesPages.MANAGE));
    private static final CurrentUser SYSADMIN = new CurrentUser(1L, "sysadmin", "Sys Admin", 1L,
            "Cambridgeshire County Council", null, null, Set.of(), Set.of(Role.SYSTEM_ADMINISTRATOR),
            Set.of(ModulesPages.MANAGE, ModulesPages.UNINSTALL));

    private final Fakes.Catalogue catalogue = new Fakes.Catalogue();
    private final Fakes.Enablements enablements = new Fakes.Enablements();
    private final ModulesPages pages = new ModulesPages(catalogue, enablements, Fakes.demoCounty());

    @BeforeEach
    void setUp() {
        catalogue.modules.add(new ModuleInfo("team-notices", "Team notices", "Notices for a team",
                "safeguard-module-team-notices", "0.1.0", State.INSTALLED));
        catalogue.modules.add(new ModuleInfo("reflection", "Reflection", "", "safeguard-module-reflection", "0.1.0", State.AVAILABLE));
    }

    private PageResult call(HttpMethod method, String path, WebRequest request) throws Exception {
        Route route = pages.routes().stream().filter(r -> r.method() == method && r.path().equals(path)).findFirst().orElseThrow();
        return route.handler().handle(request);
    }

    private PageResult save(FakeRequest request) throws Exception {
        return call(HttpMethod.POST, "/admin/modules/{id}/enablement", request);
    }

    @Test
    void enablingInSomeDistrictsSavesAndSaysSoOnTheList() throws Exception {
        PageResult result = save(new FakeRequest(HttpMethod.POST, CAMBS_ADMIN).path("id", "team-notices")
                .form("scope", "districts").form("districtIds", "14"));
        assertEquals(new PageResult.Redirect("/admin/modules?done=enabled&module=team-notices"), result);
        assertEquals(Set.of(14L), enablements.enablement("team-notices", 1).districtIds());

        PageResult list = call(HttpMethod.GET, "/admin/modules", new FakeRequest(HttpMethod.GET, CAMBS_ADMIN)
                .query("done", "enabled").query("module", "team-notices"));
        Map<String, Object> model = assertInstanceOf(PageResult.Page.class, list).model();
        assertEquals("Team notices is now enabled in Fenland", model.get("notice"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) model.get("modules");
        assertEquals("Fenland", rows.stream().filter(r -> r.get("id").equals("team-notices")).findFirst().orElseThrow().get("where"));
        assertEquals(false, rows.get(0).get("canUninstall"));
    }

    @Test
    void someDistrictsWithNoneTickedIsAnErrorOnThatField() throws Exception {
        PageResult result = save(new FakeRequest(HttpMethod.POST, CAMBS_ADMIN).path("id", "team-notices").form("scope", "districts"));
        PageResult.Page page = assertInstanceOf(PageResult.Page.class, result);
        assertEquals(400, page.status());
        @SuppressWarnings("unchecked")
        Map<String, String> byField = (Map<String, String>) ((Map<String, Object>) page.model().get("errors")).get("byField");
        assertEquals(Set.of("districtIds"), byField.keySet());
        assertTrue(enablements.byKey.isEmpty());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> errorsByField(PageResult.Page page) {
        return (Map<String, String>) ((Map<String, Object>) page.model().get("errors")).get("byField");
    }

    @Test
    void aDistrictOfAnotherAuthorityIsAnErrorOnTheFieldAndKeepsTheChoices() throws Exception {
        PageResult result = save(new FakeRequest(HttpMethod.POST, CAMBS_ADMIN).path("id", "team-notices")
                .form("scope", "districts").form("districtIds", "14", "21"));
        PageResult.Page page = assertInstanceOf(PageResult.Page.class, result);
        assertEquals(400, page.status());
        assertEquals(Map.of("districtIds", "Choose districts from the list"), errorsByField(page));
        assertTrue(enablements.byKey.isEmpty());

        String html = Templates.render(result);
        assertTrue(html.contains("type=\"checkbox\" value=\"14\" checked"), "Fenland stays ticked");
        assertTrue(html.contains("value=\"districts\" checked"));
        assertTrue(html.contains("href=\"#districtIds\">Choose districts from the list"));
    }

    @Test
    void aModuleThatIsNotInstalledCannotBeEnabled() throws Exception {
        PageResult result = save(new FakeRequest(HttpMethod.POST, CAMBS_ADMIN).path("id", "reflection").form("scope", "authority"));
        assertEquals(400, assertInstanceOf(PageResult.Page.class, result).status());
        assertTrue(enablements.byKey.isEmpty());
    }

    @Test
    void anUnknownModuleIsNotFound() throws Exception {
        assertEquals(PageResult.notFound(), call(HttpMethod.GET, "/admin/modules/{id}/enablement",
                new FakeRequest(HttpMethod.GET, CAMBS_ADMIN).path("id", "fostering")));
    }

    @Test
    void anAuthorityAdministratorCannotActOnAnotherAuthority() throws Exception {
        assertEquals(PageResult.forbidden(), save(new FakeRequest(HttpMethod.POST, CAMBS_ADMIN).path("id", "team-notices")
                .query("authority", "2").form("scope", "authority")));
        assertTrue(enablements.byKey.isEmpty());
    }

    @Test
    void aSystemAdministratorChoosesTheAuthority() throws Exception {
        PageResult result = save(new FakeRequest(HttpMethod.POST, SYSADMIN).path("id", "team-notices")
                .form("authority", "2").form("scope", "authority"));
        assertEquals(new PageResult.Redirect("/admin/modules?done=enabled&module=team-notices&authority=2"), result);
        assertTrue(enablements.enablement("team-notices", 2).authorityWide());
        assertEquals(PageResult.notFound(), call(HttpMethod.GET, "/admin/modules",
                new FakeRequest(HttpMethod.GET, SYSADMIN).query("authority", "99")));
    }

    @Test
    void theListShowsStateWhereAndOnlyTheActionsTheUserMayTake() throws Exception {
        enablements.setEnablement(new org.safeguard.platform.api.modules.ModuleEnablement.Enablement(
                "team-notices", 1, false, Set.of(14L, 15L)), CAMBS_ADMIN, null);
        String html = Templates.render(call(HttpMethod.GET, "/admin/modules", new FakeRequest(HttpMethod.GET, CAMBS_ADMIN)));
        assertTrue(html.contains("<strong class=\"govuk-tag govuk-tag--green\">Installed</strong>"), html);
        assertTrue(html.contains("Fenland, Huntingdonshire"));
        assertTrue(html.contains("Not enabled"));
        assertTrue(html.contains("action=\"/admin/modules/reflection/install\""));
        assertTrue(html.contains("href=\"/admin/modules/team-notices/enablement\""));
        assertFalse(html.contains("/uninstall"), "only holders of platform.modules.uninstall see Uninstall");
        assertTrue(html.contains("name=\"_csrf\" value=\"token-123\""));

        String sysadminHtml = Templates.render(call(HttpMethod.GET, "/admin/modules", new FakeRequest(HttpMethod.GET, SYSADMIN)));
        assertTrue(sysadminHtml.contains("href=\"/admin/modules/team-notices/uninstall?authority=1\""));
        assertTrue(sysadminHtml.contains("<option value=\"2\">Peterborough City Council</option>"));
    }

    @Test
    void theEnablementFormRevealsTheDistrictsAndShowsItsError() throws Exception {
        String html = Templates.render(save(new FakeRequest(HttpMethod.POST, CAMBS_ADMIN).path("id", "team-notices")
                .form("scope", "districts")));
        assertTrue(html.contains("href=\"#districtIds\">Select at least one district"));
        assertTrue(html.contains("id=\"districtIds\" name=\"districtIds\" type=\"checkbox\" value=\"11\""));
        assertTrue(html.contains("value=\"districts\" checked"));
        assertFalse(html.contains("govuk-radios__conditional--hidden"));
        assertTrue(html.contains("<span class=\"govuk-visually-hidden\">Error:</span> Select at least one district"));
    }

    @Test
    void uninstallingAsksFirstAndSaysTheDataIsKept() throws Exception {
        String html = Templates.render(call(HttpMethod.GET, "/admin/modules/{id}/uninstall",
                new FakeRequest(HttpMethod.GET, SYSADMIN).path("id", "team-notices")));
        assertTrue(html.contains("Uninstall Team notices?"));
        assertTrue(html.contains("Its records are kept"));
        assertTrue(html.contains("action=\"/admin/modules/team-notices/uninstall?authority=1\""));
    }

    @Test
    void junkDistrictIdsAndUnknownChoicesAreErrorsOnTheirFields() throws Exception {
        PageResult.Page junk = assertInstanceOf(PageResult.Page.class, save(new FakeRequest(HttpMethod.POST, CAMBS_ADMIN)
                .path("id", "team-notices").form("scope", "districts").form("districtIds", "not-a-number")));
        assertEquals(400, junk.status());
        assertEquals(Map.of("districtIds", "Choose districts from the list"), errorsByField(junk));

        PageResult.Page page = assertInstanceOf(PageResult.Page.class, save(new FakeRequest(HttpMethod.POST, CAMBS_ADMIN)
                .path("id", "team-notices").form("scope", "everywhere!")));
        assertEquals(400, page.status());
        assertEquals(Map.of("scope", "Choose where staff can use Team notices"), errorsByField(page));
        assertTrue(enablements.byKey.isEmpty());
    }

    @Test
    void theTitleMatchesTheHeading() throws Exception {
        PageResult.Page page = assertInstanceOf(PageResult.Page.class, call(HttpMethod.GET, "/admin/modules/{id}/enablement",
                new FakeRequest(HttpMethod.GET, CAMBS_ADMIN).path("id", "team-notices")));
        assertEquals("Where staff can use Team notices", page.title());
        assertTrue(Templates.render(page).contains("<h1 class=\"govuk-heading-l\">Where staff can use Team notices</h1>"));
    }

    @Test
    void whichAuthorityThePageIsAbout() throws Exception {
        FakeRequest own = new FakeRequest(HttpMethod.GET, SYSADMIN);
        Map<String, Object> model = assertInstanceOf(PageResult.Page.class, call(HttpMethod.GET, "/admin/modules", own)).model();
        assertEquals(1L, ((org.safeguard.platform.api.organisation.Authority) model.get("authority")).id(),
                "by default the user's own authority");

        assertEquals(PageResult.forbidden(), call(HttpMethod.GET, "/admin/modules",
                new FakeRequest(HttpMethod.GET, CAMBS_ADMIN).query("authority", "99")), "another authority: only a system administrator");
        assertEquals(PageResult.notFound(), call(HttpMethod.GET, "/admin/modules",
                new FakeRequest(HttpMethod.GET, SYSADMIN).query("authority", "99")));
        assertEquals(PageResult.notFound(), call(HttpMethod.GET, "/admin/modules",
                new FakeRequest(HttpMethod.GET, CAMBS_ADMIN).query("authority", "abc")));
        assertInstanceOf(PageResult.Page.class, call(HttpMethod.GET, "/admin/modules",
                new FakeRequest(HttpMethod.GET, CAMBS_ADMIN).query("authority", "1")));

        CurrentUser nowhere = new CurrentUser(2L, "ops", "Ops", null, null, null, null, Set.of(),
                Set.of(Role.SYSTEM_ADMINISTRATOR), Set.of(ModulesPages.MANAGE));
        assertEquals(PageResult.forbidden(), call(HttpMethod.GET, "/admin/modules", new FakeRequest(HttpMethod.GET, nowhere)));
        assertInstanceOf(PageResult.Page.class, call(HttpMethod.GET, "/admin/modules",
                new FakeRequest(HttpMethod.GET, nowhere).query("authority", "2")));
    }
}
