package org.safeguard.fostering.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A child (their case in case records) living with a household, so its vacancies count them.
 * Recorded here when corporate parenting is not in use, otherwise told through the FosterCarers API.
 */
@Entity
@Table(name = "fo_placement")
public class FosterPlacement {

    public enum Source { FOSTERING, OTHER_MODULE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "authority_id", nullable = false)
    private long authorityId;

    @Column(name = "household_id", nullable = false)
    private long householdId;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "source", nullable = false)
    private String source;

    @Column(name = "recorded_by_user_id")
    private Long recordedByUserId;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected FosterPlacement() {
    }

    public FosterPlacement(long authorityId, long householdId, long caseId, LocalDate startedOn, Source source,
                           Long recordedByUserId, LocalDateTime recordedAt) {
        this.authorityId = authorityId;
        this.householdId = householdId;
        this.caseId = caseId;
        this.startedOn = startedOn;
        this.source = source.name();
        this.recordedByUserId = recordedByUserId;
        this.recordedAt = recordedAt;
    }

    public void end(LocalDate on) {
        this.endedOn = on;
    }

    public long id() {
        return id;
    }

    public long authorityId() {
        return authorityId;
    }

    public long householdId() {
        return householdId;
    }

    public long caseId() {
        return caseId;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public Source source() {
        return Source.valueOf(source);
    }

    /** Living there on {@code date}: started by then and not ended by then. */
    public boolean livingThereOn(LocalDate date) {
        return !startedOn.isAfter(date) && (endedOn == null || endedOn.isAfter(date));
    }

    /** Counts against the household's places from {@code date} on: not ended by then (a later start counts too). */
    public boolean occupiesFrom(LocalDate date) {
        return endedOn == null || endedOn.isAfter(date);
    }
}
