package org.safeguard.fostering.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The household stopped fostering on {@code deregisteredOn}. A later approval starts a new approval. */
@Entity
@Table(name = "fo_deregistration")
public class Deregistration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "household_id", nullable = false)
    private long householdId;

    @Column(name = "deregistered_on", nullable = false)
    private LocalDate deregisteredOn;

    @Column(name = "reason", nullable = false)
    private String reason;

    @Column(name = "notes")
    private String notes;

    @Column(name = "recorded_by_user_id")
    private Long recordedByUserId;

    @Column(name = "recorded_by_name", nullable = false)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected Deregistration() {
    }

    public Deregistration(long householdId, LocalDate deregisteredOn, DeregistrationReason reason, String notes,
                          Long recordedByUserId, String recordedByName, LocalDateTime recordedAt) {
        this.householdId = householdId;
        this.deregisteredOn = deregisteredOn;
        this.reason = reason.name();
        this.notes = notes;
        this.recordedByUserId = recordedByUserId;
        this.recordedByName = recordedByName;
        this.recordedAt = recordedAt;
    }

    public long id() {
        return id;
    }

    public long householdId() {
        return householdId;
    }

    public LocalDate deregisteredOn() {
        return deregisteredOn;
    }

    public DeregistrationReason reason() {
        return DeregistrationReason.valueOf(reason);
    }

    public String notes() {
        return notes;
    }

    public String recordedByName() {
        return recordedByName;
    }

    public LocalDateTime recordedAt() {
        return recordedAt;
    }
}
