package org.safeguard.reflection.web;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.api.CaseRecordTypes;
import org.safeguard.platform.api.web.RecordTab;
import org.safeguard.reflection.ReflectionSessionsModule;
import org.safeguard.reflection.service.ReflectionServices;

/** The family record's "Reflection sessions" tab: the family's discussion history and open actions. */
@Component(service = RecordTab.class)
public class FamilyTab implements RecordTab {

    /**
     * Not used: held so the entry is registered only while the module's pages are (they need case
     * records), never linking to a page that would answer 404.
     */
    @Reference
    private ReflectionServices services;

    @Override
    public String moduleId() {
        return ReflectionSessionsModule.MODULE_ID;
    }

    @Override
    public String recordType() {
        return CaseRecordTypes.FAMILY;
    }

    @Override
    public String label() {
        return "Reflection sessions";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public String permission() {
        return ReflectionSessionsModule.READ;
    }

    @Override
    public String href(String recordId) {
        return "/reflection/families/" + recordId;
    }
}
