package org.safeguard.caserecords;

import org.osgi.service.component.annotations.Component;
import org.safeguard.platform.api.web.NavigationEntry;

/** The header link to the case records home (search, my cases, the front door). */
@Component(service = NavigationEntry.class)
public class CaseRecordsNavigation implements NavigationEntry {

    @Override
    public String moduleId() {
        return CaseRecordsModule.MODULE_ID;
    }

    @Override
    public String label() {
        return "Cases";
    }

    @Override
    public String href() {
        return "/cases";
    }

    @Override
    public int order() {
        // First of the modules: everything else extends case records.
        return 10;
    }

    @Override
    public String permission() {
        return CaseRecordsModule.READ;
    }
}
