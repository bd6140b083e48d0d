package org.safeguard.fostering.model;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One authority's fostering settings; an authority without a row uses the defaults. */
@Entity
@Table(name = "fo_settings")
public class FosteringSettings {

    /**
     * Days an annual review may be overdue before the household is left out of matching until it is
     * reviewed: a local policy choice, not a statutory figure (the regulation only says "not more
     * than a year"). Overdue within the grace, carers are still offered, flagged.
     */
    public static final int DEFAULT_REVIEW_GRACE_DAYS = 28;
    /** How far ahead the register shows reviews as "due soon". */
    public static final int DEFAULT_DUE_SOON_DAYS = 60;

    @Id
    @Column(name = "authority_id")
    private long authorityId;

    @Column(name = "review_grace_days", nullable = false)
    private int reviewGraceDays;

    @Column(name = "review_due_soon_days", nullable = false)
    private int reviewDueSoonDays;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    @Column(name = "updated_by_user_id")
    private Long updatedByUserId;

    protected FosteringSettings() {
    }

    public FosteringSettings(long authorityId, int reviewGraceDays, int reviewDueSoonDays) {
        this.authorityId = authorityId;
        this.reviewGraceDays = reviewGraceDays;
        this.reviewDueSoonDays = reviewDueSoonDays;
    }

    public static FosteringSettings defaults(long authorityId) {
        return new FosteringSettings(authorityId, DEFAULT_REVIEW_GRACE_DAYS, DEFAULT_DUE_SOON_DAYS);
    }

    public void change(int reviewGraceDays, int reviewDueSoonDays, Long byUserId, LocalDateTime at) {
        this.reviewGraceDays = reviewGraceDays;
        this.reviewDueSoonDays = reviewDueSoonDays;
        this.updatedByUserId = byUserId;
        this.updatedAt = at;
    }

    public long authorityId() {
        return authorityId;
    }

    public int reviewGraceDays() {
        return reviewGraceDays;
    }

    public int reviewDueSoonDays() {
        return reviewDueSoonDays;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }
}
