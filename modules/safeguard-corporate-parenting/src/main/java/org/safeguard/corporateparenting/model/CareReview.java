package org.safeguard.corporateparenting.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A review of the child's care plan, chaired by an independent reviewing officer. */
@Entity
@Table(name = "cp_review")
public class CareReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "episode_id", nullable = false)
    private long episodeId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "chair_user_id", nullable = false)
    private long chairUserId;

    @Column(name = "chair_name", nullable = false)
    private String chairName;

    @Column(name = "participation", nullable = false)
    private String participation;

    @Column(name = "recommendations", length = 4000)
    private String recommendations;

    @Column(name = "recorded_by_name", nullable = false)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected CareReview() {
    }

    public CareReview(long episodeId, LocalDate heldOn, long chairUserId, String chairName, Participation participation,
                      String recommendations, String recordedByName, LocalDateTime recordedAtUtc) {
        this.episodeId = episodeId;
        this.heldOn = heldOn;
        this.chairUserId = chairUserId;
        this.chairName = chairName;
        this.participation = participation.name();
        this.recommendations = recommendations;
        this.recordedByName = recordedByName;
        this.recordedAt = recordedAtUtc;
    }

    public Long id() { return id; }
    public long episodeId() { return episodeId; }
    public LocalDate heldOn() { return heldOn; }
    public long chairUserId() { return chairUserId; }
    public String chairName() { return chairName; }
    public Participation participation() { return Participation.valueOf(participation); }
    public String recommendations() { return recommendations; }
    public String recordedByName() { return recordedByName; }
    public LocalDateTime recordedAt() { return recordedAt; }
}
