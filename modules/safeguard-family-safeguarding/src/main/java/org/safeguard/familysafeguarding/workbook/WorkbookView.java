package org.safeguard.familysafeguarding.workbook;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.safeguard.familysafeguarding.model.WorkbookEntry;
import org.safeguard.familysafeguarding.model.WorkbookRevision;
import org.safeguard.familysafeguarding.model.WorkbookRole;
import org.safeguard.familysafeguarding.web.Text;

/**
 * The family workbook as one integrated assessment: each worker role's chapter in a fixed order
 * (the children first, then each adult discipline), then the monthly summaries, newest month
 * first, each month's summaries in the same role order. Public records for the template engine.
 */
public final class WorkbookView {

    /**
     * One entry (or one version of it in its history).
     *
     * @param author     who wrote this version
     * @param firstAuthor who first wrote the entry, when it has been edited since
     */
    public record EntryView(long id, String role, List<String> paragraphs, String author, Instant recordedAt,
                            boolean edited, String firstAuthor, Instant firstRecordedAt, int revision,
                            Instant supersededAt, boolean canEdit, String editHref) {}

    /** A role's chapter slot: written or not yet. */
    public record ChapterView(String role, String title, String slug, EntryView entry, boolean canWrite) {}

    public record MonthView(String month, List<EntryView> summaries) {}

    private WorkbookView() {
    }

    static List<ChapterView> chapters(List<WorkbookEntry> entries, Set<WorkbookRole> writable, String base) {
        Map<WorkbookRole, WorkbookEntry> written = new LinkedHashMap<>();
        for (WorkbookEntry entry : entries) {
            if (entry.kind() == WorkbookEntry.Kind.CHAPTER) {
                written.put(entry.role(), entry);
            }
        }
        List<ChapterView> chapters = new ArrayList<>();
        for (WorkbookRole role : WorkbookRole.values()) {
            WorkbookEntry entry = written.get(role);
            boolean canWrite = writable.contains(role);
            String href = base + "/workbook/chapters/" + role.slug();
            chapters.add(new ChapterView(role.label(), role.chapterTitle(), role.slug(),
                    entry == null ? null : entry(entry, canWrite, href), canWrite));
        }
        return chapters;
    }

    static List<MonthView> months(List<WorkbookEntry> entries, Set<WorkbookRole> writable, String base) {
        TreeMap<LocalDate, List<WorkbookEntry>> byMonth = new TreeMap<>(Comparator.reverseOrder());
        for (WorkbookEntry entry : entries) {
            if (entry.kind() == WorkbookEntry.Kind.MONTHLY_SUMMARY) {
                byMonth.computeIfAbsent(entry.monthStart(), m -> new ArrayList<>()).add(entry);
            }
        }
        List<MonthView> months = new ArrayList<>();
        byMonth.forEach((month, summaries) -> months.add(new MonthView(Text.month(month), summaries.stream()
                .sorted(Comparator.comparing(WorkbookEntry::role))
                .map(e -> entry(e, writable.contains(e.role()), base + "/workbook/summaries/" + e.id()))
                .toList())));
        return months;
    }

    static EntryView entry(WorkbookEntry e, boolean canEdit, String editHref) {
        return new EntryView(e.id(), e.role().label(), Text.paragraphs(e.body()), e.authorName(),
                Text.instant(e.recordedAtUtc()), e.edited(), e.edited() ? e.firstAuthorName() : null,
                e.edited() ? Text.instant(e.firstRecordedAtUtc()) : null, e.revision(), null, canEdit, editHref);
    }

    static EntryView earlier(WorkbookRevision r, String role) {
        return new EntryView(r.entryId(), role, Text.paragraphs(r.body()), r.authorName(), Text.instant(r.recordedAtUtc()),
                false, null, null, r.revision(), Text.instant(r.supersededAtUtc()), false, null);
    }
}
