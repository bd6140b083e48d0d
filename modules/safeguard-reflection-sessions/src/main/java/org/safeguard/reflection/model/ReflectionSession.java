package org.safeguard.reflection.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A reflection session (group case discussion) of one team with its clinician facilitating. Its
 * start is the council's local time; the facilitator's and team's names are copied so the history
 * reads true after people leave and teams are restructured.
 */
@Entity
@Table(name = "rs_session")
public class ReflectionSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "authority_id", nullable = false)
    private long authorityId;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "team_name", nullable = false, length = 200)
    private String teamName;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "facilitator_user_id", nullable = false)
    private long facilitatorUserId;

    @Column(name = "facilitator_name", nullable = false, length = 200)
    private String facilitatorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private SessionStatus status;

    @Column(name = "scheduled_by_user_id", nullable = false)
    private long scheduledByUserId;

    @Column(name = "scheduled_at", nullable = false)
    private LocalDateTime scheduledAtUtc;

    @Column(name = "ended_by_user_id")
    private Long endedByUserId;

    @Column(name = "ended_by_name", length = 200)
    private String endedByName;

    @Column(name = "ended_at")
    private LocalDateTime endedAtUtc;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected ReflectionSession() {
    }

    public ReflectionSession(long authorityId, long teamId, String teamName, LocalDateTime startsAt,
                             int durationMinutes, long facilitatorUserId, String facilitatorName,
                             long scheduledByUserId, Instant scheduledAt) {
        this.authorityId = authorityId;
        this.teamId = teamId;
        this.teamName = teamName;
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
        this.facilitatorUserId = facilitatorUserId;
        this.facilitatorName = facilitatorName;
        this.status = SessionStatus.SCHEDULED;
        this.scheduledByUserId = scheduledByUserId;
        this.scheduledAtUtc = Utc.of(scheduledAt);
    }

    public void reschedule(LocalDateTime startsAt, int durationMinutes, long facilitatorUserId, String facilitatorName) {
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
        this.facilitatorUserId = facilitatorUserId;
        this.facilitatorName = facilitatorName;
    }

    /** Closed (held) or cancelled, by whom and when. */
    public void end(SessionStatus outcome, long byUserId, String byName, Instant at) {
        if (outcome == SessionStatus.SCHEDULED) {
            throw new IllegalArgumentException("a session ends closed or cancelled");
        }
        this.status = outcome;
        this.endedByUserId = byUserId;
        this.endedByName = byName;
        this.endedAtUtc = Utc.of(at);
    }

    public Long id() { return id; }
    public long authorityId() { return authorityId; }
    public long teamId() { return teamId; }
    public String teamName() { return teamName; }
    public LocalDateTime startsAt() { return startsAt; }
    public LocalDate heldOn() { return startsAt.toLocalDate(); }
    public LocalDateTime endsAt() { return startsAt.plusMinutes(durationMinutes); }
    public int durationMinutes() { return durationMinutes; }
    public long facilitatorUserId() { return facilitatorUserId; }
    public String facilitatorName() { return facilitatorName; }
    public SessionStatus status() { return status; }
    public boolean scheduled() { return status == SessionStatus.SCHEDULED; }
    public long scheduledByUserId() { return scheduledByUserId; }
    public Instant scheduledAt() { return Utc.instant(scheduledAtUtc); }
    public Long endedByUserId() { return endedByUserId; }
    public String endedByName() { return endedByName; }
    public Instant endedAt() { return Utc.instant(endedAtUtc); }
    public int version() { return version; }
}
