/**
 * The contract of the core case records module for the modules that extend it (Family
 * Safeguarding, reflection sessions, corporate parenting, fostering): find the child's case or
 * the family a user may see, compute statutory timescales in working days, and contribute
 * entries to the chronology and items to the work trays. Record tabs use the platform's
 * {@code RecordTab} with the record types in {@link CaseRecordTypes}.
 */
@org.osgi.annotation.versioning.Version("1.2.0")
package org.safeguard.caserecords.api;
