package org.safeguard.familysafeguarding.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safeguard.familysafeguarding.World.DEAN;
import static org.safeguard.familysafeguarding.World.DOMESTIC_ABUSE;
import static org.safeguard.familysafeguarding.World.KELLY;
import static org.safeguard.familysafeguarding.World.MANAGER;
import static org.safeguard.familysafeguarding.World.SMITH;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.familysafeguarding.Records;
import org.safeguard.familysafeguarding.World;
import org.safeguard.familysafeguarding.model.Discipline;
import org.safeguard.familysafeguarding.model.FactorKind;
import org.safeguard.familysafeguarding.model.PractitionerAssignment;
import org.safeguard.familysafeguarding.model.PractitionerScope;
import org.safeguard.familysafeguarding.model.ToxicTrioFactor;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.testing.FakeRequest;
import org.safeguard.platform.testing.Pages;

/** The "Work with parents" tab, recording factors and assigning practitioners, through the real handlers and templates. */
class FamilyPagesTest {

    private static final World WORLD = new World("fs-family-pages");
    private final FamilyPages family = new FamilyPages(WORLD.access, WORLD.data, WORLD.audit, World.CLOCK);
    private final FactorPages factors = new FactorPages(WORLD.access, WORLD.data, WORLD.audit, World.CLOCK);
    private final AssignmentPages assignments = new AssignmentPages(WORLD.access, WORLD.data, WORLD.audit, World.CLOCK);

    @BeforeEach
    void empty() {
        WORLD.reset();
    }

    @AfterAll
    static void close() {
        WORLD.close();
    }

    private static FakeRequest get(long userId, String path, long familyId) {
        return FakeRequest.get(WORLD.as(userId), path).pathParam("familyId", familyId);
    }

    private static FakeRequest post(long userId, String path, long familyId) {
        return FakeRequest.post(WORLD.as(userId), path).pathParam("familyId", familyId);
    }

    @Test
    void theTabShowsEachAdultsNeedsAndPractitionersAndWhatTheFamilyWaitsFor() {
        WORLD.data.factors().record(Records.factor(SMITH, KELLY, "Kelly Smith", FactorKind.DOMESTIC_ABUSE_VICTIM,
                LocalDate.of(2026, 3, 2)));
        WORLD.data.factors().record(Records.factor(SMITH, DEAN, "Dean Smith", FactorKind.SUBSTANCE_MISUSE,
                LocalDate.of(2026, 1, 10)));
        WORLD.data.assignments().start(Records.assignment(SMITH, DEAN, "Dean Smith", World.SUBSTANCE, "Neil Coates",
                Discipline.SUBSTANCE_MISUSE, LocalDate.of(2026, 1, 20)));
        PageResult result = family.family(get(World.SOCIAL_WORKER, "/family-safeguarding/families/1000", SMITH));
        String html = Pages.render(result);
        assertTrue(html.contains("Waiting for a domestic abuse practitioner since 2 March 2026 (14 days)"), html);
        assertTrue(html.contains("Kelly Smith") && html.contains("Domestic abuse: victim"));
        assertTrue(html.contains("Neil Coates</strong>, Substance misuse practitioner"), html);
        assertTrue(html.contains("aria-current=\"page\""), "the module's tab is marked");
        assertFalse(html.contains("/assignments/new"), "a social worker does not assign");
        assertTrue(html.contains("/factors/new"), "but records factors");
        assertEquals("fs.family.view", WORLD.audit.events().get(WORLD.audit.events().size() - 1).action());
    }

    @Test
    void theChildsCaseTabShowsTheFamilysAdultWorkUnderTheChildsBanner() {
        PageResult result = family.childCase(FakeRequest.get(WORLD.as(World.SOCIAL_WORKER),
                "/family-safeguarding/cases/9000").pathParam("caseId", World.SMITH_CASE));
        String html = Pages.render(result);
        assertTrue(html.contains("<h1 class=\"govuk-heading-l govuk-!-margin-bottom-2\">Amy Smith</h1>"), html);
        assertTrue(html.contains("Open it on the family record"));
        assertTrue(WORLD.audit.events().get(WORLD.audit.events().size() - 1).detail().contains("case=9000"));
    }

    @Test
    void anotherDistrictOrAuthorityOrAMalformedIdIsNotFound() {
        assertEquals(PageResult.notFound(), family.family(get(World.HUNTS_SW, "/", SMITH)));
        assertEquals(PageResult.notFound(), family.family(get(World.PBORO_SW, "/", SMITH)));
        assertEquals(PageResult.notFound(), family.family(FakeRequest.get(WORLD.as(World.SOCIAL_WORKER), "/")
                .pathParam("familyId", "1000; drop")));
        assertEquals(PageResult.notFound(), family.childCase(FakeRequest.get(WORLD.as(World.PBORO_SW), "/")
                .pathParam("caseId", World.SMITH_CASE)));
        assertEquals(PageResult.notFound(), factors.record(post(World.PBORO_SW, "/", SMITH)
                .form("adultPersonId", KELLY).form("kind", "MENTAL_HEALTH")));
        assertTrue(WORLD.data.factors().ofFamily(SMITH).isEmpty());
    }

