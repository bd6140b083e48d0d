package org.safeguard.corporateparenting.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An authority's own timescales for children in care; absent: {@link #defaults}. Each default
 * is the statutory or seed figure, and the settings form lets an authority be stricter, never
 * laxer, where the law sets a limit (see {@code settings.SettingsForm}).
 */
@Entity
@Table(name = "cp_authority_settings")
public class CareSettings {

    /** Seed 001: "initial health assessment within the first 28 days". */
    public static final int DEFAULT_IHA_DAYS = 28;
    /** Care Planning, Placement and Case Review (England) Regulations 2010, reg. 7: six-monthly before the fifth birthday. */
    public static final int DEFAULT_HEALTH_REVIEW_MONTHS_UNDER5 = 6;
    /** Same regulation: at least once every 12 months from the fifth birthday. */
    public static final int DEFAULT_HEALTH_REVIEW_MONTHS = 12;
    /** Seed 001 reports dental checks "completed in year". */
    public static final int DEFAULT_DENTAL_MONTHS = 12;
    /** PEPs are reviewed termly (seed 001, statutory guidance 2018): three terms a year. */
    public static final int DEFAULT_PEP_MONTHS = 4;
    /** Regulation 28: within one week of the start of any placement... */
    public static final int DEFAULT_FIRST_VISIT_DAYS = 7;
    /** ...then at intervals of not more than six weeks for the first year of any placement... */
    public static final int DEFAULT_VISIT_INTERVAL_DAYS = 42;
    /** ...then not more than three months where the placement is intended to last until 18. */
    public static final int DEFAULT_LONG_TERM_VISIT_INTERVAL_DAYS = 91;
    /** Pathway plans are reviewed at least every six months (Care Leavers (England) Regulations 2010, reg. 7). */
    public static final int DEFAULT_PATHWAY_REVIEW_MONTHS = 6;
    /** How long the team has to answer an IRO's case alert: a local standard, two working weeks. */
    public static final int DEFAULT_ALERT_RESPONSE_WORKING_DAYS = 10;

    @Id
    @Column(name = "authority_id")
    private Long authorityId;

    @Column(name = "iha_days", nullable = false)
    private int ihaDays;

    @Column(name = "health_review_months_under5", nullable = false)
    private int healthReviewMonthsUnder5;

    @Column(name = "health_review_months", nullable = false)
    private int healthReviewMonths;

    @Column(name = "dental_months", nullable = false)
    private int dentalMonths;

    @Column(name = "pep_months", nullable = false)
    private int pepMonths;

    @Column(name = "first_visit_days", nullable = false)
    private int firstVisitDays;

    @Column(name = "visit_interval_days", nullable = false)
    private int visitIntervalDays;

    @Column(name = "long_term_visit_interval_days", nullable = false)
    private int longTermVisitIntervalDays;

    @Column(name = "pathway_review_months", nullable = false)
    private int pathwayReviewMonths;

    @Column(name = "alert_response_working_days", nullable = false)
    private int alertResponseWorkingDays;

    protected CareSettings() {
    }

    public CareSettings(long authorityId, int ihaDays, int healthReviewMonthsUnder5, int healthReviewMonths,
                        int dentalMonths, int pepMonths, int firstVisitDays, int visitIntervalDays,
                        int longTermVisitIntervalDays, int pathwayReviewMonths, int alertResponseWorkingDays) {
        this.authorityId = authorityId;
        change(ihaDays, healthReviewMonthsUnder5, healthReviewMonths, dentalMonths, pepMonths, firstVisitDays,
                visitIntervalDays, longTermVisitIntervalDays, pathwayReviewMonths, alertResponseWorkingDays);
    }

    public static CareSettings defaults(long authorityId) {
        return new CareSettings(authorityId, DEFAULT_IHA_DAYS, DEFAULT_HEALTH_REVIEW_MONTHS_UNDER5,
                DEFAULT_HEALTH_REVIEW_MONTHS, DEFAULT_DENTAL_MONTHS, DEFAULT_PEP_MONTHS, DEFAULT_FIRST_VISIT_DAYS,
                DEFAULT_VISIT_INTERVAL_DAYS, DEFAULT_LONG_TERM_VISIT_INTERVAL_DAYS, DEFAULT_PATHWAY_REVIEW_MONTHS,
                DEFAULT_ALERT_RESPONSE_WORKING_DAYS);
    }

    public void change(int ihaDays, int healthReviewMonthsUnder5, int healthReviewMonths, int dentalMonths,
                       int pepMonths, int firstVisitDays, int visitIntervalDays, int longTermVisitIntervalDays,
                       int pathwayReviewMonths, int alertResponseWorkingDays) {
        this.ihaDays = ihaDays;
        this.healthReviewMonthsUnder5 = healthReviewMonthsUnder5;
        this.healthReviewMonths = healthReviewMonths;
        this.dentalMonths = dentalMonths;
        this.pepMonths = pepMonths;
        this.firstVisitDays = firstVisitDays;
        this.visitIntervalDays = visitIntervalDays;
        this.longTermVisitIntervalDays = longTermVisitIntervalDays;
        this.pathwayReviewMonths = pathwayReviewMonths;
        this.alertResponseWorkingDays = alertResponseWorkingDays;
    }

    public long authorityId() { return authorityId; }
    public int ihaDays() { return ihaDays; }
    public int healthReviewMonthsUnder5() { return healthReviewMonthsUnder5; }
    public int healthReviewMonths() { return healthReviewMonths; }
    public int dentalMonths() { return dentalMonths; }
    public int pepMonths() { return pepMonths; }
    public int firstVisitDays() { return firstVisitDays; }
    public int visitIntervalDays() { return visitIntervalDays; }
    public int longTermVisitIntervalDays() { return longTermVisitIntervalDays; }
    public int pathwayReviewMonths() { return pathwayReviewMonths; }
    public int alertResponseWorkingDays() { return alertResponseWorkingDays; }
}
