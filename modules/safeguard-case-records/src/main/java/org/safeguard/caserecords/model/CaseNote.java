package org.safeguard.caserecords.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A case note or a visit to the child. Edits never overwrite silently: the version being replaced
 * is first copied to {@link CaseNoteRevision}, and {@code revision} counts the versions.
 *
 * <p>{@code authorUserId} is the person who first wrote the note (it decides who may edit it) and
 * never changes; {@code authorName} and {@code recordedAt} describe the <em>current</em> version,
 * so the revision copied at the next edit says truthfully who wrote it and when.
 */
@Entity
@Table(name = "cr_case_note")
public class CaseNote {

    public enum Kind {
        HOME_VISIT("Home visit", true),
        OFFICE_VISIT("Office visit", true),
        SCHOOL_VISIT("School visit", true),
        PHONE_CALL("Phone call", false),
        MEETING("Meeting", false),
        NOTE("Case note", false);

        private final String label;
        private final boolean visit;

        Kind(String label, boolean visit) {
            this.label = label;
            this.visit = visit;
        }

        public String label() {
            return label;
        }

        /** A visit records whether the child was seen (and seen alone); statutory visits count towards the plan's visits. */
        public boolean visit() {
            return visit;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "kind", nullable = false)
    private String kind;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(name = "child_seen")
    private Boolean childSeen;

    @Column(name = "seen_alone")
    private Boolean seenAlone;

    @Column(name = "statutory", nullable = false)
    private boolean statutory;

    @Column(name = "body", nullable = false, length = 8000)
    private String body;

    @Column(name = "author_user_id", nullable = false)
    private long authorUserId;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAtUtc;

    /*
     * The version counter doubles as the optimistic lock: EclipseLink writes 1 on insert and
     * "SET revision = n + 1 WHERE revision = n" on each edit, so two people editing the same note
     * at once cannot both win and lose the other's text.
     */
    @Version
    @Column(name = "revision", nullable = false)
    private int revision;

    protected CaseNote() {
    }

    public CaseNote(long caseId, Kind kind, LocalDate occurredOn, Boolean childSeen, Boolean seenAlone,
                    boolean statutory, String body, long authorUserId, String authorName, LocalDateTime recordedAtUtc) {
        this.caseId = caseId;
        this.authorUserId = authorUserId;
        set(kind, occurredOn, childSeen, seenAlone, statutory, body, authorName, recordedAtUtc);
    }

    /** The current version as a history row, replaced now. Persist it in the same transaction as {@link #revise}. */
    public CaseNoteRevision supersede(LocalDateTime nowUtc) {
        return new CaseNoteRevision(id, revision, kind(), occurredOn, childSeen, seenAlone, body, authorName,
                recordedAtUtc, nowUtc);
    }

    /** A new version written by {@code editorName}; the revision number goes up when the transaction commits. */
    public void revise(Kind kind, LocalDate occurredOn, Boolean childSeen, Boolean seenAlone, boolean statutory,
                       String body, String editorName, LocalDateTime nowUtc) {
        set(kind, occurredOn, childSeen, seenAlone, statutory, body, editorName, nowUtc);
    }

    private void set(Kind kind, LocalDate occurredOn, Boolean childSeen, Boolean seenAlone, boolean statutory,
                     String body, String authorName, LocalDateTime recordedAtUtc) {
        this.kind = kind.name();
        this.occurredOn = occurredOn;
        // Seen flags and "statutory" only mean something for a visit.
        this.childSeen = kind.visit() ? childSeen : null;
        this.seenAlone = kind.visit() ? seenAlone : null;
        this.statutory = kind.visit() && statutory;
        this.body = body;
        this.authorName = authorName;
        this.recordedAtUtc = recordedAtUtc;
    }

    public Long id() { return id; }
    public long caseId() { return caseId; }
    public Kind kind() { return Kind.valueOf(kind); }
    public LocalDate occurredOn() { return occurredOn; }
    public Boolean childSeen() { return childSeen; }
    public Boolean seenAlone() { return seenAlone; }
    public boolean statutory() { return statutory; }
    public String body() { return body; }
    public long authorUserId() { return authorUserId; }
    public String authorName() { return authorName; }
    public LocalDateTime recordedAtUtc() { return recordedAtUtc; }
    public int revision() { return revision; }
    public boolean edited() { return revision > 1; }
}
