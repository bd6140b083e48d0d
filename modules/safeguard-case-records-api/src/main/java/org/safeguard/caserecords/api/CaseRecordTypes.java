package org.safeguard.caserecords.api;

/** Record types for {@code org.safeguard.platform.api.web.RecordTab#recordType()} on case records pages. */
public final class CaseRecordTypes {

    /** The child's case page; the record id is the case id. */
    public static final String CASE = "case";

    /** The family (household) page; the record id is the family id. */
    public static final String FAMILY = "family";

    /** The module id of core case records, for enablement checks by extending modules. */
    public static final String MODULE_ID = "case-records";

    private CaseRecordTypes() {
    }
}
