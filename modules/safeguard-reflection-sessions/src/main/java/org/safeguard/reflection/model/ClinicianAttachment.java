package org.safeguard.reflection.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A manager's or administrator's record of a clinician's time with one team. Absent, the
 * organisation's default holds: a clinician in a team is attached to it, their FTE shared equally
 * between their teams (see {@code ClinicianTime}).
 */
@Entity
@Table(name = "rs_clinician_team")
public class ClinicianAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "authority_id", nullable = false)
    private long authorityId;

    @Column(name = "clinician_user_id", nullable = false)
    private long clinicianUserId;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "attached", nullable = false)
    private boolean attached;

    @Column(name = "fte", nullable = false, precision = 3, scale = 2)
    private BigDecimal fte;

    @Column(name = "changed_by_user_id", nullable = false)
    private long changedByUserId;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAtUtc;

    protected ClinicianAttachment() {
    }

    public ClinicianAttachment(long authorityId, long clinicianUserId, long teamId, boolean attached, BigDecimal fte,
                               long changedByUserId, Instant changedAt) {
        this.authorityId = authorityId;
        this.clinicianUserId = clinicianUserId;
        this.teamId = teamId;
        change(attached, fte, changedByUserId, changedAt);
    }

    public void change(boolean attached, BigDecimal fte, long byUserId, Instant at) {
        this.attached = attached;
        this.fte = fte;
        this.changedByUserId = byUserId;
        this.changedAtUtc = Utc.of(at);
    }

    public Long id() { return id; }
    public long authorityId() { return authorityId; }
    public long clinicianUserId() { return clinicianUserId; }
    public long teamId() { return teamId; }
    public boolean attached() { return attached; }
    public BigDecimal fte() { return fte; }
    public long changedByUserId() { return changedByUserId; }
    public Instant changedAt() { return Utc.instant(changedAtUtc); }
}
