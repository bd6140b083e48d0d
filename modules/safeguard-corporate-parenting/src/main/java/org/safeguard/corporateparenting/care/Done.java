package org.safeguard.corporateparenting.care;

import java.util.Map;

/** The success banners after post/redirect/get: {@code ?done=<code>} on the tab. Unknown codes show nothing. */
public final class Done {

    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry("started", "Came into care: recorded"),
            Map.entry("legal-status", "Legal status changed"),
            Map.entry("placement", "Placement recorded"),
            Map.entry("holder", "Who holds the child changed"),
            Map.entry("uasc", "Unaccompanied asylum-seeking child: changed"),
            Map.entry("review", "Review recorded"),
            Map.entry("alert", "Case alert raised"),
            Map.entry("alert-response", "Response to the case alert recorded"),
            Map.entry("alert-resolved", "Case alert resolved"),
            Map.entry("health", "Health check recorded"),
            Map.entry("pep", "Personal education plan recorded"),
            Map.entry("left", "Left care: recorded"),
            Map.entry("leaver", "Leaving care support saved"),
            Map.entry("pathway-review", "Pathway plan review recorded"));

    private Done() {
    }

    public static String message(String code) {
        return MESSAGES.getOrDefault(code, null);
    }
}
