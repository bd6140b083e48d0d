package org.safeguard.familysafeguarding.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An authority's own figures for adult practitioners; absent: {@link #defaults}.
 *
 * <p>The seeds give a caseload guide only for social workers (20 per FTE, 004 §2.55) and none for
 * adult practitioners, whose work with a parent is more intensive and whose families each need
 * weekly or fortnightly sessions. The defaults (15 families per FTE in each discipline; a
 * practitioner assigned within 10 working days of a factor being identified) are starting figures
 * for an authority to set, not figures from the seeds.
 */
@Entity
@Table(name = "fs_settings")
public class FamilySafeguardingSettings {

    public static final int DEFAULT_FAMILIES_PER_FTE = 15;
    public static final int DEFAULT_ASSIGN_WITHIN_WORKING_DAYS = 10;

    @Id
    @Column(name = "authority_id")
    private Long authorityId;

    @Column(name = "substance_misuse_per_fte", nullable = false)
    private int substanceMisusePerFte;

    @Column(name = "mental_health_per_fte", nullable = false)
    private int mentalHealthPerFte;

    @Column(name = "domestic_abuse_per_fte", nullable = false)
    private int domesticAbusePerFte;

    @Column(name = "practitioner_scope", nullable = false)
    private String practitionerScope;

    @Column(name = "assign_within_working_days", nullable = false)
    private int assignWithinWorkingDays;

    protected FamilySafeguardingSettings() {
    }

    public FamilySafeguardingSettings(long authorityId, int substanceMisusePerFte, int mentalHealthPerFte,
                                      int domesticAbusePerFte, PractitionerScope scope, int assignWithinWorkingDays) {
        this.authorityId = authorityId;
        change(substanceMisusePerFte, mentalHealthPerFte, domesticAbusePerFte, scope, assignWithinWorkingDays);
    }

    public static FamilySafeguardingSettings defaults(long authorityId) {
        return new FamilySafeguardingSettings(authorityId, DEFAULT_FAMILIES_PER_FTE, DEFAULT_FAMILIES_PER_FTE,
                DEFAULT_FAMILIES_PER_FTE, PractitionerScope.TEAM, DEFAULT_ASSIGN_WITHIN_WORKING_DAYS);
    }

    public void change(int substanceMisusePerFte, int mentalHealthPerFte, int domesticAbusePerFte,
                       PractitionerScope scope, int assignWithinWorkingDays) {
        this.substanceMisusePerFte = substanceMisusePerFte;
        this.mentalHealthPerFte = mentalHealthPerFte;
        this.domesticAbusePerFte = domesticAbusePerFte;
        this.practitionerScope = scope.name();
        this.assignWithinWorkingDays = assignWithinWorkingDays;
    }

    /** Families per full-time equivalent for a discipline. */
    public int familiesPerFte(Discipline discipline) {
        return switch (discipline) {
            case SUBSTANCE_MISUSE -> substanceMisusePerFte;
            case MENTAL_HEALTH -> mentalHealthPerFte;
            case DOMESTIC_ABUSE -> domesticAbusePerFte;
        };
    }

    public long authorityId() { return authorityId; }
    public int substanceMisusePerFte() { return substanceMisusePerFte; }
    public int mentalHealthPerFte() { return mentalHealthPerFte; }
    public int domesticAbusePerFte() { return domesticAbusePerFte; }
    public PractitionerScope scope() { return PractitionerScope.valueOf(practitionerScope); }
    public int assignWithinWorkingDays() { return assignWithinWorkingDays; }
}
