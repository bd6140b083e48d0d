package org.safeguard.modules.teamnotices;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
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

import org.junit.jupiter.api.Test;

/**
 * Renders the real templates the way the web host's PageRenderer does (same value resolvers, the
 * eq/date/dateTime helpers, the sg/ partials - stand-ins under src/test/resources), so a typo in a
 * template fails the build instead of a page.
 */
class TemplatesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Handlebars handlebars = new Handlebars(new ClassPathTemplateLoader("/templates", ".hbs"));

    TemplatesTest() {
        handlebars.registerHelper("eq", (Object a, Options o) -> Objects.equals(a, o.param(0)));
        handlebars.registerHelper("date", (Object value, Options o) ->
                DateTimeFormatter.ofPattern("d MMMM yyyy").format(temporal(value)));
        handlebars.registerHelper("dateTime", (Object value, Options o) ->
                DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm").format(temporal(value)));
    }

    private static TemporalAccessor temporal(Object value) {
        return value instanceof Instant instant ? instant.atZone(LONDON) : (TemporalAccessor) value;
    }

    private String render(String template, Map<String, Object> model) throws IOException {
        model.put("csrfToken", "token-123");
        Context context = Context.newBuilder(model)
                .resolver(MapValueResolver.INSTANCE, JavaBeanValueResolver.INSTANCE,
                        MethodValueResolver.INSTANCE, FieldValueResolver.INSTANCE)
                .build();
        return handlebars.compile(template).apply(context);
    }

    @Test
    void theListShowsEachNoticeWithItsTeam() throws IOException {
        NoticeView notice = new NoticeView("Duty cover this week", "Fenland Family Safeguarding team 1", "Alex Manager",
                Instant.parse("2026-11-24T09:30:00Z"), LocalDate.of(2026, 12, 1), List.of("Monday: Sam", "Tuesday: Priya"));
        Map<String, Object> model = new HashMap<>(Map.of("notices", List.of(notice), "canPost", true, "posted", true));
        String html = render("team-notices/list", model);
        assertTrue(html.contains("Notice posted"));
        assertTrue(html.contains("Duty cover this week"));
        assertTrue(html.contains("Fenland Family Safeguarding team 1"));
        assertTrue(html.contains("<p class=\"govuk-body\">Tuesday: Priya</p>"));
        assertTrue(html.contains("24 November 2026, 09:30"));
        assertTrue(html.contains("1 December 2026"));
        assertTrue(html.contains("href=\"/team-notices/new\""));
        assertFalse(html.contains("There are no notices for your teams."));
    }

    @Test
    void anEmptyListSaysSoAndHidesThePostButtonFromReaders() throws IOException {
        String html = render("team-notices/list", new HashMap<>(Map.of("notices", List.of(), "canPost", false, "posted", false)));
        assertTrue(html.contains("There are no notices for your teams."));
        assertFalse(html.contains("Post a notice"));
        assertFalse(html.contains("govuk-notification-banner"));
    }

    @Test
    void theFormShownAgainKeepsTheValuesAndShowsEveryError() throws IOException {
        NoticeForm form = new NoticeForm("", "<b>Rota</b>", "99", "31", "2", "2027");
        Map<String, Object> model = new HashMap<>();
        model.put("form", form.values());
        model.put("teams", List.of(TeamOption.of(0, 12, "Fenland Family Safeguarding team 1", "99"),
                TeamOption.of(1, 13, "Fenland Family Safeguarding team 2", "99")));
        model.put("titleMax", NoticeForm.TITLE_MAX);
        model.put("bodyMax", NoticeForm.BODY_MAX);
        model.put("errors", form.validate(Set.of(12L, 13L), LocalDate.of(2026, 11, 25)).toModel());
        String html = render("team-notices/new", model);
        assertTrue(html.contains("name=\"_csrf\" value=\"token-123\""));
        assertTrue(html.contains("<a href=\"#title\">Enter a title</a>"));
        assertTrue(html.contains("<a href=\"#teamId\">Select one of your teams</a>"));
        assertTrue(html.contains("<a href=\"#expiresOnDay\">Expiry date must be a real date in the future</a>"));
        assertTrue(html.contains("id=\"title-error\""));
        assertTrue(html.contains("&lt;b&gt;Rota&lt;/b&gt;</textarea>"), "typed text kept, and escaped");
        assertTrue(html.contains("id=\"expiresOnDay\" name=\"expiresOnDay\" type=\"text\" inputmode=\"numeric\" value=\"31\""));
        assertTrue(html.contains("id=\"teamId-2\""));
        assertFalse(html.contains("checked"), "a team the user is not in is not shown as chosen");
    }

    @Test
    void onlyTheFieldInErrorIsMarked() throws IOException {
        NoticeForm form = new NoticeForm("Duty cover", "", "12", "", "", "");
        Map<String, Object> model = new HashMap<>();
        model.put("form", form.values());
        model.put("teams", List.of(TeamOption.of(0, 12, "Fenland Family Safeguarding team 1", "12")));
        model.put("errors", form.validate(Set.of(12L), LocalDate.of(2026, 11, 25)).toModel());
        String html = render("team-notices/new", model);
        assertTrue(html.contains("id=\"body-error\""));
        assertFalse(html.contains("id=\"title-error\""));
        assertFalse(html.contains("govuk-input--error"));
        assertTrue(html.contains("value=\"Duty cover\""));
        assertTrue(html.contains("value=\"12\" checked"));
    }

    @Test
    void aUserWithoutATeamIsToldWhyThereIsNoForm() throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("form", NoticeForm.blank(Optional.empty()).values());
        model.put("teams", List.of());
        String html = render("team-notices/new", model);
        assertTrue(html.contains("You are not in a team"));
        assertFalse(html.contains("<form"));
    }
}
