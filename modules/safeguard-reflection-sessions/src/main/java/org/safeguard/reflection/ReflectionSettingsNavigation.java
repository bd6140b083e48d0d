package org.safeguard.reflection;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.platform.api.web.NavigationEntry;
import org.safeguard.reflection.service.ReflectionServices;

/** For authority administrators, who do not read families' discussions and so have no other way in. */
@Component(service = NavigationEntry.class)
public class ReflectionSettingsNavigation implements NavigationEntry {

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
        return "Reflection settings";
    }

    @Override
    public String href() {
        return "/reflection/settings";
    }

    @Override
    public int order() {
        // with the administration entries, after case records settings (890)
        return 892;
    }

    @Override
    public String permission() {
        return ReflectionSessionsModule.SETTINGS;
    }
}
