package org.safeguard.familysafeguarding.extension;

import org.osgi.service.component.annotations.Component;
import org.safeguard.caserecords.api.CaseRecordTypes;
import org.safeguard.familysafeguarding.FamilySafeguardingModule;
import org.safeguard.platform.api.web.RecordTab;

/** "Work with parents" on the child's case record: the adult work with the child's household. */
@Component(service = RecordTab.class)
public class CaseTab implements RecordTab {

    @Override
    public String moduleId() {
        return FamilySafeguardingModule.MODULE_ID;
    }

    @Override
    public String recordType() {
        return CaseRecordTypes.CASE;
    }

    @Override
    public String label() {
        return "Work with parents";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String permission() {
        return FamilySafeguardingModule.READ;
    }

    @Override
    public String href(String recordId) {
        return "/family-safeguarding/cases/" + recordId;
    }
}
