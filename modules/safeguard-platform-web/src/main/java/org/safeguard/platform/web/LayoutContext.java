package org.safeguard.platform.web;

import java.util.List;

import org.safeguard.platform.api.security.CurrentUser;

/** What the layout needs besides the page: who is looking, their navigation, and the form token. */
record LayoutContext(CurrentUser user, String csrfToken, String currentPath, List<NavItem> navigation, boolean demo) {

    LayoutContext {
        user = user == null ? CurrentUser.ANONYMOUS : user;
        csrfToken = csrfToken == null ? "" : csrfToken;
        navigation = List.copyOf(navigation);
    }

    static LayoutContext anonymous(String currentPath, boolean demo) {
        return new LayoutContext(CurrentUser.ANONYMOUS, "", currentPath, List.of(), demo);
    }
}
