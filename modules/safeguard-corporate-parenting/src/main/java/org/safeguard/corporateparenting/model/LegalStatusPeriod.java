package org.safeguard.corporateparenting.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The child's legal status from one date to the next change; the latest has no end. */
@Entity
@Table(name = "cp_legal_status")
public class LegalStatusPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "episode_id", nullable = false)
    private long episodeId;

    @Column(name = "status", nullable = false)
    private String status;

    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @Column(name = "to_date")
    private LocalDate toDate;

    @Column(name = "recorded_by_name", nullable = false)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected LegalStatusPeriod() {
    }

    public LegalStatusPeriod(long episodeId, LegalStatus status, LocalDate fromDate, String recordedByName,
                             LocalDateTime recordedAtUtc) {
        this.episodeId = episodeId;
        this.status = status.name();
        this.fromDate = fromDate;
        this.recordedByName = recordedByName;
        this.recordedAt = recordedAtUtc;
    }

    public void end(LocalDate on) {
        this.toDate = on;
    }

    public Long id() { return id; }
    public long episodeId() { return episodeId; }
    public LegalStatus status() { return LegalStatus.valueOf(status); }
    public LocalDate fromDate() { return fromDate; }
    public LocalDate toDate() { return toDate; }
    public String recordedByName() { return recordedByName; }
    public LocalDateTime recordedAt() { return recordedAt; }
}
