package org.safeguard.platform.audit;

import org.osgi.service.component.annotations.Component;
import org.safeguard.platform.api.web.NavigationEntry;

@Component(service = NavigationEntry.class)
public class AuditNavigation implements NavigationEntry {

    @Override
    public String moduleId() {
        return "platform";
    }

    @Override
    public String label() {
        return "Audit log";
    }

    @Override
    public String href() {
        return "/admin/audit";
    }

    @Override
    public int order() {
        return 930;
    }

    @Override
    public String permission() {
        return AuditPages.PERMISSION;
    }
}
