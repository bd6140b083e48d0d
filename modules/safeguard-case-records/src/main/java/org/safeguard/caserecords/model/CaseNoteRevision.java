package org.safeguard.caserecords.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An earlier version of a {@link CaseNote}: written once when an edit replaces it, never changed. */
@Entity
@Table(name = "cr_case_note_revision")
public class CaseNoteRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "note_id", nullable = false)
    private long noteId;

    @Column(name = "revision", nullable = false)
    private int revision;

    @Column(name = "kind", nullable = false)
    private String kind;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(name = "child_seen")
    private Boolean childSeen;

    @Column(name = "seen_alone")
    private Boolean seenAlone;

    @Column(name = "body", nullable = false, length = 8000)
    private String body;

    /** Who wrote this version, and when. */
    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAtUtc;

    /** When the next edit replaced it. */
    @Column(name = "superseded_at", nullable = false)
    private LocalDateTime supersededAtUtc;

    protected CaseNoteRevision() {
    }

    public CaseNoteRevision(long noteId, int revision, CaseNote.Kind kind, LocalDate occurredOn, Boolean childSeen,
                            Boolean seenAlone, String body, String authorName, LocalDateTime recordedAtUtc,
                            LocalDateTime supersededAtUtc) {
        this.noteId = noteId;
        this.revision = revision;
        this.kind = kind.name();
        this.occurredOn = occurredOn;
        this.childSeen = childSeen;
        this.seenAlone = seenAlone;
        this.body = body;
        this.authorName = authorName;
        this.recordedAtUtc = recordedAtUtc;
        this.supersededAtUtc = supersededAtUtc;
    }

    public Long id() { return id; }
    public long noteId() { return noteId; }
    public int revision() { return revision; }
    public CaseNote.Kind kind() { return CaseNote.Kind.valueOf(kind); }
    public LocalDate occurredOn() { return occurredOn; }
    public Boolean childSeen() { return childSeen; }
    public Boolean seenAlone() { return seenAlone; }
    public String body() { return body; }
    public String authorName() { return authorName; }
    public LocalDateTime recordedAtUtc() { return recordedAtUtc; }
    public LocalDateTime supersededAtUtc() { return supersededAtUtc; }
}
