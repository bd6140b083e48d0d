package org.safeguard.corporateparenting.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An initial or review health assessment or a dental check, as done or declined. */
@Entity
@Table(name = "cp_health_check")
public class HealthCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "episode_id", nullable = false)
    private long episodeId;

    @Column(name = "kind", nullable = false)
    private String kind;

    @Column(name = "done_on", nullable = false)
    private LocalDate doneOn;

    @Column(name = "outcome", nullable = false)
    private String outcome;

    @Column(name = "recorded_by_name", nullable = false)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected HealthCheck() {
    }

    public HealthCheck(long episodeId, HealthCheckKind kind, LocalDate doneOn, HealthOutcome outcome,
                       String recordedByName, LocalDateTime recordedAtUtc) {
        this.episodeId = episodeId;
        this.kind = kind.name();
        this.doneOn = doneOn;
        this.outcome = outcome.name();
        this.recordedByName = recordedByName;
        this.recordedAt = recordedAtUtc;
    }

    public Long id() { return id; }
    public long episodeId() { return episodeId; }
    public HealthCheckKind kind() { return HealthCheckKind.valueOf(kind); }
    public LocalDate doneOn() { return doneOn; }
    public HealthOutcome outcome() { return HealthOutcome.valueOf(outcome); }
    public String recordedByName() { return recordedByName; }
    public LocalDateTime recordedAt() { return recordedAt; }
}
