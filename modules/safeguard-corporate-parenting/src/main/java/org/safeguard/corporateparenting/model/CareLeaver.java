package org.safeguard.corporateparenting.model;

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
 * Leaving care support for one young person: their personal adviser, pathway plan, where they
 * live and whether it suits them, what they are doing. Which category of care leaver they are is
 * not stored: it follows from their periods of care and age ({@code rules.LeaverEligibility}).
 */
@Entity
@Table(name = "cp_care_leaver")
public class CareLeaver {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "authority_id", nullable = false)
    private long authorityId;

    @Column(name = "child_id", nullable = false)
    private long childId;

    @Column(name = "personal_adviser_id")
    private Long personalAdviserId;

    @Column(name = "personal_adviser_name")
    private String personalAdviserName;

    @Column(name = "pathway_plan_on")
    private LocalDate pathwayPlanOn;

    @Column(name = "accommodation")
    private String accommodation;

    @Column(name = "accommodation_suitable")
    private Boolean accommodationSuitable;

    @Column(name = "activity")
    private String activity;

    @Column(name = "support_to_25", nullable = false)
    private boolean supportTo25;

    @Column(name = "updated_by_name", nullable = false)
    private String updatedByName;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected CareLeaver() {
    }

    public CareLeaver(long authorityId, long childId) {
        this.authorityId = authorityId;
        this.childId = childId;
    }

    public void update(Long personalAdviserId, String personalAdviserName, LocalDate pathwayPlanOn,
                       Accommodation accommodation, Boolean accommodationSuitable, Activity activity,
                       boolean supportTo25, String byName, LocalDateTime atUtc) {
        this.personalAdviserId = personalAdviserId;
        this.personalAdviserName = personalAdviserName;
        this.pathwayPlanOn = pathwayPlanOn;
        this.accommodation = accommodation == null ? null : accommodation.name();
        this.accommodationSuitable = accommodationSuitable;
        this.activity = activity == null ? null : activity.name();
        this.supportTo25 = supportTo25;
        this.updatedByName = byName;
        this.updatedAt = atUtc;
    }

    public Long id() { return id; }
    public long authorityId() { return authorityId; }
    public long childId() { return childId; }
    public Long personalAdviserId() { return personalAdviserId; }
    public String personalAdviserName() { return personalAdviserName; }
    public LocalDate pathwayPlanOn() { return pathwayPlanOn; }
    public Accommodation accommodation() { return accommodation == null ? null : Accommodation.valueOf(accommodation); }
    public Boolean accommodationSuitable() { return accommodationSuitable; }
    public Activity activity() { return activity == null ? null : Activity.valueOf(activity); }
    public boolean supportTo25() { return supportTo25; }
    public String updatedByName() { return updatedByName; }
    public LocalDateTime updatedAt() { return updatedAt; }
    public int version() { return version; }
}
