package org.safeguard.reflection;

import org.osgi.service.component.annotations.Component;
import org.safeguard.platform.api.web.NavigationEntry;

/** The header link to the user's teams' sessions. */
@Component(service = NavigationEntry.class)
public class ReflectionNavigation implements NavigationEntry {

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
