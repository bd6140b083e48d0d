package org.safeguard.fostering.model;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A supervised contact session between a child and members of their family: arranged (planned),
 * then recorded with who came and what the supervisor observed. Part of the child's record.
 */
@Entity
@Table(name = "fo_contact_session")
public class ContactSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "authority_id", nullable = false)
    private long authorityId;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    /** Council local time, as arranged. */
    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "venue", nullable = false)
    private String venue;

    @Column(name = "supervisor_user_id", nullable = false)
    private long supervisorUserId;

    @Column(name = "supervisor_name", nullable = false)
    private String supervisorName;

    @Column(name = "attendance", nullable = false)
    private String attendance;

    @Column(name = "observations")
    private String observations;

    @Column(name = "recorded_by_user_id")
    private Long recordedByUserId;

    @Column(name = "recorded_by_name", nullable = false)
    private String recordedByName;

    /** UTC: when the session (or its outcome) was last recorded. */
    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected ContactSession() {
    }

    public ContactSession(long authorityId, long caseId, LocalDateTime startsAt, int durationMinutes, String venue,
                          long supervisorUserId, String supervisorName, Attendance attendance, String observations,
                          Long recordedByUserId, String recordedByName, LocalDateTime recordedAt) {
        this.authorityId = authorityId;
        this.caseId = caseId;
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
        this.venue = venue;
        this.supervisorUserId = supervisorUserId;
        this.supervisorName = supervisorName;
        this.attendance = attendance.name();
        this.observations = observations;
        this.recordedByUserId = recordedByUserId;
        this.recordedByName = recordedByName;
        this.recordedAt = recordedAt;
    }

    /** The outcome of a session that was planned. */
    public void recordOutcome(Attendance attendance, String observations, Long byUserId, String byName,
                              LocalDateTime at) {
        this.attendance = attendance.name();
        this.observations = observations;
        this.recordedByUserId = byUserId;
        this.recordedByName = byName;
        this.recordedAt = at;
    }

    public long id() {
        return id;
    }

    public long authorityId() {
        return authorityId;
    }

    public long caseId() {
        return caseId;
    }

    public LocalDateTime startsAt() {
        return startsAt;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public String venue() {
        return venue;
    }

    public long supervisorUserId() {
        return supervisorUserId;
    }

    public String supervisorName() {
        return supervisorName;
    }

    public Attendance attendance() {
        return Attendance.valueOf(attendance);
    }

    public String observations() {
        return observations;
    }

    public String recordedByName() {
        return recordedByName;
    }

    public LocalDateTime recordedAt() {
        return recordedAt;
    }

    public int version() {
        return version;
    }
}
