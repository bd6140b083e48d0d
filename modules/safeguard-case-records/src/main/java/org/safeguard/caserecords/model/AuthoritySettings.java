package org.safeguard.caserecords.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An authority's own figures for caseloads and statutory visits; absent: {@link #defaults}. */
@Entity
@Table(name = "cr_authority_settings")
public class AuthoritySettings {

    /** From the seeds: up to 20 cases per case-holding FTE; CP visits at least every 4 weeks. */
    public static final int DEFAULT_CASES_PER_FTE = 20;
    public static final int DEFAULT_CP_VISIT_DAYS = 28;
    /** Working Together leaves CIN visit frequency to the plan; six weeks is a common local standard. */
    public static final int DEFAULT_CIN_VISIT_DAYS = 42;
    public static final int DEFAULT_DUE_SOON_WORKING_DAYS = 5;

    @Id
    @Column(name = "authority_id")
    private Long authorityId;

    @Column(name = "cases_per_fte", nullable = false)
    private int casesPerFte;

    @Column(name = "cp_visit_interval_days", nullable = false)
    private int cpVisitIntervalDays;

    @Column(name = "cin_visit_interval_days", nullable = false)
    private int cinVisitIntervalDays;

    @Column(name = "due_soon_working_days", nullable = false)
    private int dueSoonWorkingDays;

    protected AuthoritySettings() {
    }

    public AuthoritySettings(long authorityId, int casesPerFte, int cpVisitIntervalDays, int cinVisitIntervalDays,
                             int dueSoonWorkingDays) {
        this.authorityId = authorityId;
        change(casesPerFte, cpVisitIntervalDays, cinVisitIntervalDays, dueSoonWorkingDays);
    }

    public static AuthoritySettings defaults(long authorityId) {
        return new AuthoritySettings(authorityId, DEFAULT_CASES_PER_FTE, DEFAULT_CP_VISIT_DAYS,
                DEFAULT_CIN_VISIT_DAYS, DEFAULT_DUE_SOON_WORKING_DAYS);
    }

    public void change(int casesPerFte, int cpVisitIntervalDays, int cinVisitIntervalDays, int dueSoonWorkingDays) {
        this.casesPerFte = casesPerFte;
        this.cpVisitIntervalDays = cpVisitIntervalDays;
        this.cinVisitIntervalDays = cinVisitIntervalDays;
        this.dueSoonWorkingDays = dueSoonWorkingDays;
    }

    public long authorityId() { return authorityId; }
    public int casesPerFte() { return casesPerFte; }
    public int cpVisitIntervalDays() { return cpVisitIntervalDays; }
    public int cinVisitIntervalDays() { return cinVisitIntervalDays; }
    public int dueSoonWorkingDays() { return dueSoonWorkingDays; }
}
