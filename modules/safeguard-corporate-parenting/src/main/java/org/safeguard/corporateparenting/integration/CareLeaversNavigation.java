package org.safeguard.corporateparenting.integration;

import org.osgi.service.component.annotations.Component;
import org.safeguard.corporateparenting.CorporateParentingModule;
import org.safeguard.corporateparenting.web.CareLinks;
import org.safeguard.platform.api.web.NavigationEntry;

/** The service's list of care leavers. The host hides it where the module is off or the permission is missing. */
@Component(service = NavigationEntry.class)
public class CareLeaversNavigation implements NavigationEntry {

    @Override
    public String moduleId() {
        return CorporateParentingModule.MODULE_ID;
    }

    @Override
    public String label() {
        return "Care leavers";
    }

    @Override
    public String href() {
        return CareLinks.CARE_LEAVERS;
    }

    @Override
    public int order() {
        return 310;
    }

    @Override
    public String permission() {
        return CorporateParentingModule.READ;
    }
}
