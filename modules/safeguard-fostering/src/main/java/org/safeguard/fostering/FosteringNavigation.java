package org.safeguard.fostering;

import org.osgi.service.component.annotations.Component;
import org.safeguard.platform.api.web.NavigationEntry;

/** The header link. The web host hides it without the permission or where the module is off. */
@Component(service = NavigationEntry.class)
public class FosteringNavigation implements NavigationEntry {

    @Override
    public String moduleId() {
        return FosteringModule.MODULE_ID;
    }

    @Override
    public String label() {
        return "Fostering";
    }

    @Override
    public String href() {
        return "/fostering";
    }

    @Override
    public int order() {
        // after case records' own entries (10, 11)
        return 60;
    }

    @Override
    public String permission() {
        return FosteringModule.READ;
    }
}
