package org.safeguard.reflection;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.platform.api.web.NavigationEntry;
import org.safeguard.reflection.service.ReflectionServices;

/** The header link to the user's teams' sessions. */
@Component(service = NavigationEntry.class)
public class ReflectionNavigation implements NavigationEntry {

    /**
     * Not used: held so the entry is registered only while the module's pages are (they need case
     * records), never linking to a page that would answer 404.
     */
    @Reference
    private ReflectionServices services;

    @Override
    public String moduleId() {
        return ReflectionSessionsModule.MODULE_ID;
    }

    @Override
    public String label() {
        return "Reflection sessions";
    }

    @Override
    public String href() {
        return "/reflection";
    }

    @Override
    public int order() {
        // after case records (10), which it extends
        return 40;
    }

    @Override
    public String permission() {
        return ReflectionSessionsModule.READ;
    }
}
