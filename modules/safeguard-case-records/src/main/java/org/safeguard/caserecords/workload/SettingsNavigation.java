package org.safeguard.caserecords.workload;

import org.osgi.service.component.annotations.Component;
import org.safeguard.caserecords.CaseRecordsModule;
import org.safeguard.platform.api.web.NavigationEntry;

/** The header link for authority administrators, who cannot read case records and so have no other way in. */
@Component(service = NavigationEntry.class)
public class SettingsNavigation implements NavigationEntry {

    @Override
    public String moduleId() {
        return CaseRecordsModule.MODULE_ID;
    }

    @Override
    public String label() {
        return "Case records settings";
    }

    @Override
    public String href() {
        return "/cases/settings";
    }

    @Override
    public int order() {
        // With the administration entries, before the platform's own (900+).
        return 890;
    }

    @Override
    public String permission() {
        return CaseRecordsModule.SETTINGS;
    }
}
