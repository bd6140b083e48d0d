package org.safeguard.corporateparenting.integration;

import org.osgi.service.component.annotations.Component;
import org.safeguard.caserecords.api.CaseRecordTypes;
import org.safeguard.corporateparenting.CorporateParentingModule;
import org.safeguard.corporateparenting.web.CareLinks;
import org.safeguard.platform.api.web.RecordTab;

/** The "Child in care" tab on every child's case, where a child comes into care and their care is recorded. */
@Component(service = RecordTab.class)
public class ChildInCareTab implements RecordTab {

    @Override
    public String moduleId() {
        return CorporateParentingModule.MODULE_ID;
    }

    @Override
    public String recordType() {
        return CaseRecordTypes.CASE;
    }

    @Override
    public String label() {
        return "Child in care";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public String permission() {
        return CorporateParentingModule.READ;
    }

    @Override
    public String href(String recordId) {
        return CareLinks.tab(Long.parseLong(recordId));
    }
}
