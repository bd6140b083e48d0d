package org.safeguard.familysafeguarding.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One of the "toxic trio" affecting one adult of a family: who identified it, when, and where it
 * came to light. It is never deleted: when it is no longer a factor it ends, with the reason, so
 * the family's history shows what was worked on.
 */
@Entity
@Table(name = "fs_factor")
public class ToxicTrioFactor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "authority_id", nullable = false)
    private long authorityId;

    @Column(name = "family_id", nullable = false)
    private long familyId;

    @Column(name = "adult_person_id", nullable = false)
    private long adultPersonId;

    /** As it was when recorded: the factor's history still names them after they leave the household. */
    @Column(name = "adult_name", nullable = false)
    private String adultName;

    @Column(name = "kind", nullable = false)
    private String kind;

    @Column(name = "source", nullable = false)
    private String source;

    @Column(name = "identified_on", nullable = false)
    private LocalDate identifiedOn;

    /** Who identified it (e.g. the assessing social worker), as typed: they may not be a user of the system. */
    @Column(name = "identified_by", nullable = false)
    private String identifiedBy;

    @Column(name = "recorded_by_user_id", nullable = false)
    private long recordedByUserId;

    @Column(name = "recorded_by_name", nullable = false)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAtUtc;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_reason")
    private String endReason;

    @Column(name = "ended_by_name")
    private String endedByName;

    @Column(name = "ended_at")
    private LocalDateTime endedAtUtc;

    /** Two people ending the same factor at once: one wins, the other is told. */
    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    protected ToxicTrioFactor() {
    }

    public ToxicTrioFactor(long authorityId, long familyId, long adultPersonId, String adultName, FactorKind kind,
                           FactorSource source, LocalDate identifiedOn, String identifiedBy, long recordedByUserId,
                           String recordedByName, LocalDateTime recordedAtUtc) {
        this.authorityId = authorityId;
        this.familyId = familyId;
        this.adultPersonId = adultPersonId;
        this.adultName = adultName;
        this.kind = kind.name();
        this.source = source.name();
        this.identifiedOn = identifiedOn;
        this.identifiedBy = identifiedBy;
        this.recordedByUserId = recordedByUserId;
        this.recordedByName = recordedByName;
        this.recordedAtUtc = recordedAtUtc;
    }

    public void end(LocalDate on, String reason, String byName, LocalDateTime atUtc) {
        this.endedOn = on;
        this.endReason = reason;
        this.endedByName = byName;
        this.endedAtUtc = atUtc;
    }

    public boolean open() {
        return endedOn == null;
    }

    public Long id() { return id; }
    public long authorityId() { return authorityId; }
    public long familyId() { return familyId; }
    public long adultPersonId() { return adultPersonId; }
    public String adultName() { return adultName; }
    public FactorKind kind() { return FactorKind.valueOf(kind); }
    public FactorSource source() { return FactorSource.valueOf(source); }
    public LocalDate identifiedOn() { return identifiedOn; }
    public String identifiedBy() { return identifiedBy; }
    public long recordedByUserId() { return recordedByUserId; }
    public String recordedByName() { return recordedByName; }
    public LocalDateTime recordedAtUtc() { return recordedAtUtc; }
    public LocalDate endedOn() { return endedOn; }
    public String endReason() { return endReason; }
    public String endedByName() { return endedByName; }
    public LocalDateTime endedAtUtc() { return endedAtUtc; }
}
