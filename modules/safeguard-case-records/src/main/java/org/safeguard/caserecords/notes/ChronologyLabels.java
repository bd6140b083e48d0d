package org.safeguard.caserecords.notes;

import java.util.Locale;
import java.util.Map;

/**
 * Words for the codes the chronology reads from other slices' tables. Kept here, not taken from
 * their enums, so the chronology depends only on the changelog's columns; an unknown code still
 * reads sensibly ("SOME_CODE" becomes "Some code").
 */
final class ChronologyLabels {

    static final Map<String, String> CONTACT_SOURCE = Map.of(
            "POLICE", "police", "SCHOOL", "a school", "HEALTH", "health", "GP", "a GP",
            "PARENT_OR_FAMILY", "a parent or family member", "NEIGHBOUR_OR_PUBLIC", "a neighbour or member of the public",
            "EARLY_HELP", "early help", "HOUSING", "housing", "ANONYMOUS", "an anonymous caller", "OTHER", "another source");

    static final Map<String, String> CONTACT_OUTCOME = Map.of(
            "NO_FURTHER_ACTION", "no further action", "ADVICE_SIGNPOST", "advice and signposting",
            "EARLY_HELP", "early help", "MASH", "sent to the MASH",
            "REFERRAL", "referral to children's social care");

    static final Map<String, String> ASSESSMENT_OUTCOME = Map.of(
            "NO_FURTHER_ACTION", "no further action", "EARLY_HELP", "step down to early help",
            "CHILD_IN_NEED", "child in need plan", "CHILD_PROTECTION", "child protection: strategy discussion",
            "CARE_PROCEEDINGS", "care proceedings");

    static final Map<String, String> S47_OUTCOME = Map.of(
            "CONFERENCE", "initial child protection conference", "CHILD_IN_NEED", "child in need",
            "NO_FURTHER_ACTION", "no further action");

    static final Map<String, String> CONFERENCE_KIND = Map.of(
            "INITIAL", "Initial child protection conference", "REVIEW", "Review child protection conference");

    static final Map<String, String> CONFERENCE_OUTCOME = Map.of(
            "PLAN", "child protection plan", "NO_PLAN", "no child protection plan",
            "CONTINUE", "plan continues", "END_PLAN", "plan ended");

    static final Map<String, String> PLAN_KIND = Map.of(
            "CHILD_IN_NEED", "Child in need plan", "CHILD_PROTECTION", "Child protection plan");

    static final Map<String, String> PLAN_CATEGORY = Map.of(
            "NEGLECT", "neglect", "PHYSICAL_ABUSE", "physical abuse", "EMOTIONAL_ABUSE", "emotional abuse",
            "SEXUAL_ABUSE", "sexual abuse", "MULTIPLE", "multiple");

    static final Map<String, String> PLAN_END = Map.of(
            "STEP_DOWN_CHILD_IN_NEED", "stepped down to child in need", "STEP_UP_CHILD_PROTECTION",
            "stepped up to child protection", "STEP_DOWN_EARLY_HELP", "stepped down to early help",
            "CARE", "child came into care", "CASE_CLOSED", "case closed", "OTHER", "other reason");

    static final Map<String, String> CLOSURE_REASON = Map.of(
            "NO_FURTHER_ACTION", "no further action", "STEP_DOWN_EARLY_HELP", "stepped down to early help",
            "NEEDS_MET", "needs met, plan ended", "MOVED_AWAY", "moved to another authority",
            "TRANSFERRED_TO_CARE", "transferred to children in care", "TURNED_18", "turned 18", "OTHER", "other");

    private ChronologyLabels() {
    }

    static String label(Map<String, String> labels, String code) {
        if (code == null) {
            return "";
        }
        String known = labels.get(code);
        return known != null ? known : code.replace('_', ' ').toLowerCase(Locale.UK);
    }

    static String capitalise(String text) {
        return text == null || text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
