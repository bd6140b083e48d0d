package org.safeguard.platform.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.safeguard.platform.api.audit.AuditEntry;
import org.safeguard.platform.api.audit.AuditEvent;

/** One row of the audit log. Every column is insert-only: the log is never updated. */
@Entity
@Table(name = "sg_audit_entry")
public class StoredAuditEntry {

    @Id
    @Column(name = "seq", updatable = false)
    private long sequence;

    /** UTC wall-clock time: a plain TIMESTAMP reads back the same on Derby and PostgreSQL whatever the nodes' zones. */
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private LocalDateTime recordedAt;

    @Column(name = "actor_user_id", updatable = false)
    private Long actorUserId;

    @Column(name = "actor_name", updatable = false)
    private String actorName;

    @Column(name = "authority_id", updatable = false)
    private Long authorityId;

    @Column(name = "action", nullable = false, updatable = false)
    private String action;

    @Column(name = "subject_type", nullable = false, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", updatable = false)
    private String subjectId;

    @Column(name = "detail", length = 2000, updatable = false)
    private String detail;

    @Column(name = "remote_address", updatable = false)
    private String remoteAddress;

    @Column(name = "previous_hash", nullable = false, updatable = false)
    private String previousHash;

    @Column(name = "entry_hash", nullable = false, updatable = false)
    private String entryHash;

    protected StoredAuditEntry() {
    }

    static StoredAuditEntry of(AuditEntry entry) {
        StoredAuditEntry row = new StoredAuditEntry();
        AuditEvent event = entry.event();
        row.sequence = entry.sequence();
        row.recordedAt = LocalDateTime.ofInstant(entry.at(), ZoneOffset.UTC);
        row.actorUserId = event.actorUserId();
        row.actorName = event.actorName();
        row.authorityId = event.authorityId();
        row.action = event.action();
        row.subjectType = event.subjectType();
        row.subjectId = event.subjectId();
        row.detail = event.detail();
        row.remoteAddress = event.remoteAddress();
        row.previousHash = entry.previousHash();
        row.entryHash = entry.hash();
        return row;
    }

    AuditEntry toEntry() {
        return new AuditEntry(sequence, recordedAt.toInstant(ZoneOffset.UTC),
                new AuditEvent(actorUserId, actorName, authorityId, action, subjectType, subjectId, detail, remoteAddress),
                previousHash, entryHash);
    }

    /**
     * The time as it will read back. JDBC passes a TIMESTAMP through the JVM's zone, where a UTC
     * wall-clock time inside a daylight-saving gap does not exist and is moved on an hour; hashing
     * the moved time keeps the hash equal to what the database holds.
     */
    static Instant storable(Instant at) {
        LocalDateTime utc = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        return Timestamp.valueOf(utc).toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
