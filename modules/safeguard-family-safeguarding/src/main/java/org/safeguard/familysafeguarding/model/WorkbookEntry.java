package org.safeguard.familysafeguarding.model;

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
 * One part of a family's workbook: a worker role's chapter, or its summary of one month. Edits
 * never overwrite silently: the version being replaced is first copied to {@link WorkbookRevision}
 * (as case notes are), and {@code revision} counts the versions and is the optimistic lock.
 */
@Entity
@Table(name = "fs_workbook_entry")
public class WorkbookEntry {

    public enum Kind { CHAPTER, MONTHLY_SUMMARY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "authority_id", nullable = false)
    private long authorityId;

    @Column(name = "family_id", nullable = false)
    private long familyId;

    @Column(name = "entry_kind", nullable = false)
    private String kind;

    @Column(name = "workbook_role", nullable = false)
    private String role;

    /** The first day of the month a summary covers; null for a chapter. */
    @Column(name = "month_start")
    private LocalDate monthStart;

    /** The slot this entry fills in the workbook; unique per family in the database. */
    @Column(name = "entry_key", nullable = false)
    private String entryKey;

    @Column(name = "body", nullable = false, length = 12000)
    private String body;

    @Column(name = "first_author_user_id", nullable = false)
    private long firstAuthorUserId;

    @Column(name = "first_author_name", nullable = false)
    private String firstAuthorName;

    @Column(name = "first_recorded_at", nullable = false)
    private LocalDateTime firstRecordedAtUtc;

    /** Who wrote the current version, and when. */
    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAtUtc;

    @Version
    @Column(name = "revision", nullable = false)
    private int revision;

    protected WorkbookEntry() {
    }

    public static WorkbookEntry chapter(long authorityId, long familyId, WorkbookRole role, String body, long authorUserId,
                                        String authorName, LocalDateTime nowUtc) {
        return new WorkbookEntry(authorityId, familyId, Kind.CHAPTER, role, null, body, authorUserId, authorName, nowUtc);
    }

    public static WorkbookEntry summary(long authorityId, long familyId, WorkbookRole role, LocalDate month, String body,
                                        long authorUserId, String authorName, LocalDateTime nowUtc) {
        return new WorkbookEntry(authorityId, familyId, Kind.MONTHLY_SUMMARY, role, month.withDayOfMonth(1), body,
                authorUserId, authorName, nowUtc);
    }

    private WorkbookEntry(long authorityId, long familyId, Kind kind, WorkbookRole role, LocalDate monthStart,
                          String body, long authorUserId, String authorName, LocalDateTime nowUtc) {
        this.authorityId = authorityId;
        this.familyId = familyId;
        this.kind = kind.name();
        this.role = role.name();
        this.monthStart = monthStart;
        this.entryKey = key(kind, role, monthStart);
        this.body = body;
        this.firstAuthorUserId = authorUserId;
        this.firstAuthorName = authorName;
        this.firstRecordedAtUtc = nowUtc;
        this.authorName = authorName;
        this.recordedAtUtc = nowUtc;
    }

    /** CHAPTER:DOMESTIC_ABUSE or SUMMARY:SOCIAL_WORKER:2026-03. */
    public static String key(Kind kind, WorkbookRole role, LocalDate monthStart) {
        return kind == Kind.CHAPTER ? "CHAPTER:" + role.name()
                : "SUMMARY:" + role.name() + ":" + monthStart.toString().substring(0, 7);
    }

    /** The current version as a history row, replaced now. Persist it in the same transaction as {@link #revise}. */
    public WorkbookRevision supersede(LocalDateTime nowUtc) {
        return new WorkbookRevision(id, revision, body, authorName, recordedAtUtc, nowUtc);
    }

    public void revise(String body, String editorName, LocalDateTime nowUtc) {
        this.body = body;
        this.authorName = editorName;
        this.recordedAtUtc = nowUtc;
    }

    public Long id() { return id; }
    public long authorityId() { return authorityId; }
    public long familyId() { return familyId; }
    public Kind kind() { return Kind.valueOf(kind); }
    public WorkbookRole role() { return WorkbookRole.valueOf(role); }
    public LocalDate monthStart() { return monthStart; }
    public String entryKey() { return entryKey; }
    public String body() { return body; }
    public long firstAuthorUserId() { return firstAuthorUserId; }
    public String firstAuthorName() { return firstAuthorName; }
    public LocalDateTime firstRecordedAtUtc() { return firstRecordedAtUtc; }
    public String authorName() { return authorName; }
    public LocalDateTime recordedAtUtc() { return recordedAtUtc; }
    public int revision() { return revision; }
    public boolean edited() { return revision > 1; }
}
