package org.safeguard.corporateparenting.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A review of a care leaver's pathway plan. */
@Entity
@Table(name = "cp_pathway_review")
public class PathwayReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "leaver_id", nullable = false)
    private long leaverId;

    @Column(name = "reviewed_on", nullable = false)
    private LocalDate reviewedOn;

    @Column(name = "recorded_by_name", nullable = false)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected PathwayReview() {
    }

    public PathwayReview(long leaverId, LocalDate reviewedOn, String recordedByName, LocalDateTime recordedAtUtc) {
        this.leaverId = leaverId;
        this.reviewedOn = reviewedOn;
        this.recordedByName = recordedByName;
        this.recordedAt = recordedAtUtc;
    }

    public Long id() { return id; }
    public long leaverId() { return leaverId; }
    public LocalDate reviewedOn() { return reviewedOn; }
    public String recordedByName() { return recordedByName; }
    public LocalDateTime recordedAt() { return recordedAt; }
}
