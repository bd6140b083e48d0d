package org.safeguard.reflection.model;

import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An authority's figures for reflection sessions; no row: {@link #defaults}. Sources in the seeds
 * (docs/reflection-sessions.md has the reasoning):
 * <ul>
 *   <li>every open family discussed at least every 4 weeks: units held "weekly casework discussions"
 *       (002 §8.2) in which "all open families are discussed regularly" (000 §1.4), and a unit or team
 *       holds 60–80 cases (000 §1.6), so a family comes round about once in four weekly meetings; four
 *       weeks is also the cadence of the child protection visit the service reports on (001);</li>
 *   <li>a two-hour session at ten minutes a family: twelve families a week, 48 in four weeks, the
 *       60–80 cases of a unit in families of one to two children;</li>
 *   <li>drift on a child protection plan from 9 months: pre-proceedings "is mostly considered once a
 *       child has been subject to a child protection plan for between 9 and 12 months and where there
 *       has been insufficient impact on their lived experience" (004 §2.43).</li>
 * </ul>
 */
@Entity
@Table(name = "rs_settings")
public class ReflectionSettings {

    public static final int DEFAULT_INTERVAL_WEEKS = 4;
    public static final int DEFAULT_SESSION_MINUTES = 120;
    public static final int DEFAULT_MINUTES_PER_FAMILY = 10;
    public static final int DEFAULT_DRIFT_CP_MONTHS = 9;

    @Id
    @Column(name = "authority_id")
    private Long authorityId;

    @Column(name = "interval_weeks", nullable = false)
    private int intervalWeeks;

    @Column(name = "session_minutes", nullable = false)
    private int sessionMinutes;

    @Column(name = "minutes_per_family", nullable = false)
    private int minutesPerFamily;

    @Column(name = "drift_cp_months", nullable = false)
    private int driftCpMonths;

    @Column(name = "changed_by_user_id")
    private Long changedByUserId;

    @Column(name = "changed_at")
    private LocalDateTime changedAtUtc;

    protected ReflectionSettings() {
    }

    public ReflectionSettings(long authorityId, int intervalWeeks, int sessionMinutes, int minutesPerFamily,
                              int driftCpMonths) {
        this.authorityId = authorityId;
        this.intervalWeeks = intervalWeeks;
        this.sessionMinutes = sessionMinutes;
        this.minutesPerFamily = minutesPerFamily;
        this.driftCpMonths = driftCpMonths;
    }

    public static ReflectionSettings defaults(long authorityId) {
        return new ReflectionSettings(authorityId, DEFAULT_INTERVAL_WEEKS, DEFAULT_SESSION_MINUTES,
                DEFAULT_MINUTES_PER_FAMILY, DEFAULT_DRIFT_CP_MONTHS);
    }

    public void change(int intervalWeeks, int sessionMinutes, int minutesPerFamily, int driftCpMonths,
                       long byUserId, Instant at) {
        this.intervalWeeks = intervalWeeks;
        this.sessionMinutes = sessionMinutes;
        this.minutesPerFamily = minutesPerFamily;
        this.driftCpMonths = driftCpMonths;
        this.changedByUserId = byUserId;
        this.changedAtUtc = Utc.of(at);
    }

    public long authorityId() { return authorityId; }
    public int intervalWeeks() { return intervalWeeks; }
    public int intervalDays() { return intervalWeeks * 7; }
    public int sessionMinutes() { return sessionMinutes; }
    public int minutesPerFamily() { return minutesPerFamily; }
    public int driftCpMonths() { return driftCpMonths; }
    public Instant changedAt() { return Utc.instant(changedAtUtc); }
}
