package org.safeguard.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AssetsTest {

    private final Assets assets = new Assets(AssetsTest.class.getClassLoader());

    @Test
    void servesGovukFrontendAndOwnFilesWithTheirTypes() {
        assertEquals("text/css; charset=utf-8", assets.find("govuk-frontend.min.css").orElseThrow().contentType());
        assertEquals("text/javascript; charset=utf-8", assets.find("govuk-frontend.min.js").orElseThrow().contentType());
        assertEquals("font/woff2", assets.find("fonts/bold-b542beb274-v2.woff2").orElseThrow().contentType());
        assertTrue(assets.find("images/govuk-crest.svg").isPresent());
        assertTrue(assets.find("manifest.json").isPresent());
        assertTrue(assets.find("safeguard.css").isPresent());
        assertTrue(assets.find("safeguard.js").isPresent());
    }

    @Test
    void nothingOutsideTheAssetRoots() {
        for (String path : new String[] {"../templates/layout.hbs", "..%2Ftemplates/layout.hbs", "fonts/../../x.css",
                "/etc/passwd", "", "templates/layout.hbs", "./safeguard.css", "fonts//x.woff",
                "../../../../safeguard-web.properties", "components/header/template.njk"}) {
            assertTrue(assets.find(path).isEmpty(), path);
        }
    }
}
