package org.safeguard.platform.api.audit;

import java.util.Objects;

/**
 * One thing that happened to a record, for the append-only audit log.
 *
 * @param action      a short verb phrase, e.g. {@code child.read}, {@code module.enable}
 * @param subjectType what kind of record, e.g. {@code child}, {@code module}
 * @param subjectId   which one (may be null for actions on no single record)
 * @param detail      free text, never a password or a token
 */
public record AuditEvent(Long actorUserId, String actorName, Long authorityId,
                         String action, String subjectType, String subjectId,
                         String detail, String remoteAddress) {
    public AuditEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subjectType, "subjectType");
    }
}
