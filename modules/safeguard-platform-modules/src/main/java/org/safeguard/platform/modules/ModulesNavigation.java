package org.safeguard.platform.modules;

import org.osgi.service.component.annotations.Component;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.web.NavigationEntry;

@Component(service = NavigationEntry.class)
public class ModulesNavigation implements NavigationEntry {

    @Override
    public String moduleId() {
        return ModuleEnablement.PLATFORM;
    }

    @Override
    public String label() {
        return "Modules";
    }

    @Override
    public String href() {
        return "/admin/modules";
    }

    @Override
    public int order() {
        return 920;
    }

    @Override
    public String permission() {
        return ModulesPages.MANAGE;
    }
}
