package org.safeguard.reflection.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.Role;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.testing.FakeRequest;
import org.safeguard.platform.testing.Pages;
import org.safeguard.reflection.rules.ClinicianTime;
import org.safeguard.reflection.support.TestWorld;

/** Clinicians' time and the authority's settings: who may change what, bad input, audit. */
class AdministrationPagesTest {

    private final TestWorld world = new TestWorld();
    private final ClinicianPages clinicians = new ClinicianPages(world.services);
    private final SettingsPages settings = new SettingsPages(world.services);

    @AfterEach
    void close() throws Exception {
        world.close();
    }

    @Test
    void theManagerChangesTheClinicianTimeWithTheirTeam() {
        CurrentUser manager = world.user(TestWorld.MANAGER);
        String list = Pages.render(clinicians.list(FakeRequest.get(manager, "/reflection/clinicians")));
        assertTrue(list.contains("Dr Ian Wisbech-Clarke") && list.contains("Fenland Family Safeguarding team 1: 0.5 FTE"), list);

        assertTrue(Pages.render(clinicians.edit(FakeRequest.get(manager, "/x").pathParam("clinicianId", TestWorld.CLINICIAN)))
                .contains("value=\"0.5\""));
        PageResult saved = clinicians.save(FakeRequest.post(manager, "/x").pathParam("clinicianId", TestWorld.CLINICIAN)
                .form("attached", TestWorld.FENLAND_FS1).form("fte-100", "0.4"));

        assertEquals("/reflection/clinicians?done=saved", assertInstanceOf(PageResult.Redirect.class, saved).location());
        assertEquals(Map.of(TestWorld.FENLAND_FS1, new ClinicianTime.Recorded(true, new BigDecimal("0.40"))),
                world.services.attachments().forClinician(TestWorld.CCC, TestWorld.CLINICIAN));
        assertEquals("team=100 attached=true fte=0.40", world.audit.actions("reflection.clinician.change").get(0).detail());
    }

    @Test
    void moreTimeThanContractedIsRefusedAndNothingSaved() {
        world.organisation.member(TestWorld.CLINICIAN, TestWorld.CCC, "Dr Ian Wisbech-Clarke", "0.5", TestWorld.FENLAND_FS2,
                Role.CLINICIAN);
        CurrentUser admin = world.user(TestWorld.ADMIN);

        PageResult result = clinicians.save(FakeRequest.post(admin, "/x").pathParam("clinicianId", TestWorld.CLINICIAN)
                .form("attached", TestWorld.FENLAND_FS1).form("fte-100", "0.5")
                .form("attached", TestWorld.FENLAND_FS2).form("fte-101", "0.25"));

        assertEquals(400, assertInstanceOf(PageResult.Page.class, result).status());
        assertTrue(Pages.render(result).contains("Time with all teams adds up to 0.75 FTE, more than Dr Ian Wisbech-Clarke&#x27;s 0.5 FTE")
                || Pages.render(result).contains("Time with all teams adds up to 0.75 FTE, more than Dr Ian Wisbech-Clarke's 0.5 FTE"));
        assertEquals(Map.of(), world.services.attachments().forClinician(TestWorld.CCC, TestWorld.CLINICIAN));
        assertTrue(world.audit.actions("reflection.clinician.change").isEmpty());
    }

    @Test
    void aDetachedClinicianNoLongerFacilitatesTheTeamsSessions() {
        clinicians.save(FakeRequest.post(world.user(TestWorld.MANAGER), "/x").pathParam("clinicianId", TestWorld.CLINICIAN)
                .form("fte-100", "0.5"));

        assertTrue(world.services.teams().facilitators(world.organisation.team(TestWorld.FENLAND_FS1).orElseThrow()).isEmpty());
        assertFalse(TeamPages.maySchedule(world.services, world.user(TestWorld.MANAGER),
                world.organisation.team(TestWorld.FENLAND_FS1).orElseThrow()));
    }

    @Test
    void aManagerOfAnotherTeamCannotReachTheClinician() {
        CurrentUser otherManager = world.user(TestWorld.MANAGER2);

        assertEquals(PageResult.notFound(), clinicians.edit(FakeRequest.get(otherManager, "/x")
                .pathParam("clinicianId", TestWorld.CLINICIAN)));
        assertEquals(PageResult.notFound(), clinicians.edit(FakeRequest.get(world.user(TestWorld.MANAGER), "/x")
                .pathParam("clinicianId", TestWorld.SW)), "not a clinician");
        assertTrue(Pages.render(clinicians.list(FakeRequest.get(otherManager, "/x"))).contains("There are no clinicians"));
    }

    @Test
    void settingsAreSavedAuditedAndBadInputKeptWithItsMessages() {
        CurrentUser admin = world.user(TestWorld.ADMIN);
        assertTrue(Pages.render(settings.show(FakeRequest.get(admin, "/reflection/settings"))).contains("At least every 4 weeks"));

        PageResult bad = settings.save(FakeRequest.post(admin, "/x").form("intervalWeeks", "0").form("sessionMinutes", "120")
                .form("minutesPerFamily", "10").form("driftCpMonths", "nine"));
        assertEquals(400, ((PageResult.Page) bad).status());
        String html = Pages.render(bad);
        assertTrue(html.contains("The interval must be between 1 and 12 weeks") && html.contains("value=\"nine\""), html);
        assertEquals(4, world.services.settings().forAuthority(TestWorld.CCC).intervalWeeks());

        assertEquals("/reflection/settings?done=saved", ((PageResult.Redirect) settings.save(FakeRequest.post(admin, "/x")
                .form("intervalWeeks", "2").form("sessionMinutes", "90").form("minutesPerFamily", "15")
                .form("driftCpMonths", "12"))).location());
        assertEquals(2, world.services.settings().forAuthority(TestWorld.CCC).intervalWeeks());
        assertEquals(4, world.services.settings().forAuthority(TestWorld.PCC).intervalWeeks(), "one authority's only");
        assertEquals("intervalWeeks=4->2 sessionMinutes=120->90 minutesPerFamily=10->15 driftCpMonths=9->12",
                world.audit.actions("reflection.settings.change").get(0).detail());
    }
}
