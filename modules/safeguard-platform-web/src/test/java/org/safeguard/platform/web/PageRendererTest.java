package org.safeguard.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.web.FormErrors;

class PageRendererTest {

    record Notice(String heading, String state) {}

    private final PageRenderer renderer = new PageRenderer(new TemplateOrigin.ClassOrigin(PageRenderer.class));
    private final TemplateOrigin module = new TemplateOrigin.ClassOrigin(PageRendererTest.class);
    private final LayoutContext layout = new LayoutContext(Fixtures.SOCIAL_WORKER, "tok-123", "/notices",
            List.of(new NavItem("Notices", "/notices", true), new NavItem("Audit", "/audit", false)), true);

    @Test
    void modulePageIsWrappedInTheLayoutWithHelpersPartialsAndEscaping() throws Exception {
        String html = renderer.page(module, "testmodule/notice", "Team notices",
                Map.of("notice", new Notice("<b>Fire drill</b>", "OPEN"), "posted", LocalDate.of(2026, 11, 25),
                        "errors", new FormErrors().add("title", "Enter a title").toModel()), layout);
        assertTrue(html.contains("<html lang=\"en\" class=\"govuk-template\">"));
        assertTrue(html.contains("<title>Team notices – Safeguard</title>"));
        assertEquals(1, html.split("aria-label=\"Menu\"", -1).length - 1, "one landmark named Menu: the nav");
        assertTrue(html.contains("<nav aria-label=\"Menu\""));
        assertTrue(html.contains("&lt;b&gt;Fire drill&lt;/b&gt;"), "model text is HTML-escaped");
        assertTrue(html.contains("25 November 2026"));
        assertTrue(html.contains("<strong class=\"govuk-tag\">Open</strong>"));
        assertTrue(html.contains("<a href=\"#title\">Enter a title</a>"));
        assertTrue(html.contains("name=\"_csrf\" value=\"tok-123\""));
        assertTrue(html.contains("Sam Worker"));
        assertTrue(html.contains("Fenland"));
        assertTrue(html.contains("aria-current=\"page\""));
        assertTrue(html.contains("govuk-phase-banner"));
        assertFalse(html.contains("<script>"), "no inline script: the CSP forbids it");
    }

    @Test
    void anonymousLayoutHasNoSignOutOrNavigation() throws Exception {
        String html = renderer.platformPage("error", "Page not found",
                Map.of("status", 404, "heading", "Page not found"), LayoutContext.anonymous("/x", false));
        assertTrue(html.contains("Page not found"));
        assertFalse(html.contains("Sign out"));
        assertFalse(html.contains("govuk-service-navigation\""));
        assertFalse(html.contains("govuk-phase-banner"));
    }

    @Test
    void refusesTemplateNamesThatClimbOutOfTemplates() {
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> renderer.page(module, "../secret", "x", Map.of(), layout));
    }

    @Test
    void forgettingAnOriginDropsItsCompiledTemplates() throws Exception {
        renderer.page(module, "testmodule/notice", "Team notices", Map.of("notice", new Notice("Drill", "OPEN")), layout);
        assertEquals(1, renderer.cachedOrigins());
        renderer.forget(module);
        assertEquals(0, renderer.cachedOrigins());
        assertTrue(renderer.page(module, "testmodule/notice", "Team notices",
                Map.of("notice", new Notice("Drill", "OPEN")), layout).contains("Drill"), "compiled again on demand");
    }
}
