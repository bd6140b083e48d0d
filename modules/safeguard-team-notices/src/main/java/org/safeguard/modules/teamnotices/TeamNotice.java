package org.safeguard.modules.teamnotices;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A notice posted to one team. The authority and team are plain ids, not relations: this bundle
 * maps only its own tables, and the organisation belongs to the identity bundle.
 * The table is created by db/team-notices/changelog.xml, never by EclipseLink.
 */
@Entity
@Table(name = "notices_team_notice")
public class TeamNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "authority_id", nullable = false)
    private long authorityId;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "title", nullable = false, length = NoticeForm.TITLE_MAX)
    private String title;

    @Column(name = "body", nullable = false, length = NoticeForm.BODY_MAX)
    private String body;

    @Column(name = "posted_by_user_id", nullable = false)
    private long postedByUserId;

    /** Kept as posted, so the notice still says who wrote it after that person leaves. */
    @Column(name = "posted_by_name", nullable = false, length = 200)
    private String postedByName;

    /*
     * EclipseLink 4.0 has no built-in mapping for Instant (it would serialise it to a blob), so the
     * column holds the UTC wall-clock time and the accessors convert. No converter class needed,
     * which matters because Safeguard-Entities lists @Entity classes only.
     */
    @Column(name = "posted_at", nullable = false)
    private LocalDateTime postedAtUtc;

    /** The first day the notice is no longer shown; null: it does not expire. */
    @Column(name = "expires_on")
    private LocalDate expiresOn;

    /** For JPA only. */
    protected TeamNotice() {
    }

    public TeamNotice(long authorityId, long teamId, String title, String body,
                      long postedByUserId, String postedByName, Instant postedAt, LocalDate expiresOn) {
        this.authorityId = authorityId;
        this.teamId = teamId;
        this.title = title;
        this.body = body;
        this.postedByUserId = postedByUserId;
        this.postedByName = postedByName;
        this.postedAtUtc = LocalDateTime.ofInstant(postedAt, ZoneOffset.UTC);
        this.expiresOn = expiresOn;
    }

    public Long id() {
        return id;
    }

    public long authorityId() {
        return authorityId;
    }

    public long teamId() {
        return teamId;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public long postedByUserId() {
        return postedByUserId;
    }

    public String postedByName() {
        return postedByName;
    }

    public Instant postedAt() {
        return postedAtUtc.toInstant(ZoneOffset.UTC);
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }
}
