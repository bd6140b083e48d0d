package org.safeguard.caserecords.restructure;

import org.osgi.service.component.annotations.Component;
import org.safeguard.caserecords.CaseRecordsModule;
import org.safeguard.platform.api.web.NavigationEntry;

/** The header link for authority administrators, who cannot read case records and so have no other way in. */
@Component(service = NavigationEntry.class)
public class RestructureNavigation implements NavigationEntry {

    @Override
    public String moduleId() {
        return CaseRecordsModule.MODULE_ID;
    }

    @Override
    public String label() {
        return "Restructures";
    }

    @Override
    public String href() {
        return RestructurePages.BASE;
    }

    @Override
    public int order() {
        // With the administration entries, after the case records settings and before the platform's own (900+).
        return 891;
    }

    @Override
    public String permission() {
        return CaseRecordsModule.RESTRUCTURE;
    }
}
