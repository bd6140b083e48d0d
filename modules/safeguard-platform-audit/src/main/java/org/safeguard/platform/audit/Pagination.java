package org.safeguard.platform.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The page numbers a govuk-pagination block shows: first, last, and the neighbours of the
 * current page, with ellipses for the gaps.
 */
record Pagination(int page, int pageCount) {

    static Pagination of(String requested, long total, int pageSize) {
        int pageCount = (int) Math.max(1, (total + pageSize - 1) / pageSize);
        int page;
        try {
            page = requested == null ? 1 : Integer.parseInt(requested.trim());
        } catch (NumberFormatException e) {
            page = 1;
        }
        return new Pagination(Math.min(Math.max(page, 1), pageCount), pageCount);
    }

    int offset(int pageSize) {
        return (page - 1) * pageSize;
    }

    /** The model the template reads; {@code baseHref} ends with the query separator to add {@code page=} to. */
    Map<String, Object> toModel(String baseHref) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("show", pageCount > 1);
        if (page > 1) {
            model.put("previous", baseHref + "page=" + (page - 1));
        }
        if (page < pageCount) {
            model.put("next", baseHref + "page=" + (page + 1));
        }
        List<Map<String, Object>> items = new ArrayList<>();
        int last = 0;
        for (int number = 1; number <= pageCount; number++) {
            boolean shown = number == 1 || number == pageCount || Math.abs(number - page) <= 1;
            if (!shown) {
                continue;
            }
            if (number > last + 1) {
                items.add(Map.of("ellipsis", true));
            }
            items.add(Map.of("number", number, "href", baseHref + "page=" + number, "current", number == page));
            last = number;
        }
        model.put("items", items);
        return model;
    }
}
