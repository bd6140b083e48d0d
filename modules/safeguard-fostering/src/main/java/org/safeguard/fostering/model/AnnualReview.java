package org.safeguard.fostering.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A review of the carers' approval (Fostering Services (England) Regulations 2011, reg. 28). */
@Entity
@Table(name = "fo_review")
public class AnnualReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "household_id", nullable = false)
    private long householdId;

    @Column(name = "reviewed_on", nullable = false)
    private LocalDate reviewedOn;

    @Column(name = "outcome", nullable = false)
    private String outcome;

    @Column(name = "to_panel", nullable = false)
    private boolean toPanel;

    @Column(name = "summary", nullable = false)
    private String summary;

    @Column(name = "recorded_by_user_id")
    private Long recordedByUserId;

    @Column(name = "recorded_by_name", nullable = false)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected AnnualReview() {
    }

    public AnnualReview(long householdId, LocalDate reviewedOn, ReviewOutcome outcome, boolean toPanel, String summary,
                        Long recordedByUserId, String recordedByName, LocalDateTime recordedAt) {
        this.householdId = householdId;
        this.reviewedOn = reviewedOn;
        this.outcome = outcome.name();
        this.toPanel = toPanel;
        this.summary = summary;
        this.recordedByUserId = recordedByUserId;
        this.recordedByName = recordedByName;
        this.recordedAt = recordedAt;
    }

    public long id() {
        return id;
    }

    public long householdId() {
        return householdId;
    }

    public LocalDate reviewedOn() {
        return reviewedOn;
    }

    public ReviewOutcome outcome() {
        return ReviewOutcome.valueOf(outcome);
    }

    public boolean toPanel() {
        return toPanel;
    }

    public String summary() {
        return summary;
    }

    public String recordedByName() {
        return recordedByName;
    }

    public LocalDateTime recordedAt() {
        return recordedAt;
    }
}