    @Test
    void whereTheModuleIsOffForTheFamilysDistrictTheFamilyIsNotFound() {
        World local = new World("fs-family-pages-off");
        try {
            local.organisation.disable("family-safeguarding", World.FENLAND);
            FamilyPages pages = new FamilyPages(local.access, local.data, local.audit, World.CLOCK);
            assertEquals(PageResult.notFound(), pages.family(FakeRequest.get(local.as(World.SOCIAL_WORKER), "/")
                    .pathParam("familyId", SMITH)));
        } finally {
            local.close();
        }
    }

    @Test
    void anAdultPractitionerSeesTheTeamsFamiliesOrOnlyTheirOwnAsTheAuthorityChooses() {
        assertInstanceOf(PageResult.Page.class, family.family(get(DOMESTIC_ABUSE, "/", SMITH)), "team's family");
        assertEquals(PageResult.notFound(), family.family(get(DOMESTIC_ABUSE, "/", World.JONES)),
                "team 2's family in the same district");
        WORLD.data.settings().save(World.CCC, 15, 15, 15, PractitionerScope.ASSIGNED, 10);
        assertEquals(PageResult.notFound(), family.family(get(DOMESTIC_ABUSE, "/", SMITH)));
        assertInstanceOf(PageResult.Page.class, family.family(get(World.SOCIAL_WORKER, "/", SMITH)),
                "children's workers are not limited");
        WORLD.data.assignments().start(Records.assignment(SMITH, KELLY, "Kelly Smith", DOMESTIC_ABUSE, "Bridget Elm",
                Discipline.DOMESTIC_ABUSE, LocalDate.of(2026, 3, 1)));
        assertInstanceOf(PageResult.Page.class, family.family(get(DOMESTIC_ABUSE, "/", SMITH)));
    }

    @Test
    void aFactorFormWithMistakesIsShownAgainWithEveryErrorAndNothingSaved() {
        PageResult result = factors.record(post(World.SOCIAL_WORKER, "/family-safeguarding/families/1000/factors", SMITH)
                .form("adultPersonId", KELLY).form("kind", "MENTAL_HEALTH").date("identifiedOn", "31", "2", "2026")
                .form("identifiedBy", "<script>alert(1)</script>"));
        assertEquals(400, ((PageResult.Page) result).status());
        String html = Pages.render(result);
        assertTrue(html.contains("There is a problem"));
        assertTrue(html.contains("href=\"#source\""));
        assertTrue(html.contains("href=\"#identifiedOnDay\""));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the value kept, escaped");
        assertTrue(html.contains("value=\"MENTAL_HEALTH\" checked"), "choices kept");
        assertTrue(WORLD.data.factors().ofFamily(SMITH).isEmpty());
    }

    @Test
    void aFactorIsRecordedAuditedWithoutFreeTextAndEnded() {
        String blank = Pages.render(factors.newFactor(get(World.SOCIAL_WORKER, "/", SMITH).query("adult", KELLY)));
        assertTrue(blank.contains("value=\"Jess Parson\""), "who identified it: the user, to change if need be");
        var shown = WORLD.audit.events().get(WORLD.audit.events().size() - 1);
        assertEquals("fs.form.view", shown.action(), "the form lists the household's adults: a read");
        assertEquals("form=factor", shown.detail());
        PageResult result = factors.record(post(World.SOCIAL_WORKER, "/", SMITH).form("adultPersonId", KELLY)
                .form("kind", "MENTAL_HEALTH").form("source", "LATER").date("identifiedOn", LocalDate.of(2026, 3, 9))
                .form("identifiedBy", "Jess Parson, social worker"));
        assertEquals(PageResult.redirect("/family-safeguarding/families/1000?done=factor"), result);
        ToxicTrioFactor saved = WORLD.data.factors().ofFamily(SMITH).get(0);
        assertEquals("Jess Parson, social worker", saved.identifiedBy());
        var audit = WORLD.audit.actions("fs.factor.record").get(0);
        assertEquals("family", audit.subjectType());
        assertFalse(audit.detail().contains("Jess"), audit.detail());

        String form = Pages.render(factors.endForm(get(World.SOCIAL_WORKER, "/", SMITH).pathParam("factorId", saved.id())));
        assertTrue(form.contains("No longer a factor"));
        assertEquals(400, ((PageResult.Page) factors.end(post(World.SOCIAL_WORKER, "/", SMITH)
                .pathParam("factorId", saved.id()).date("endedOn", LocalDate.of(2026, 3, 16)))).status());
        assertEquals(PageResult.redirect("/family-safeguarding/families/1000?done=factor-ended"),
                factors.end(post(World.SOCIAL_WORKER, "/", SMITH).pathParam("factorId", saved.id())
                        .date("endedOn", LocalDate.of(2026, 3, 16)).form("reason", "Seen by the GP; stable")));
        assertEquals(PageResult.notFound(), factors.endForm(get(World.SOCIAL_WORKER, "/", SMITH)
                .pathParam("factorId", saved.id())), "already ended");
        assertEquals(PageResult.notFound(), factors.endForm(get(World.SOCIAL_WORKER, "/", World.JONES)
                .pathParam("factorId", saved.id())), "a factor of another family");
    }

