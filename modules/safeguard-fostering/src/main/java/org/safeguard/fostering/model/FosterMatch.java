package org.safeguard.fostering.model;

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
 * The fostering team's decision that these carers are the right ones for a child (or brothers and
 * sisters together, see {@link FosterMatchChild}), and what came of it. While pending it holds the
 * household's places for those children.
 */
@Entity
@Table(name = "fo_match")
public class FosterMatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "authority_id", nullable = false)
    private long authorityId;

    @Column(name = "household_id", nullable = false)
    private long householdId;

    @Column(name = "need", nullable = false)
    private String need;

    @Column(name = "proposed_start", nullable = false)
    private LocalDate proposedStart;

    @Column(name = "notes")
    private String notes;

    @Column(name = "matched_by_user_id")
    private Long matchedByUserId;

    @Column(name = "matched_by_name", nullable = false)
    private String matchedByName;

    @Column(name = "matched_at", nullable = false)
    private LocalDateTime matchedAt;

    @Column(name = "outcome", nullable = false)
    private String outcome;

    @Column(name = "outcome_on")
    private LocalDate outcomeOn;

    @Column(name = "outcome_reason")
    private String outcomeReason;

    @Column(name = "outcome_by_user_id")
    private Long outcomeByUserId;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected FosterMatch() {
    }

    public FosterMatch(long authorityId, long householdId, PlacementNeed need, LocalDate proposedStart, String notes,
                       Long matchedByUserId, String matchedByName, LocalDateTime matchedAt) {
        this.authorityId = authorityId;
        this.householdId = householdId;
        this.need = need.name();
        this.proposedStart = proposedStart;
        this.notes = notes;
        this.matchedByUserId = matchedByUserId;
        this.matchedByName = matchedByName;
        this.matchedAt = matchedAt;
        this.outcome = MatchOutcome.PENDING.name();
    }

    public void conclude(MatchOutcome outcome, LocalDate on, String reason, Long byUserId) {
        this.outcome = outcome.name();
        this.outcomeOn = on;
        this.outcomeReason = reason;
        this.outcomeByUserId = byUserId;
    }

    public long id() {
        return id;
    }

    public long authorityId() {
        return authorityId;
    }

    public long householdId() {
        return householdId;
    }

    public PlacementNeed need() {
        return PlacementNeed.valueOf(need);
    }

    public LocalDate proposedStart() {
        return proposedStart;
    }

    public String notes() {
        return notes;
    }

    public String matchedByName() {
        return matchedByName;
    }

    public LocalDateTime matchedAt() {
        return matchedAt;
    }

    public MatchOutcome outcome() {
        return MatchOutcome.valueOf(outcome);
    }

    public boolean pending() {
        return outcome() == MatchOutcome.PENDING;
    }

    public LocalDate outcomeOn() {
        return outcomeOn;
    }

    public String outcomeReason() {
        return outcomeReason;
    }
}
