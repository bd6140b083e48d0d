package org.safeguard.platform.identity.web;

import org.safeguard.platform.api.audit.AuditEvent;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.security.CurrentUser;

/**
 * Files an administrative action under the authority it was done to, not the actor's own: a system
 * administrator's change to another authority must show in that authority's audit log.
 */
final class AuthorityAudit {

    private AuthorityAudit() {
    }

    static void record(AuditLog auditLog, CurrentUser actor, long targetAuthorityId, String remoteAddress,
                       String action, String subjectType, String subjectId, String detail) {
        auditLog.record(new AuditEvent(actor.userId(), actor.username(), targetAuthorityId,
                action, subjectType, subjectId, detail, remoteAddress));
    }
}
