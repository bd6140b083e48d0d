package org.safeguard.familysafeguarding.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A session an adult practitioner held (or planned) with a parent, under one assignment. The
 * motivational-interviewing focus and the engagement rating only mean something when the parent
 * attended, so both are empty otherwise.
 */
@Entity
@Table(name = "fs_session")
public class ParentSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "authority_id", nullable = false)
    private long authorityId;

    @Column(name = "family_id", nullable = false)
    private long familyId;

    @Column(name = "assignment_id", nullable = false)
    private long assignmentId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "session_type", nullable = false)
    private String sessionType;

    @Column(name = "attendance", nullable = false)
    private String attendance;

    @Column(name = "mi_focus")
    private String focus;

    @Column(name = "engagement")
    private Integer engagement;

    @Column(name = "notes", nullable = false, length = 4000)
    private String notes;

    @Column(name = "recorded_by_user_id", nullable = false)
    private long recordedByUserId;

    @Column(name = "recorded_by_name", nullable = false)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAtUtc;

    protected ParentSession() {
    }

    public ParentSession(long authorityId, long familyId, long assignmentId, LocalDate heldOn, SessionType type,
                         Attendance attendance, MotivationalFocus focus, Engagement engagement, String notes,
                         long recordedByUserId, String recordedByName, LocalDateTime recordedAtUtc) {
        this.authorityId = authorityId;
        this.familyId = familyId;
        this.assignmentId = assignmentId;
        this.heldOn = heldOn;
        this.sessionType = type.name();
        this.attendance = attendance.name();
        boolean attended = attendance == Attendance.ATTENDED;
        this.focus = attended && focus != null ? focus.name() : null;
        this.engagement = attended && engagement != null ? engagement.score() : null;
        this.notes = notes;
        this.recordedByUserId = recordedByUserId;
        this.recordedByName = recordedByName;
        this.recordedAtUtc = recordedAtUtc;
    }

    public Long id() { return id; }
    public long authorityId() { return authorityId; }
    public long familyId() { return familyId; }
    public long assignmentId() { return assignmentId; }
    public LocalDate heldOn() { return heldOn; }
    public SessionType type() { return SessionType.valueOf(sessionType); }
    public Attendance attendance() { return Attendance.valueOf(attendance); }
    public MotivationalFocus focus() { return focus == null ? null : MotivationalFocus.valueOf(focus); }
    public Engagement engagement() { return Engagement.ofScore(engagement).orElse(null); }
    public String notes() { return notes; }
    public long recordedByUserId() { return recordedByUserId; }
    public String recordedByName() { return recordedByName; }
    public LocalDateTime recordedAtUtc() { return recordedAtUtc; }
}
