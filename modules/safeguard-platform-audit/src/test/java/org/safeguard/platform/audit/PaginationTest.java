package org.safeguard.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PaginationTest {

    @Test
    void clampsNonsenseAndOutOfRangePages() {
        assertEquals(1, Pagination.of("abc", 120, 50).page());
        assertEquals(3, Pagination.of("99", 120, 50).page());
        assertEquals(1, Pagination.of("-4", 120, 50).page());
        assertEquals(1, Pagination.of(null, 0, 50).pageCount());
    }

    @Test
    void showsFirstLastAndNeighboursWithEllipses() {
        Map<String, Object> model = Pagination.of("5", 500, 50).toModel("/admin/audit?");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) model.get("items");
        List<Object> shown = items.stream().map(i -> i.containsKey("ellipsis") ? "…" : i.get("number")).toList();
        assertEquals(List.of(1, "…", 4, 5, 6, "…", 10), shown);
        assertEquals("/admin/audit?page=4", model.get("previous"));
        assertEquals("/admin/audit?page=6", model.get("next"));
    }

    @Test
    void aSinglePageNeedsNoPagination() {
        assertFalse((Boolean) Pagination.of("1", 12, 50).toModel("/x?").get("show"));
    }
}
