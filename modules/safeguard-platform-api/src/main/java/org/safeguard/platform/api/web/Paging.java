package org.safeguard.platform.api.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


/**
 * Long lists page (GOV.UK pagination component): {@code ?page=n}, fixed page size. Put
 * {@link #model} under {@code paging} and include {@code {{> sg/pagination}}}.
 */
public record Paging(int page, int size, long total) {

    public static final int DEFAULT_SIZE = 25;

    public static Paging of(WebRequest request, int size, long total) {
        int requested = request.query("page").filter(p -> p.matches("\\d{1,6}")).map(Integer::parseInt).orElse(1);
        int last = (int) Math.max(1, (total + size - 1) / size);
        return new Paging(Math.min(Math.max(1, requested), last), size, total);
    }

    public int offset() {
        return (page - 1) * size;
    }

    public int lastPage() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** @param baseHref the list's URL with its other query parameters, e.g. {@code /cases/mash?} or {@code /cases?q=smith&} */
    public Map<String, Object> model(String baseHref) {
        Map<String, Object> model = new HashMap<>();
        model.put("total", total);
        model.put("from", total == 0 ? 0 : offset() + 1);
        model.put("to", Math.min(total, (long) offset() + size));
        model.put("multiple", lastPage() > 1);
        if (page > 1) {
            model.put("previous", baseHref + "page=" + (page - 1));
        }
        if (page < lastPage()) {
            model.put("next", baseHref + "page=" + (page + 1));
        }
        List<Map<String, Object>> pages = new ArrayList<>();
        for (int n = 1; n <= lastPage(); n++) {
            // first, last and the neighbours of the current page; an ellipsis marks each gap once
            boolean shown = n == 1 || n == lastPage() || Math.abs(n - page) <= 1;
            if (shown) {
                pages.add(Map.of("number", n, "href", baseHref + "page=" + n, "current", n == page));
            } else if (pages.isEmpty() || !pages.get(pages.size() - 1).containsKey("ellipsis")) {
                pages.add(Map.of("ellipsis", true));
            }
        }
        model.put("pages", pages);
        return model;
    }
}
