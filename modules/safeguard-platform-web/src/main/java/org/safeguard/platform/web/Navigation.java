package org.safeguard.platform.web;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.NavigationEntry;

/** The navigation entries one user may see: permission held, module enabled where they work, in order. */
final class Navigation {

    private Navigation() {
    }

    static List<NavItem> visible(Collection<NavigationEntry> entries, CurrentUser user, ModuleGate gate,
                                 String currentPath) {
        if (user == null || !user.isAuthenticated()) {
            return List.of();
        }
        return entries.stream()
                .filter(entry -> user.hasPermission(entry.permission()))
                .filter(entry -> gate.isEnabledFor(entry.moduleId(), user))
                .sorted(Comparator.comparingInt(NavigationEntry::order).thenComparing(NavigationEntry::label))
                .map(entry -> new NavItem(entry.label(), entry.href(), isCurrent(entry.href(), currentPath)))
                .toList();
    }

    static boolean isCurrent(String href, String currentPath) {
        if (href == null || currentPath == null) {
            return false;
        }
        return href.equals(currentPath) || (!"/".equals(href) && currentPath.startsWith(href + "/"));
    }
}
