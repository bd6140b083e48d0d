package org.safeguard.corporateparenting.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Where a child in care lives and with whom, from one date to another, and what it costs the
 * authority a week. Money is held in pence so totals never round.
 */
@Entity
@Table(name = "cp_placement")
public class Placement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "episode_id", nullable = false)
    private long episodeId;

    @Column(name = "authority_id", nullable = false)
    private long authorityId;

    @Column(name = "placement_type", nullable = false)
    private String placementType;

    @Column(name = "provider", nullable = false)
    private String provider;

    @Column(name = "carer_name")
    private String carerName;

    @Column(name = "carer_household_id")
    private Long carerHouseholdId;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "change_reason")
    private String changeReason;

    @Column(name = "long_term", nullable = false)
    private boolean longTerm;

    @Column(name = "weekly_cost_pence", nullable = false)
    private long weeklyCostPence;

    @Column(name = "recorded_by_name", nullable = false)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected Placement() {
    }

    public Placement(long episodeId, long authorityId, PlacementType type, String provider, String carerName,
                     Long carerHouseholdId, LocalDate startedOn, boolean longTerm, long weeklyCostPence,
                     String recordedByName, LocalDateTime recordedAtUtc) {
        this.episodeId = episodeId;
        this.authorityId = authorityId;
        this.placementType = type.name();
        this.provider = provider;
        this.carerName = carerName;
        this.carerHouseholdId = carerHouseholdId;
        this.startedOn = startedOn;
        this.longTerm = longTerm;
        this.weeklyCostPence = weeklyCostPence;
        this.recordedByName = recordedByName;
        this.recordedAt = recordedAtUtc;
    }

    public void end(LocalDate on, PlacementChangeReason reason) {
        this.endedOn = on;
        this.changeReason = reason.name();
    }

    public Long id() { return id; }
    public long episodeId() { return episodeId; }
    public long authorityId() { return authorityId; }
    public PlacementType type() { return PlacementType.valueOf(placementType); }
    public String provider() { return provider; }
    public String carerName() { return carerName; }
    public Long carerHouseholdId() { return carerHouseholdId; }
    public LocalDate startedOn() { return startedOn; }
    public LocalDate endedOn() { return endedOn; }
    public PlacementChangeReason changeReason() { return changeReason == null ? null : PlacementChangeReason.valueOf(changeReason); }
    public boolean longTerm() { return longTerm; }
    public long weeklyCostPence() { return weeklyCostPence; }
    public String recordedByName() { return recordedByName; }
    public LocalDateTime recordedAt() { return recordedAt; }

    public boolean open() {
        return endedOn == null;
    }
}
