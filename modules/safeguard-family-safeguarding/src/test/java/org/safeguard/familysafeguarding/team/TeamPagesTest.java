package org.safeguard.familysafeguarding.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safeguard.familysafeguarding.World.DEAN;
import static org.safeguard.familysafeguarding.World.DOMESTIC_ABUSE;
import static org.safeguard.familysafeguarding.World.KELLY;
import static org.safeguard.familysafeguarding.World.SMITH;
import static org.safeguard.familysafeguarding.World.TEAM_1;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.familysafeguarding.Records;
import org.safeguard.familysafeguarding.World;
import org.safeguard.familysafeguarding.model.Discipline;
import org.safeguard.familysafeguarding.model.FactorKind;
import org.safeguard.familysafeguarding.model.PractitionerScope;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.testing.FakeRequest;
import org.safeguard.platform.testing.Pages;

/** The team view, the capacity view and "My families". */
class TeamPagesTest {

    private static final World WORLD = new World("fs-team-pages");
    private final TeamPages team = new TeamPages(WORLD.access, WORLD.data, WORLD.audit, World.CLOCK);
    private final HomePage home = new HomePage(WORLD.access, WORLD.data, WORLD.audit, World.CLOCK);

    @BeforeEach
    void smithFamilyWaitsForAMentalHealthPractitioner() {
        WORLD.reset();
        WORLD.data.factors().record(Records.factor(SMITH, KELLY, "Kelly Smith", FactorKind.DOMESTIC_ABUSE_VICTIM,
                LocalDate.of(2026, 2, 1)));
        WORLD.data.factors().record(Records.factor(SMITH, DEAN, "Dean Smith", FactorKind.MENTAL_HEALTH,
                LocalDate.of(2026, 3, 2)));
        WORLD.data.assignments().start(Records.assignment(SMITH, KELLY, "Kelly Smith", DOMESTIC_ABUSE, "Bridget Elm",
                Discipline.DOMESTIC_ABUSE, LocalDate.of(2026, 2, 10)));
    }

    @AfterAll
    static void close() {
        WORLD.close();
    }

    private static FakeRequest get(long userId, long teamId) {
        return FakeRequest.get(WORLD.as(userId), "/family-safeguarding/teams/" + teamId).pathParam("teamId", teamId);
    }

    @Test
    void theTeamSeesWhoWaitsForWhatAndSinceWhen() {
        String html = Pages.render(team.team(get(World.SOCIAL_WORKER, TEAM_1)));
        assertTrue(html.contains("2 families with open cases in the team; 1 with a toxic-trio factor recorded; "
                + "1 waiting for an adult practitioner."), html);
        assertTrue(html.contains("Mental health practitioner") && html.contains("2 March 2026"));
        assertTrue(html.contains("14 days"));
        assertFalse(html.contains("Practitioner capacity</a>"), "a social worker does not see capacity");
        String filtered = Pages.render(team.team(get(World.SOCIAL_WORKER, TEAM_1).query("discipline", "SUBSTANCE_MISUSE")));
        assertTrue(filtered.contains("No family is waiting for this discipline."));
        String families = Pages.render(team.team(get(World.SOCIAL_WORKER, TEAM_1).query("show", "families")));
        assertTrue(families.contains("Bridget Elm, domestic abuse practitioner (with a victim), with Kelly Smith"), families);
        assertTrue(families.contains("Waiting: mental health practitioner"));
        assertTrue(families.contains("Lone family") && families.contains("None recorded"));
        assertEquals("team", WORLD.audit.actions("fs.team.view").get(0).subjectType());
    }

    @Test
    void anotherTeamOrAuthorityIsNotFound() {
        assertEquals(PageResult.notFound(), team.team(get(World.SOCIAL_WORKER, World.TEAM_2)));
        assertEquals(PageResult.notFound(), team.team(get(World.PBORO_SW, TEAM_1)));
        assertEquals(PageResult.notFound(), team.capacity(get(World.MANAGER_2, TEAM_1)));
        assertEquals(PageResult.notFound(), team.team(FakeRequest.get(WORLD.as(World.SOCIAL_WORKER), "/")
                .pathParam("teamId", "x")));
    }

    @Test
    void aPractitionerLimitedToTheirOwnFamiliesSeesOnlyThoseInTheTeamView() {
        WORLD.data.settings().save(World.CCC, 15, 15, 15, PractitionerScope.ASSIGNED, 10);
        String neil = Pages.render(team.team(get(World.SUBSTANCE, TEAM_1).query("show", "families")));
        assertFalse(neil.contains("Smith family"), neil);
        String bridget = Pages.render(team.team(get(DOMESTIC_ABUSE, TEAM_1).query("show", "families")));
        assertTrue(bridget.contains("Smith family"));
        assertFalse(bridget.contains("Lone family"));
    }

    @Test
    void theManagerSeesEachPractitionerAgainstTheirGuide() {
        WORLD.data.settings().save(World.CCC, 15, 2, 1, PractitionerScope.TEAM, 10);
        WORLD.data.assignments().start(Records.assignment(World.LONE, 5021, "Someone", DOMESTIC_ABUSE, "Bridget Elm",
                Discipline.DOMESTIC_ABUSE, LocalDate.of(2026, 2, 10)));
        String html = Pages.render(team.capacity(get(World.MANAGER, TEAM_1)));
        assertTrue(html.contains("Bridget Elm<span class=\"govuk-visually-hidden\">: show families"), html);
        assertTrue(html.contains("200%") && html.contains("Over guide"), "2 families against 1 × 1");
        assertTrue(html.contains(">0.5<"), "Shona's FTE");
        assertTrue(html.contains("1<span class=\"govuk-visually-hidden\"> families waiting for mental health"), html);
        String expanded = Pages.render(team.capacity(get(World.MANAGER, TEAM_1).query("practitioner", DOMESTIC_ABUSE)));
        assertTrue(expanded.contains("Families Bridget Elm works with") && expanded.contains("Smith family"));
        assertEquals("practitioner=" + DOMESTIC_ABUSE, WORLD.audit.actions("fs.capacity.view")
                .get(WORLD.audit.actions("fs.capacity.view").size() - 1).detail());
    }

    @Test
    void myFamiliesIsThePractitionersOwnCaseloadWithTheirGuide() {
        String html = Pages.render(home.home(FakeRequest.get(WORLD.as(DOMESTIC_ABUSE), "/family-safeguarding")));
        assertTrue(html.contains("<h1 class=\"govuk-heading-l\">My families</h1>"));
        assertTrue(html.contains("Smith family") && html.contains("Kelly Smith: work with a victim"),
                html);
        assertTrue(html.contains("Your guide is 15 (1 FTE, domestic abuse)"), html);
        assertTrue(html.contains("Over 4 weeks ago"), "no session since the work started on 10 February");
        String manager = Pages.render(home.home(FakeRequest.get(WORLD.as(World.MANAGER), "/family-safeguarding")));
        assertFalse(manager.contains("My families"));
        assertTrue(manager.contains("/family-safeguarding/teams/100/capacity"));
    }
}
