package org.safeguard.corporateparenting.integration;

import org.osgi.service.component.annotations.Component;
import org.safeguard.corporateparenting.CorporateParentingModule;
import org.safeguard.corporateparenting.web.CareLinks;
import org.safeguard.platform.api.web.NavigationEntry;

/** For authority administrators, with the other administration entries. The host hides it where the module is off or the permission is missing. */
@Component(service = NavigationEntry.class)
public class SettingsNavigation implements NavigationEntry {

    @Override
    public String moduleId() {
        return CorporateParentingModule.MODULE_ID;
    }

    @Override
    public String label() {
        return "Corporate parenting settings";
    }

    @Override
    public String href() {
        return CareLinks.SETTINGS;
    }

    @Override
    public int order() {
        return 892;
    }

    @Override
    public String permission() {
        return CorporateParentingModule.SETTINGS;
    }
}
