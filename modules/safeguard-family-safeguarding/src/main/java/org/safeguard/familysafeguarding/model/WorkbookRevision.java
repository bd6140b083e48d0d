package org.safeguard.familysafeguarding.model;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An earlier version of a {@link WorkbookEntry}: written once when an edit replaces it, never changed. */
@Entity
@Table(name = "fs_workbook_revision")
public class WorkbookRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "entry_id", nullable = false)
    private long entryId;

    @Column(name = "revision", nullable = false)
    private int revision;

    @Column(name = "body", nullable = false, length = 12000)
    private String body;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAtUtc;

    @Column(name = "superseded_at", nullable = false)
    private LocalDateTime supersededAtUtc;

    protected WorkbookRevision() {
    }

    public WorkbookRevision(long entryId, int revision, String body, String authorName, LocalDateTime recordedAtUtc,
                            LocalDateTime supersededAtUtc) {
        this.entryId = entryId;
        this.revision = revision;
        this.body = body;
        this.authorName = authorName;
        this.recordedAtUtc = recordedAtUtc;
        this.supersededAtUtc = supersededAtUtc;
    }

    public Long id() { return id; }
    public long entryId() { return entryId; }
    public int revision() { return revision; }
    public String body() { return body; }
    public String authorName() { return authorName; }
    public LocalDateTime recordedAtUtc() { return recordedAtUtc; }
    public LocalDateTime supersededAtUtc() { return supersededAtUtc; }
}
