package org.safeguard.reflection.model;

import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change of an action's state: marked done, or open again, by whom and when. */
@Entity
@Table(name = "rs_action_event")
public class ActionEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "action_id", nullable = false)
    private long actionId;

    @Column(name = "done", nullable = false)
    private boolean done;

    @Column(name = "by_user_id", nullable = false)
    private long byUserId;

    @Column(name = "by_name", nullable = false, length = 200)
    private String byName;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAtUtc;

    protected ActionEvent() {
    }

    public ActionEvent(long actionId, boolean done, long byUserId, String byName, Instant occurredAt) {
        this.actionId = actionId;
        this.done = done;
        this.byUserId = byUserId;
        this.byName = byName;
        this.occurredAtUtc = Utc.of(occurredAt);
    }

    public Long id() { return id; }
    public long actionId() { return actionId; }
    public boolean done() { return done; }
    public long byUserId() { return byUserId; }
    public String byName() { return byName; }
    public Instant occurredAt() { return Utc.instant(occurredAtUtc); }
}
