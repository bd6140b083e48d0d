package org.safeguard.fostering.settings;

import org.osgi.service.component.annotations.Component;
import org.safeguard.fostering.FosteringModule;
import org.safeguard.platform.api.web.NavigationEntry;

/** "Fostering settings" for authority administrators, beside the platform's administration entries. */
@Component(service = NavigationEntry.class)
public class SettingsNavigation implements NavigationEntry {

    @Override
    public String moduleId() {
        return FosteringModule.MODULE_ID;
    }

    @Override
    public String label() {
        return "Fostering settings";
    }

    @Override
    public String href() {
        return "/fostering/settings";
    }

    @Override
    public int order() {
        return 892;
    }

    @Override
    public String permission() {
        return FosteringModule.SETTINGS;
    }
}
