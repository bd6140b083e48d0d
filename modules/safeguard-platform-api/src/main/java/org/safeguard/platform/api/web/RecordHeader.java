package org.safeguard.platform.api.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The banner and tabs at the top of every page about one record (a child's case, a family).
 * The module that owns the record builds it, with the tabs other modules add through
 * {@link RecordTab}, so a module's own tab page shows the same banner and the same tabs as the
 * record's pages. Put it in the page model as {@code recordHeader} and include the host's
 * partial {@code {{> sg/record-header}}}.
 *
 * @param caption   the small line above the title, e.g. "Smith family · Case 42"
 * @param title     the record's name, the page's h1
 * @param facts     short facts shown in one line, separated by a middle dot, e.g. "Born 3 May 2019"
 * @param status    a tag after the facts, e.g. the case's stage; null for none
 * @param links     links after the facts, e.g. to the family record
 * @param tabsLabel the accessible name of the tabs' navigation, e.g. "Case pages"
 * @param tabs      the record's pages, the current one marked
 */
public record RecordHeader(String caption, String title, List<String> facts, Status status, List<Link> links,
                           String tabsLabel, List<Tab> tabs) {

    /** @param active false shows the tag grey (e.g. a closed case) */
    public record Status(String label, boolean active) {}

    public record Link(String label, String href) {}

    public record Tab(String label, String href, boolean current) {}

    public RecordHeader {
        Objects.requireNonNull(title, "title");
        facts = List.copyOf(facts);
        links = List.copyOf(links);
        tabs = List.copyOf(tabs);
    }

    /**
     * The same header with the tab for {@code path} marked current: the tab whose href is the
     * longest prefix of the path (so a module's sub-page keeps its tab marked), or none.
     */
    public RecordHeader withCurrent(String path) {
        Tab best = null;
        for (Tab tab : tabs) {
            if (covers(tab.href(), path) && (best == null || tab.href().length() > best.href().length())) {
                best = tab;
            }
        }
        List<Tab> marked = new ArrayList<>(tabs.size());
        for (Tab tab : tabs) {
            marked.add(new Tab(tab.label(), tab.href(), tab == best));
        }
        return new RecordHeader(caption, title, facts, status, links, tabsLabel, marked);
    }

    private static boolean covers(String href, String path) {
        if (path == null) {
            return false;
        }
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return bare.equals(href) || bare.startsWith(href.endsWith("/") ? href : href + "/");
    }
}
