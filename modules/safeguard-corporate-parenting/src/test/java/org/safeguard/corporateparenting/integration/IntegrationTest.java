package org.safeguard.corporateparenting.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safeguard.corporateparenting.TestWorld.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.caserecords.api.ChronologyEvent;
import org.safeguard.caserecords.api.WorkTrayItem;
import org.safeguard.corporateparenting.CorporateParentingModule;
import org.safeguard.corporateparenting.TestWorld;
import org.safeguard.corporateparenting.care.CareWrites;
import org.safeguard.corporateparenting.model.CareEpisode;
import org.safeguard.corporateparenting.model.CareReview;
import org.safeguard.corporateparenting.model.LegalStatus;
import org.safeguard.corporateparenting.model.Participation;
import org.safeguard.corporateparenting.model.PlacementType;
import org.safeguard.platform.api.security.PermissionDefinition;
import org.safeguard.platform.api.security.Role;

/** What the module gives case records and the platform: work-tray items, chronology entries, the tab, menus, permissions. */
class IntegrationTest {

    private static TestWorld world;
    private CareEpisode amy;

    @BeforeAll
    static void database() {
        world = new TestWorld("cp-integration");
    }

    @AfterAll
    static void close() throws Exception {
        world.close();
    }

    @BeforeEach
    void setUp() {
        world.reset();
        amy = world.inCare(world.theCase(CASE), LocalDate.of(2026, 2, 2), LegalStatus.INTERIM_CARE_ORDER,
                PlacementType.IN_HOUSE_FOSTER, 35_000);
    }

    @Test
    void theTeamHoldingTheCaseGetsTheChildsTasksOwnedByTheLeadWorker() {
        List<WorkTrayItem> items = world.workTray().items(Set.of(FENLAND_TEAM), TODAY.plusDays(14));
        assertTrue(items.stream().anyMatch(i -> i.kind().equals("Child in care review") && i.dueOn().equals(LocalDate.of(2026, 3, 2))),
                items.toString());
        assertTrue(items.stream().anyMatch(i -> i.kind().equals("Health assessment") && i.dueOn().equals(LocalDate.of(2026, 3, 2))));
        assertTrue(items.stream().anyMatch(i -> i.kind().equals("Child in care visit")
                && i.href().equals("/cases/501/notes/new")), "no visit since the placement started");
        assertTrue(items.stream().allMatch(i -> i.ownerUserId() == FENLAND_SW && i.ownerName().equals("Jess Parson")
                && i.childName().equals("Amy Fenn") && i.caseId() == CASE));
        assertTrue(items.stream().noneMatch(i -> i.kind().equals("Dental check")), "a year away: beyond the horizon");
        assertTrue(world.workTray().items(Set.of(CIC_TEAM), TODAY.plusDays(14)).isEmpty());
    }

    @Test
    void onceTheServiceTakesTheChildTheirTeamAndWorkerHaveTheTasks() {
        new CareWrites(world.db.factory()).changeHolder(amy.id(), world.current(CHILD).episode().version(),
                new CareWrites.Holder(CIC_TEAM, "Corporate parenting", CIC_SW, "Keisha Munroe"), TODAY,
                new CareWrites.By(CIC_TM, "Fiona Larch", world.clock.nowUtc()));
        assertTrue(world.workTray().items(Set.of(FENLAND_TEAM), TODAY.plusDays(14)).isEmpty());
        List<WorkTrayItem> items = world.workTray().items(Set.of(CIC_TEAM), TODAY.plusDays(14));
        assertFalse(items.isEmpty());
        assertTrue(items.stream().allMatch(i -> i.ownerUserId() == CIC_SW && "Keisha Munroe".equals(i.ownerName())));
    }

    @Test
    void aRecentVisitAndAReviewTakeTheirTasksOff() {
        world.directory.visit(CASE, LocalDate.of(2026, 2, 20));
        new CareWrites(world.db.factory()).addReview(new CareReview(amy.id(), LocalDate.of(2026, 2, 27), IRO, "Harriet Oakes",
                Participation.PN1, null, "Test", world.clock.nowUtc()));
        List<WorkTrayItem> items = world.workTray().items(Set.of(FENLAND_TEAM), TODAY.plusDays(14));
        assertTrue(items.stream().noneMatch(i -> i.kind().equals("Child in care review")), items.toString());
        assertTrue(items.stream().noneMatch(i -> i.kind().equals("Child in care visit")));
    }

    @Test
    void theChronologyTellsTheChildsCare() {
        new CareWrites(world.db.factory()).changeStatus(amy.id(), world.current(CHILD).episode().version(), LegalStatus.CARE_ORDER,
                LocalDate.of(2026, 3, 1), new CareWrites.By(FENLAND_SW, "Jess Parson", world.clock.nowUtc()));
        List<ChronologyEvent> events = world.chronology().events(world.theCase(CASE));
        assertTrue(events.stream().anyMatch(e -> e.summary().equals("Came into care (Interim care order (section 38))")
                && e.date().equals(LocalDate.of(2026, 2, 2))), events.toString());
        assertTrue(events.stream().anyMatch(e -> e.summary().startsWith("Placement started: Foster care with the authority")));
        assertTrue(events.stream().anyMatch(e -> e.summary().equals("Legal status changed to Care order (section 31)")));
        assertTrue(events.stream().allMatch(e -> e.source().equals("Corporate parenting") && e.category().equals("Child in care")));
    }

    @Test
    void theModuleDeclaresItsPermissionsAndTheirDefaultRoles() {
        CorporateParentingModule module = new CorporateParentingModule();
        assertEquals("corporate-parenting", module.id());
        for (PermissionDefinition p : module.permissions()) {
            assertTrue(p.id().startsWith("corporate-parenting."), p.id());
        }
        PermissionDefinition review = module.permissions().stream()
                .filter(p -> p.id().equals(CorporateParentingModule.REVIEW)).findFirst().orElseThrow();
        assertEquals(Set.of(Role.REVIEWING_OFFICER), review.defaultRoles());
        PermissionDefinition read = module.permissions().stream()
                .filter(p -> p.id().equals(CorporateParentingModule.READ)).findFirst().orElseThrow();
        assertFalse(read.defaultRoles().contains(Role.AUTHORITY_ADMINISTRATOR), "administrators do not read children's records");
    }

    @Test
    void theTabAndMenusLinkToTheModulesPages() {
        ChildInCareTab tab = new ChildInCareTab();
        assertEquals("case", tab.recordType());
        assertEquals("/children-in-care/cases/42", tab.href("42"));
        assertEquals(CorporateParentingModule.READ, tab.permission());
        assertEquals("/children-in-care", new ChildrenInCareNavigation().href());
        assertEquals("/care-leavers", new CareLeaversNavigation().href());
        assertEquals(CorporateParentingModule.SETTINGS, new SettingsNavigation().permission());
    }
}
