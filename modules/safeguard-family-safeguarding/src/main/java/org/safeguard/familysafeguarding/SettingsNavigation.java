package org.safeguard.familysafeguarding;

import org.osgi.service.component.annotations.Component;
import org.safeguard.platform.api.web.NavigationEntry;

/** The settings link for authority administrators, who do not read families' records and have no other way in. */
@Component(service = NavigationEntry.class)
public class SettingsNavigation implements NavigationEntry {

    @Override
    public String moduleId() {
        return FamilySafeguardingModule.MODULE_ID;
    }

    @Override
    public String label() {
        return "Family Safeguarding settings";
    }

    @Override
    public String href() {
        return "/family-safeguarding/settings";
    }

    @Override
    public int order() {
        // With the administration entries, after case records' settings, before the platform's own (900+).
        return 891;
    }

    @Override
    public String permission() {
        return FamilySafeguardingModule.SETTINGS;
    }
}
