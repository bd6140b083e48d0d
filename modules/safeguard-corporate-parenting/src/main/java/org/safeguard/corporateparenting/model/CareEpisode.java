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
 * One period of care of a child: from the day they came into care from their case in case records
 * to the day they left it. Children, cases, teams and staff belong to other bundles: plain ids.
 *
 * <p>Who holds the child in care: while {@code holderTeamId} is null, the team and worker holding
 * the child's case in case records (children in proceedings stay with their district team, seed
 * 004 §2.17); once the county-wide corporate parenting service takes the child, its team and worker.
 */
@Entity
@Table(name = "cp_care_episode")
public class CareEpisode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "authority_id", nullable = false)
    private long authorityId;

    @Column(name = "child_id", nullable = false)
    private long childId;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "child_name", nullable = false)
    private String childName;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_reason")
    private String endReason;

    @Column(name = "end_detail")
    private String endDetail;

    @Column(name = "uasc", nullable = false)
    private boolean uasc;

    @Column(name = "holder_team_id")
    private Long holderTeamId;

    @Column(name = "holder_worker_id")
    private Long holderWorkerId;

    @Column(name = "iro_user_id")
    private Long iroUserId;

    @Column(name = "iro_name")
    private String iroName;

    @Column(name = "recorded_by_user_id")
    private Long recordedByUserId;

    @Column(name = "recorded_by_name", nullable = false)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected CareEpisode() {
    }

    public CareEpisode(long authorityId, long childId, long caseId, String childName, LocalDate dateOfBirth,
                       LocalDate startedOn, boolean uasc, Long recordedByUserId, String recordedByName,
                       LocalDateTime recordedAtUtc) {
        this.authorityId = authorityId;
        this.childId = childId;
        this.caseId = caseId;
        this.childName = childName;
        this.dateOfBirth = dateOfBirth;
        this.startedOn = startedOn;
        this.uasc = uasc;
        this.recordedByUserId = recordedByUserId;
        this.recordedByName = recordedByName;
        this.recordedAt = recordedAtUtc;
    }

    public void end(LocalDate on, LeavingReason reason, String detail) {
        this.endedOn = on;
        this.endReason = reason.name();
        this.endDetail = detail;
    }

    public void holdBy(Long teamId, Long workerId) {
        this.holderTeamId = teamId;
        this.holderWorkerId = workerId;
    }

    public void reviewedBy(Long iroUserId, String iroName) {
        this.iroUserId = iroUserId;
        this.iroName = iroName;
    }

    public void markUasc(boolean uasc) {
        this.uasc = uasc;
    }

    /** Case records is the source of the child's name and date of birth; the copy follows it when it changes. */
    public boolean refreshChild(String name, LocalDate born) {
        boolean changed = !name.equals(childName) || !born.equals(dateOfBirth);
        childName = name;
        dateOfBirth = born;
        return changed;
    }

    public Long id() { return id; }
    public long authorityId() { return authorityId; }
    public long childId() { return childId; }
    public long caseId() { return caseId; }
    public String childName() { return childName; }
    public LocalDate dateOfBirth() { return dateOfBirth; }
    public LocalDate startedOn() { return startedOn; }
    public LocalDate endedOn() { return endedOn; }
    public LeavingReason endReason() { return endReason == null ? null : LeavingReason.valueOf(endReason); }
    public String endDetail() { return endDetail; }
    public boolean uasc() { return uasc; }
    public Long holderTeamId() { return holderTeamId; }
    public Long holderWorkerId() { return holderWorkerId; }
    public Long iroUserId() { return iroUserId; }
    public String iroName() { return iroName; }
    public String recordedByName() { return recordedByName; }
    public LocalDateTime recordedAt() { return recordedAt; }
    public int version() { return version; }

    public boolean open() {
        return endedOn == null;
    }

    /** In care on this day: the day they came in counts, the day they left does not. */
    public boolean inCareOn(LocalDate day) {
        return !day.isBefore(startedOn) && (endedOn == null || day.isBefore(endedOn));
    }
}
