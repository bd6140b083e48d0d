package org.safeguard.caserecords.people;

import java.util.Locale;
import java.util.Map;

/**
 * Labels for the front door's contact codes, as the person page lists them. The codes are the
 * changelog's; the front door slice owns the contact pages and may word them its own way.
 */
final class ContactWords {

    private static final Map<String, String> SOURCES = Map.of(
            "GP", "GP", "NEIGHBOUR_OR_PUBLIC", "Neighbour or member of the public",
            "PARENT_OR_FAMILY", "Parent or family");

    private static final Map<String, String> OUTCOMES = Map.of(
            "NO_FURTHER_ACTION", "No further action",
            "ADVICE_SIGNPOST", "Advice or signposting",
            "EARLY_HELP", "Early help",
            "MASH", "MASH",
            "REFERRAL", "Referral to assessment");

    private ContactWords() {
    }

    static String source(String code) {
        if (code == null) {
            return "";
        }
        return SOURCES.getOrDefault(code, sentence(code));
    }

    /** The outcome once decided; until then where the contact is. */
    static String outcome(String status, String outcome) {
        if ("IN_MASH".equals(status)) {
            return "In MASH";
        }
        if ("AWAITING_DECISION".equals(status) || outcome == null) {
            return "Awaiting decision";
        }
        return OUTCOMES.getOrDefault(outcome, sentence(outcome));
    }

    /** POLICE -> Police, EARLY_HELP -> Early help. */
    static String sentence(String code) {
        String words = code.replace('_', ' ').toLowerCase(Locale.UK);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
