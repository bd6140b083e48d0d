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
 * A goal a parent agreed with their adult practitioner, in the parent's words where possible,
 * reviewed until it is achieved or stopped. Its next review date feeds the practitioner's work tray.
 */
@Entity
@Table(name = "fs_goal")
public class ParentGoal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "authority_id", nullable = false)
    private long authorityId;

    @Column(name = "family_id", nullable = false)
    private long familyId;

    @Column(name = "assignment_id", nullable = false)
    private long assignmentId;

    @Column(name = "description", nullable = false, length = 500)
    private String description;

    @Column(name = "set_on", nullable = false)
    private LocalDate setOn;

    @Column(name = "next_review_on")
    private LocalDate nextReviewOn;

    @Column(name = "status", nullable = false)
    private String status;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "set_by_user_id", nullable = false)
    private long setByUserId;

    @Column(name = "set_by_name", nullable = false)
    private String setByName;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAtUtc;

    /** Two reviews saved at once must not both move the goal on from the same state. */
    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    protected ParentGoal() {
    }

    public ParentGoal(long authorityId, long familyId, long assignmentId, String description, LocalDate setOn,
                      LocalDate nextReviewOn, long setByUserId, String setByName, LocalDateTime recordedAtUtc) {
        this.authorityId = authorityId;
        this.familyId = familyId;
        this.assignmentId = assignmentId;
        this.description = description;
        this.setOn = setOn;
        this.nextReviewOn = nextReviewOn;
        this.status = GoalStatus.OPEN.name();
        this.setByUserId = setByUserId;
        this.setByName = setByName;
        this.recordedAtUtc = recordedAtUtc;
    }

    /** What a review does to the goal: achieved and stopped close it; otherwise the next review is set. */
    public void reviewed(GoalReview review, boolean stop) {
        if (review.progress() == Progress.ACHIEVED) {
            status = GoalStatus.ACHIEVED.name();
            closedOn = review.reviewedOn();
            nextReviewOn = null;
        } else if (stop) {
            status = GoalStatus.STOPPED.name();
            closedOn = review.reviewedOn();
            nextReviewOn = null;
        } else {
            nextReviewOn = review.nextReviewOn();
        }
    }

    public boolean open() {
        return status() == GoalStatus.OPEN;
    }

    public Long id() { return id; }
    public long authorityId() { return authorityId; }
    public long familyId() { return familyId; }
    public long assignmentId() { return assignmentId; }
    public String description() { return description; }
    public LocalDate setOn() { return setOn; }
    public LocalDate nextReviewOn() { return nextReviewOn; }
    public GoalStatus status() { return GoalStatus.valueOf(status); }
    public LocalDate closedOn() { return closedOn; }
    public long setByUserId() { return setByUserId; }
    public String setByName() { return setByName; }
    public LocalDateTime recordedAtUtc() { return recordedAtUtc; }
    public int rowVersion() { return rowVersion; }
}
