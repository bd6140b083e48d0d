package org.safeguard.platform.audit;

import org.safeguard.platform.api.audit.AuditEvent;

/**
 * Cuts an event's text to the column sizes before it is hashed, so the hash covers exactly what
 * the database keeps rather than failing the insert or hashing text that was never stored.
 */
final class AuditFields {

    static final int NAME = 255;
    static final int ACTION = 100;
    static final int SUBJECT_ID = 255;
    static final int DETAIL = 2000;
    static final int ADDRESS = 100;

    private AuditFields() {
    }

    static AuditEvent fit(AuditEvent event) {
        return new AuditEvent(event.actorUserId(), cut(event.actorName(), NAME), event.authorityId(),
                cut(event.action(), ACTION), cut(event.subjectType(), ACTION), cut(event.subjectId(), SUBJECT_ID),
                cut(event.detail(), DETAIL), cut(event.remoteAddress(), ADDRESS));
    }

    static String cut(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        return value.substring(0, max - 1) + "…";
    }
}
