package org.safeguard.caserecords.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.safeguard.caserecords.api.CaseRecordTypes;
import org.safeguard.caserecords.api.ChildCase;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.RecordTabs;

/**
 * The banner and tabs every page of a child's case shows: who the child is, where the case is,
 * and the case's pages, followed by the tabs other modules add through {@code RecordTab}.
 * Put {@link #model} under {@code caseHeader} and include {@code {{> case-records/partials/case-header}}}.
 */
public final class CaseHeader {

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

    public static Map<String, Object> model(ChildCase childCase, Section current, CurrentUser user, RecordTabs moduleTabs) {
        Map<String, Object> model = new HashMap<>();
        model.put("caseId", childCase.id());
        model.put("childName", childCase.childName());
        model.put("dateOfBirth", childCase.childDateOfBirth());
        model.put("familyId", childCase.familyId());
        model.put("familyName", childCase.familyName());
        model.put("stage", childCase.stage().label());
        model.put("open", childCase.open());
        model.put("openedOn", childCase.openedOn());
        model.put("closedOn", childCase.closedOn());
        List<Map<String, Object>> tabs = new ArrayList<>();
        String base = "/cases/" + childCase.id();
        for (Section section : Section.values()) {
            tabs.add(Map.of("label", section.label, "href", base + section.suffix, "current", section == current));
        }
        if (moduleTabs != null) {
            for (RecordTabs.VisibleTab tab : moduleTabs.tabs(CaseRecordTypes.CASE, String.valueOf(childCase.id()), user)) {
                tabs.add(Map.of("label", tab.label(), "href", tab.href(), "current", false));
            }
        }
        model.put("tabs", tabs);
        return model;
    }
}
