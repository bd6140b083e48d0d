package org.safeguard.caserecords.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.safeguard.caserecords.api.CaseStage;

/**
 * A child's case: one episode from referral to closure. Stage changes go through
 * {@code journey.CaseJourney}, which knows which moves are allowed; the current allocation is a
 * copy of the open {@link Allocation} rows so a caseload is one indexed query.
 */
@Entity
@Table(name = "cr_case")
public class CaseRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "authority_id", nullable = false)
    private long authorityId;

    @Column(name = "district_id", nullable = false)
    private long districtId;

    @Column(name = "family_id", nullable = false)
    private long familyId;

    @Column(name = "child_id", nullable = false)
    private long childId;

    @Column(name = "stage", nullable = false)
    private String stage;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "closure_reason")
    private String closureReason;

    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "lead_worker_id")
    private Long leadWorkerId;

    @Column(name = "co_worker_id")
    private Long coWorkerId;

    @Column(name = "pre_proceedings_from")
    private LocalDate preProceedingsFrom;

    @Column(name = "care_proceedings_from")
    private LocalDate careProceedingsFrom;

    /** Two people changing the same case at once: the second gets a clear "changed meanwhile", not a lost update. */
    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected CaseRecord() {
    }

    public CaseRecord(long authorityId, long districtId, long familyId, long childId, LocalDate openedOn) {
        this.authorityId = authorityId;
        this.districtId = districtId;
        this.familyId = familyId;
        this.childId = childId;
        this.openedOn = openedOn;
        this.stage = CaseStage.ASSESSMENT.name();
    }

    public void moveTo(CaseStage stage) {
        this.stage = stage.name();
    }

    public void close(LocalDate on, ClosureReason reason) {
        this.stage = CaseStage.CLOSED.name();
        this.closedOn = on;
        this.closureReason = reason.name();
    }

    public void allocate(Long teamId, Long leadWorkerId, Long coWorkerId) {
        this.teamId = teamId;
        this.leadWorkerId = leadWorkerId;
        this.coWorkerId = coWorkerId;
    }

    public void moveToDistrict(long districtId) {
        this.districtId = districtId;
    }

    public void markPreProceedings(LocalDate from) {
        this.preProceedingsFrom = from;
    }

    public void markCareProceedings(LocalDate from) {
        this.careProceedingsFrom = from;
    }

    public Long id() { return id; }
    public long authorityId() { return authorityId; }
    public long districtId() { return districtId; }
    public long familyId() { return familyId; }
    public long childId() { return childId; }
    public CaseStage stage() { return CaseStage.valueOf(stage); }
    public LocalDate openedOn() { return openedOn; }
    public LocalDate closedOn() { return closedOn; }
    public ClosureReason closureReason() { return closureReason == null ? null : ClosureReason.valueOf(closureReason); }
    public Long teamId() { return teamId; }
    public Long leadWorkerId() { return leadWorkerId; }
    public Long coWorkerId() { return coWorkerId; }
    public LocalDate preProceedingsFrom() { return preProceedingsFrom; }
    public LocalDate careProceedingsFrom() { return careProceedingsFrom; }
    public int version() { return version; }
    public boolean open() { return closedOn == null; }
}
