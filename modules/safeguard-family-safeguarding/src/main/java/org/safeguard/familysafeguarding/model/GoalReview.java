package org.safeguard.familysafeguarding.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One review of a parent's goal: how far they have come, in the practitioner's and parent's words. Never changed. */
@Entity
@Table(name = "fs_goal_review")
public class GoalReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "goal_id", nullable = false)
    private long goalId;

    @Column(name = "reviewed_on", nullable = false)
    private LocalDate reviewedOn;

    @Column(name = "progress", nullable = false)
    private String progress;

    @Column(name = "review_comment", nullable = false, length = 2000)
    private String comment;

    @Column(name = "next_review_on")
    private LocalDate nextReviewOn;

    @Column(name = "reviewed_by_user_id", nullable = false)
    private long reviewedByUserId;

    @Column(name = "reviewed_by_name", nullable = false)
    private String reviewedByName;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAtUtc;

    protected GoalReview() {
    }

    public GoalReview(long goalId, LocalDate reviewedOn, Progress progress, String comment, LocalDate nextReviewOn,
                      long reviewedByUserId, String reviewedByName, LocalDateTime recordedAtUtc) {
        this.goalId = goalId;
        this.reviewedOn = reviewedOn;
        this.progress = progress.name();
        this.comment = comment;
        this.nextReviewOn = nextReviewOn;
        this.reviewedByUserId = reviewedByUserId;
        this.reviewedByName = reviewedByName;
        this.recordedAtUtc = recordedAtUtc;
    }

    public Long id() { return id; }
    public long goalId() { return goalId; }
    public LocalDate reviewedOn() { return reviewedOn; }
    public Progress progress() { return Progress.valueOf(progress); }
    public String comment() { return comment; }
    public LocalDate nextReviewOn() { return nextReviewOn; }
    public long reviewedByUserId() { return reviewedByUserId; }
    public String reviewedByName() { return reviewedByName; }
    public LocalDateTime recordedAtUtc() { return recordedAtUtc; }
}
