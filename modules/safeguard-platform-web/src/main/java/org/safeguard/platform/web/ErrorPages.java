package org.safeguard.platform.web;

import java.util.Map;

/** Headings and default messages of the styled error pages, worded as the GOV.UK design system suggests. */
final class ErrorPages {

    record Wording(String title, String message) {}

    static final String SIGN_IN_UNAVAILABLE = "Sign-in is not available yet";

    private static final Map<Integer, Wording> WORDING = Map.of(
            400, new Wording("There is a problem", "Check what you entered and try again."),
            403, new Wording("You do not have permission to see this page",
                    "Ask your team manager or administrator if you need access."),
            404, new Wording("Page not found", "If you typed the web address, check it is correct. "
                    + "If you pasted the web address, check you copied the entire address."),
            405, new Wording("Page not found", "If you typed the web address, check it is correct."),
            413, new Wording("The form you sent is too large", "Go back and send less information at a time."),
            500, new Wording("Sorry, there is a problem with the service", "Try again later."),
            503, new Wording(SIGN_IN_UNAVAILABLE, "The service is starting. Try again in a few minutes."));

    private ErrorPages() {
    }

    static Wording wording(int status) {
        return WORDING.getOrDefault(status, WORDING.get(500));
    }
}
