package org.safeguard.corporateparenting.integration;

import org.osgi.service.component.annotations.Component;
import org.safeguard.corporateparenting.CorporateParentingModule;
import org.safeguard.corporateparenting.web.CareLinks;
import org.safeguard.platform.api.web.NavigationEntry;

/** The service's list of children in care. The host hides it where the module is off or the permission is missing. */
@Component(service = NavigationEntry.class)
public class ChildrenInCareNavigation implements NavigationEntry {

    @Override
    public String moduleId() {
        return CorporateParentingModule.MODULE_ID;
    }

    @Override
    public String label() {
        return "Children in care";
    }

    @Override
    public String href() {
        return CareLinks.CHILDREN_IN_CARE;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public String permission() {
        return CorporateParentingModule.READ;
    }
}