    @Test
    void theManagerAssignsTheirTeamsPractitionerAndTheFamilyStopsWaiting() {
        WORLD.data.factors().record(Records.factor(SMITH, KELLY, "Kelly Smith", FactorKind.DOMESTIC_ABUSE_VICTIM,
                LocalDate.of(2026, 3, 2)));
        String form = Pages.render(assignments.newAssignment(get(MANAGER, "/", SMITH).query("adult", KELLY)));
        assertTrue(form.contains("Bridget Elm – domestic abuse practitioner"), form);
        assertTrue(form.contains("domestic abuse practitioner since 2 March 2026"));
        assertTrue(form.contains("value=\"" + KELLY + "\" checked"), "the adult from the link is chosen");

        PageResult incomplete = assignments.assign(post(MANAGER, "/", SMITH).form("adultPersonId", KELLY)
                .form("practitioner", DOMESTIC_ABUSE + ":DOMESTIC_ABUSE").date("startedOn", LocalDate.of(2026, 3, 16)));
        assertEquals(400, ((PageResult.Page) incomplete).status());
        assertTrue(Pages.render(incomplete).contains("Select whether the work is with a victim or with a perpetrator"));
        assertTrue(WORLD.data.assignments().ofFamily(SMITH).isEmpty());

        assertEquals(PageResult.redirect("/family-safeguarding/families/1000?done=assigned"),
                assignments.assign(post(MANAGER, "/", SMITH).form("adultPersonId", KELLY)
                        .form("practitioner", DOMESTIC_ABUSE + ":DOMESTIC_ABUSE").form("domesticAbuseWork", "VICTIM")
                        .date("startedOn", LocalDate.of(2026, 3, 16))));
        PractitionerAssignment saved = WORLD.data.assignments().ofFamily(SMITH).get(0);
        assertEquals(World.TEAM_1, saved.teamId());
        assertEquals("Karen Holbeach", saved.assignedByName());
        assertTrue(WORLD.audit.actions("fs.assignment.start").get(0).detail().contains("work=VICTIM"));
        assertFalse(Pages.render(family.family(get(MANAGER, "/", SMITH))).contains("Waiting for"));

        PageResult twice = assignments.assign(post(MANAGER, "/", SMITH).form("adultPersonId", KELLY)
                .form("practitioner", DOMESTIC_ABUSE + ":DOMESTIC_ABUSE").form("domesticAbuseWork", "VICTIM")
                .date("startedOn", LocalDate.of(2026, 3, 16)));
        assertTrue(Pages.render(twice).contains("Bridget Elm already works with Kelly Smith on domestic abuse"));
        assertEquals(1, WORLD.data.assignments().ofFamily(SMITH).size());

        assertEquals(PageResult.redirect("/family-safeguarding/families/1000?done=assignment-ended"),
                assignments.end(post(MANAGER, "/", SMITH).pathParam("assignmentId", saved.id())
                        .date("endedOn", LocalDate.of(2026, 3, 16)).form("reason", "PARENT_DISENGAGED")));
        String after = Pages.render(family.family(get(MANAGER, "/", SMITH)));
        assertTrue(after.contains("Earlier practitioners") && after.contains("The parent stopped engaging"), after);
        assertTrue(after.contains("Waiting for a domestic abuse practitioner since 16 March 2026"), "waits again");
    }

    @Test
    void onlyAManagerOfATeamHoldingTheFamilyAssigns() {
        CurrentUser otherManager = WORLD.as(World.MANAGER_2);
        PageResult other = assignments.newAssignment(FakeRequest.get(otherManager, "/").pathParam("familyId", SMITH));
        assertEquals(403, ((PageResult.Error) other).status(), "team 2's manager sees the district but not this team's work");
        PageResult posted = assignments.assign(FakeRequest.post(otherManager, "/").pathParam("familyId", SMITH)
                .form("adultPersonId", KELLY).form("practitioner", DOMESTIC_ABUSE + ":DOMESTIC_ABUSE")
                .form("domesticAbuseWork", "VICTIM").date("startedOn", LocalDate.of(2026, 3, 16)));
        assertEquals(403, ((PageResult.Error) posted).status());
        assertTrue(WORLD.data.assignments().ofFamily(SMITH).isEmpty());
        assertEquals(List.of(), new AssignablePractitioners(WORLD.access).options(otherManager, SMITH));
    }

    @Test
    void aHouseholdWithoutAdultsSaysSo() {
        String html = Pages.render(family.family(get(World.SOCIAL_WORKER, "/", World.LONE)));
        assertTrue(html.contains("No adults are recorded as living in this household"));
        assertFalse(html.contains("Record a toxic-trio factor</a>"));
    }
}
