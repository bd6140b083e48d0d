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
 * Who held the child in care from one date to another. Names are copied when written so the history
 * reads true after restructures; a null team means "the team holding the child's case".
 */
@Entity
@Table(name = "cp_holder")
public class HolderPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "episode_id", nullable = false)
    private long episodeId;

    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "team_name", nullable = false)
    private String teamName;

    @Column(name = "worker_id")
    private Long workerId;

    @Column(name = "worker_name")
    private String workerName;

    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @Column(name = "to_date")
    private LocalDate toDate;

    @Column(name = "recorded_by_name", nullable = false)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected HolderPeriod() {
    }

    public HolderPeriod(long episodeId, Long teamId, String teamName, Long workerId, String workerName,
                        LocalDate fromDate, String recordedByName, LocalDateTime recordedAtUtc) {
        this.episodeId = episodeId;
        this.teamId = teamId;
        this.teamName = teamName;
        this.workerId = workerId;
        this.workerName = workerName;
        this.fromDate = fromDate;
        this.recordedByName = recordedByName;
        this.recordedAt = recordedAtUtc;
    }

    public void end(LocalDate on) {
        this.toDate = on;
    }

    public Long id() { return id; }
    public long episodeId() { return episodeId; }
    public Long teamId() { return teamId; }
    public String teamName() { return teamName; }
    public Long workerId() { return workerId; }
    public String workerName() { return workerName; }
    public LocalDate fromDate() { return fromDate; }
    public LocalDate toDate() { return toDate; }
    public String recordedByName() { return recordedByName; }
    public LocalDateTime recordedAt() { return recordedAt; }
}
