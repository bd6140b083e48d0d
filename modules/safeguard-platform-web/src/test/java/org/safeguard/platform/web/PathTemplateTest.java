package org.safeguard.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PathTemplateTest {

    @Test
    void extractsNamedSegments() {
        assertEquals(Map.of("id", "42", "part", "notes"),
                new PathTemplate("/children/{id}/{part}").match("/children/42/notes").orElseThrow());
    }

    @Test
    void decodesParameterValues() {
        assertEquals("a b+c", new PathTemplate("/find/{q}").match("/find/a%20b+c").orElseThrow().get("q"));
    }

    @Test
    void literalPathsMatchOnlyThemselves() {
        PathTemplate template = new PathTemplate("/notices/new");
        assertTrue(template.match("/notices/new").isPresent());
        assertTrue(template.match("/notices/new/").isPresent());
        assertTrue(template.match("/notices/old").isEmpty());
        assertTrue(template.match("/notices").isEmpty());
        assertTrue(template.match("/notices/new/x").isEmpty());
    }

    @Test
    void literalSegmentSortsBeforeParameter() {
        List<PathTemplate> templates = new ArrayList<>(List.of(
                new PathTemplate("/notices/{id}"), new PathTemplate("/notices/new")));
        templates.sort(null);
        assertEquals("/notices/new", templates.get(0).template());
    }

    @Test
    void rootMatchesOnlyRoot() {
        assertTrue(new PathTemplate("/").match("/").isPresent());
        assertTrue(new PathTemplate("/").match("/x").isEmpty());
    }
}
