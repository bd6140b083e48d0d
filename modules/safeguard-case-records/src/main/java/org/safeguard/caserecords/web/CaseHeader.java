package org.safeguard.caserecords.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.safeguard.caserecords.api.CaseRecordTypes;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.caserecords.api.FamilySummary;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.RecordHeader;
import org.safeguard.platform.api.web.RecordTabs;

/**
 * The banner and tabs every page of a child's case (or a family) shows: who the child is, where
 * the case is, and the case's pages, followed by the tabs other modules add through
 * {@code RecordTab}. Put the header under {@code recordHeader} and include {@code {{> sg/record-header}}};
 * extending modules get the same header through {@code CaseDirectory.caseHeader}.
 */
public final class CaseHeader {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public enum Section {
        SUMMARY("Summary", ""), NOTES("Notes and visits", "/notes"), CHRONOLOGY("Chronology", "/chronology"),
        ALLOCATION("Allocation", "/allocation");

        private final String label;
        private final String suffix;

        Section(String label, String suffix) {
            this.label = label;
            this.suffix = suffix;
        }
    }

    private CaseHeader() {
    }

    /** The case's header with {@code current} marked. */
    public static RecordHeader model(ChildCase childCase, Section current, CurrentUser user, RecordTabs moduleTabs) {
        return of(childCase, user, moduleTabs).withCurrent("/cases/" + childCase.id() + current.suffix);
    }

    /** The case's header, no tab marked. */
    public static RecordHeader of(ChildCase childCase, CurrentUser user, RecordTabs moduleTabs) {
        List<String> facts = new ArrayList<>();
        if (childCase.childDateOfBirth() != null) {
            facts.add("Born " + SHOWN.format(childCase.childDateOfBirth()));
        }
        facts.add("Opened " + SHOWN.format(childCase.openedOn())
                + (childCase.closedOn() == null ? "" : ", closed " + SHOWN.format(childCase.closedOn())));
        List<RecordHeader.Tab> tabs = new ArrayList<>();
        String base = "/cases/" + childCase.id();
        for (Section section : Section.values()) {
            tabs.add(new RecordHeader.Tab(section.label, base + section.suffix, false));
        }
        tabs.addAll(moduleTabs(moduleTabs, CaseRecordTypes.CASE, childCase.id(), user));
        return new RecordHeader(childCase.familyName() + " family \u00b7 Case " + childCase.id(), childCase.childName(),
                facts, new RecordHeader.Status(childCase.stage().label(), childCase.open()),
                List.of(new RecordHeader.Link("Family record", "/cases/families/" + childCase.familyId())),
                "Case pages", tabs);
    }

    /** The family's header, no tab marked: the family page itself, then the modules' family tabs. */
    public static RecordHeader family(FamilySummary family, CurrentUser user, RecordTabs moduleTabs) {
        List<RecordHeader.Tab> tabs = new ArrayList<>();
        tabs.add(new RecordHeader.Tab("Family", "/cases/families/" + family.id(), false));
        tabs.addAll(moduleTabs(moduleTabs, CaseRecordTypes.FAMILY, family.id(), user));
        List<String> facts = family.postcode() == null || family.postcode().isBlank()
                ? List.of() : List.of("Postcode " + family.postcode());
        return new RecordHeader("Family record " + family.id(), family.name() + " family", facts, null, List.of(),
                "Family pages", tabs);
    }

    private static List<RecordHeader.Tab> moduleTabs(RecordTabs moduleTabs, String recordType, long id, CurrentUser user) {
        if (moduleTabs == null || user == null) {
            return List.of();
        }
        return moduleTabs.tabs(recordType, String.valueOf(id), user).stream()
                .map(tab -> new RecordHeader.Tab(tab.label(), tab.href(), false))
                .toList();
    }
}
