package org.safeguard.reflection.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeguard.platform.testing.FakeRequest;
import org.safeguard.platform.testing.Pages;
import org.safeguard.reflection.data.DiscussionRepository;
import org.safeguard.reflection.model.FamilyDiscussion;
import org.safeguard.reflection.model.ReflectionSession;
import org.safeguard.reflection.model.RiskRating;
import org.safeguard.reflection.support.TestWorld;

class HomePagesTest {

    private final TestWorld world = new TestWorld();
    private final HomePages home = new HomePages(world.services);

    @AfterEach
    void close() throws Exception {
        world.close();
    }

    @Test
    void theHomeShowsTheTeamItsNextSessionAndTheUsersOwnActions() {
        world.fenlandFamily(1, "Adams");
        Instant now = world.clock.instant();
        ReflectionSession today = world.services.sessions().schedule(new ReflectionSession(TestWorld.CCC,
                TestWorld.FENLAND_FS1, "Fenland Family Safeguarding team 1", TestWorld.NOW.plusHours(1), 120,
                TestWorld.CLINICIAN, "Dr Ian Wisbech-Clarke", TestWorld.CLINICIAN, now), List.of(), List.of(1L));
        world.services.discussions().record(today.id(), 1, null, new FamilyDiscussion.Content(null, "r", "p", "l",
                RiskRating.MEDIUM, null), List.of(new DiscussionRepository.NewAction("Ring school", TestWorld.SW,
                "Jess Parson", TestWorld.TODAY.minusDays(1))), TestWorld.CLINICIAN, "Dr Ian", now);

        String social = Pages.render(home.home(FakeRequest.get(world.user(TestWorld.SW), "/reflection")));

        assertTrue(social.contains("Fenland Family Safeguarding team 1"), social);
        assertTrue(social.contains("Wednesday 18 March 2026, 10:00 to 12:00"), social);
        assertTrue(social.contains("Ring school") && social.contains("Adams family") && social.contains("Overdue"), social);
        assertFalse(social.contains("of open families discussed"), "oversight is for managers and clinicians");
        assertEquals(1, world.audit.actions("reflection.actions.view").size());

        String manager = Pages.render(home.home(FakeRequest.get(world.user(TestWorld.MANAGER), "/reflection")));
        assertTrue(manager.contains("of open families discussed") && manager.contains("Clinicians and their time"), manager);
        assertTrue(manager.contains("You have no open actions from reflection sessions."));
    }

    @Test
    void someoneWithoutATeamHereIsToldSo() {
        world.organisation.disable("reflection-sessions", TestWorld.HUNTS);
        String html = Pages.render(home.home(FakeRequest.get(world.user(TestWorld.HUNTS_SW), "/reflection")));

        assertTrue(html.contains("You are not in a team that holds reflection sessions here."), html);
    }
}
