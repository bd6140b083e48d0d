package org.safeguard.caserecords.workload;

import org.osgi.service.component.annotations.Component;
import org.safeguard.caserecords.CaseRecordsModule;
import org.safeguard.platform.api.web.NavigationEntry;

/** The header link to the work tray: a worker's own tasks, or a manager's team. */
@Component(service = NavigationEntry.class)
public class WorkTrayNavigation implements NavigationEntry {

    @Override
    public String moduleId() {
        return CaseRecordsModule.MODULE_ID;
    }

    @Override
    public String label() {
        return "Work tray";
    }

    @Override
    public String href() {
        return "/cases/work-tray";
    }

    @Override
    public int order() {
        // Straight after "Cases" (10).
        return 11;
    }

    @Override
    public String permission() {
        return CaseRecordsModule.READ;
    }
}
