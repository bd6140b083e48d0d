package org.safeguard.corporateparenting.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A personal education plan (PEP) meeting: the plan started or reviewed. */
@Entity
@Table(name = "cp_pep")
public class EducationPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "episode_id", nullable = false)
    private long episodeId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "setting_name")
    private String settingName;

    @Column(name = "recorded_by_name", nullable = false)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected EducationPlan() {
    }

    public EducationPlan(long episodeId, LocalDate heldOn, String settingName, String recordedByName,
                         LocalDateTime recordedAtUtc) {
        this.episodeId = episodeId;
        this.heldOn = heldOn;
        this.settingName = settingName;
        this.recordedByName = recordedByName;
        this.recordedAt = recordedAtUtc;
    }

    public Long id() { return id; }
    public long episodeId() { return episodeId; }
    public LocalDate heldOn() { return heldOn; }
    public String settingName() { return settingName; }
    public String recordedByName() { return recordedByName; }
    public LocalDateTime recordedAt() { return recordedAt; }
}
