package org.safeguard.fostering.contact;

import org.osgi.service.component.annotations.Component;
import org.safeguard.caserecords.api.CaseRecordTypes;
import org.safeguard.fostering.FosteringModule;
import org.safeguard.platform.api.web.RecordTab;

/** The "Supervised contact" tab on a child's case. The host shows it where fostering is enabled. */
@Component(service = RecordTab.class)
public class ContactTab implements RecordTab {

    @Override
    public String moduleId() {
        return FosteringModule.MODULE_ID;
    }

    @Override
    public String recordType() {
        return CaseRecordTypes.CASE;
    }

    @Override
    public String label() {
        return "Supervised contact";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public String permission() {
        return FosteringModule.READ;
    }

    @Override
    public String href(String recordId) {
        return "/fostering/cases/" + recordId + "/contact";
    }
}
