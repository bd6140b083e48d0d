package org.safeguard.platform.api.audit;

import java.util.List;

import org.safeguard.platform.api.security.CurrentUser;

/**
 * The platform's append-only, hash-chained audit log. Modules call it for every read and write
 * of personal data.
 */
public interface AuditLog {

    AuditEntry record(AuditEvent event);

    /** Shorthand for the common case of a signed-in user acting through a page. */
    default AuditEntry record(CurrentUser user, String remoteAddress, String action,
                              String subjectType, String subjectId, String detail) {
        return record(new AuditEvent(user.userId(), user.username(), user.authorityId(),
                action, subjectType, subjectId, detail, remoteAddress));
    }

    /**
     * Newest first, at most {@code limit}: one authority's entries and the platform-wide ones (such
     * as module installs), or, with null, every entry — only for a system administrator.
     */
    List<AuditEntry> recent(Long authorityId, int offset, int limit);

    long count(Long authorityId);

    /** Recomputes every hash in order; tells where the chain first breaks, if it does. */
    AuditVerification verify();

    record AuditVerification(boolean intact, long entriesChecked, Long firstBrokenSequence) {}
}
