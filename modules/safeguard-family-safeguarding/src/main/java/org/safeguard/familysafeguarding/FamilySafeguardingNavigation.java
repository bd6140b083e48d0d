package org.safeguard.familysafeguarding;

import org.osgi.service.component.annotations.Component;
import org.safeguard.platform.api.web.NavigationEntry;

/** The header link to the module's home: the practitioner's own families and the team views. */
@Component(service = NavigationEntry.class)
public class FamilySafeguardingNavigation implements NavigationEntry {

    @Override
    public String moduleId() {
        return FamilySafeguardingModule.MODULE_ID;
    }

    @Override
    public String label() {
        return "Family Safeguarding";
    }

    @Override
    public String href() {
        return "/family-safeguarding";
    }

    @Override
    public int order() {
        // Right after case records, which it extends.
        return 20;
    }

    @Override
    public String permission() {
        return FamilySafeguardingModule.READ;
    }
}
