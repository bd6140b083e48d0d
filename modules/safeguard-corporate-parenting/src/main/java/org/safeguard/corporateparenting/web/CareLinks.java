package org.safeguard.corporateparenting.web;

/** The module's paths, in one place so pages, tabs, work-tray items and tests agree. */
public final class CareLinks {

    public static final String CHILDREN_IN_CARE = "/children-in-care";
    public static final String PLACEMENTS = "/children-in-care/placements";
    public static final String ALERTS = "/children-in-care/alerts";
    public static final String SETTINGS = "/children-in-care/settings";
    public static final String CARE_LEAVERS = "/care-leavers";

    private CareLinks() {
    }

    public static String tab(long caseId) {
        return CHILDREN_IN_CARE + "/cases/" + caseId;
    }

    public static String onCase(long caseId, String page) {
        return tab(caseId) + "/" + page;
    }

    public static String leaver(long caseId) {
        return CARE_LEAVERS + "/cases/" + caseId;
    }

    /** Case records' page to record a visit to the child. */
    public static String recordVisit(long caseId) {
        return "/cases/" + caseId + "/notes/new";
    }

    public static String alert(long alertId, String action) {
        return ALERTS + "/" + alertId + "/" + action;
    }
}
