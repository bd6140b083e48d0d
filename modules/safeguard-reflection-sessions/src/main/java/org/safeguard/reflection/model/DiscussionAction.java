package org.safeguard.reflection.model;

import java.time.Instant;
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
 * Something a discussion agreed someone in the team will do by a date. Open actions are in the
 * owner's and the manager's work trays until marked done; each change of "done" is an
 * {@link ActionEvent}.
 */
@Entity
@Table(name = "rs_action")
public class DiscussionAction {

    public static final int DESCRIPTION_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "authority_id", nullable = false)
    private long authorityId;

    @Column(name = "discussion_id", nullable = false)
    private long discussionId;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "family_id", nullable = false)
    private long familyId;

    @Column(name = "description", nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "owner_user_id", nullable = false)
    private long ownerUserId;

    @Column(name = "owner_name", nullable = false, length = 200)
    private String ownerName;

    /** The session's date: when the action was agreed. */
    @Column(name = "agreed_on", nullable = false)
    private LocalDate agreedOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "done", nullable = false)
    private boolean done;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "done_by_name", length = 200)
    private String doneByName;

    @Column(name = "created_by_user_id", nullable = false)
    private long createdByUserId;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAtUtc;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected DiscussionAction() {
    }

    public DiscussionAction(FamilyDiscussion discussion, String description, long ownerUserId, String ownerName,
                            LocalDate dueOn, long createdByUserId, Instant createdAt) {
        this.authorityId = discussion.authorityId();
        this.discussionId = discussion.id();
        this.sessionId = discussion.sessionId();
        this.teamId = discussion.teamId();
        this.familyId = discussion.familyId();
        this.agreedOn = discussion.discussedOn();
        this.description = description;
        this.ownerUserId = ownerUserId;
        this.ownerName = ownerName;
        this.dueOn = dueOn;
        this.createdByUserId = createdByUserId;
        this.createdAtUtc = Utc.of(createdAt);
    }

    /** Marks it done (on the council's {@code today}) or open again; the caller records the {@link ActionEvent}. */
    public void markDone(boolean done, String byName, LocalDate today) {
        this.done = done;
        this.doneOn = done ? today : null;
        this.doneByName = done ? byName : null;
    }

    public Long id() { return id; }
    public long authorityId() { return authorityId; }
    public long discussionId() { return discussionId; }
    public long sessionId() { return sessionId; }
    public long teamId() { return teamId; }
    public long familyId() { return familyId; }
    public String description() { return description; }
    public long ownerUserId() { return ownerUserId; }
    public String ownerName() { return ownerName; }
    public LocalDate agreedOn() { return agreedOn; }
    public LocalDate dueOn() { return dueOn; }
    public boolean done() { return done; }
    public LocalDate doneOn() { return doneOn; }
    public String doneByName() { return doneByName; }
    public long createdByUserId() { return createdByUserId; }
    public Instant createdAt() { return Utc.instant(createdAtUtc); }
    public int version() { return version; }
}
