package org.safeguard.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row (id 1) naming the newest entry: the lock every writer takes and the end verification expects. */
@Entity
@Table(name = "sg_audit_head")
public class AuditHead {

    static final long ID = 1L;

    @Id
    @Column(name = "id")
    private long id;

    @Column(name = "last_seq", nullable = false)
    private long lastSequence;

    @Column(name = "last_hash", nullable = false)
    private String lastHash;

    protected AuditHead() {
    }

    long lastSequence() {
        return lastSequence;
    }

    String lastHash() {
        return lastHash;
    }

    void advance(long sequence, String hash) {
        this.lastSequence = sequence;
        this.lastHash = hash;
    }
}
