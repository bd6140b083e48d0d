package org.safeguard.platform.api.web;

/**
 * Whiteboard service: a tab a module adds to a record page (for example the child's record),
 * linking to one of its own routes. The page that owns the record asks {@link RecordTabs} for
 * the tabs the current user may see.
 */
public interface RecordTab {

    String moduleId();

    /** The kind of record, e.g. {@code child} or {@code family}. */
    String recordType();

    String label();

    int order();

    /** null: any signed-in user. */
    String permission();

    /** Where the tab links to for one record. */
    String href(String recordId);
}
