package org.safeguard.modules.teamnotices;

import org.osgi.service.component.annotations.Component;
import org.safeguard.platform.api.web.NavigationEntry;

/** The header link. The web host hides it from users without the permission or whose district has the module off. */
@Component(service = NavigationEntry.class)
public class TeamNoticesNavigation implements NavigationEntry {

    @Override
    public String moduleId() {
        return TeamNoticesModule.MODULE_ID;
    }

    @Override
    public String label() {
        return "Team notices";
    }

    @Override
    public String href() {
        return "/team-notices";
    }

    @Override
    public int order() {
        // Modules sit before the platform's own entries (900+).
        return 100;
    }

    @Override
    public String permission() {
        return TeamNoticesModule.READ;
    }
}
