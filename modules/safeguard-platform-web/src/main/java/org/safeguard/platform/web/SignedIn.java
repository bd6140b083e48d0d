package org.safeguard.platform.web;

import org.safeguard.platform.api.security.CurrentUser;

/** A live session and the user it belongs to. */
record SignedIn(String sessionToken, String csrfToken, CurrentUser user) {
}
