package org.safeguard.platform.identity.web;

import org.osgi.service.component.annotations.Component;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.web.NavigationEntry;
import org.safeguard.platform.identity.PlatformModule;

@Component(service = NavigationEntry.class)
public class OrganisationNavigation implements NavigationEntry {

    @Override
    public String moduleId() {
        return ModuleEnablement.PLATFORM;
    }

    @Override
    public String label() {
        return "Organisation";
    }

    @Override
    public String href() {
        return "/admin/organisation";
    }

    @Override
    public int order() {
        return 910;
    }

    @Override
    public String permission() {
        return PlatformModule.ORGANISATION_VIEW;
    }
}
