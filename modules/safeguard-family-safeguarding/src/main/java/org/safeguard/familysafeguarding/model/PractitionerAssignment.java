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
 * An adult practitioner working with one adult of a family for one discipline, from a start to an
 * end with its reason. An adult may have several at once (one per discipline, or a victim's and a
 * perpetrator's worker); ended ones stay as the history of who worked with whom.
 */
@Entity
@Table(name = "fs_assignment")
public class PractitionerAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "authority_id", nullable = false)
    private long authorityId;

    @Column(name = "family_id", nullable = false)
    private long familyId;

    /** The team the practitioner works in for this family; its name as it was, for history after restructures. */
    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "team_name", nullable = false)
    private String teamName;

    @Column(name = "adult_person_id", nullable = false)
    private long adultPersonId;

    @Column(name = "adult_name", nullable = false)
    private String adultName;

    @Column(name = "practitioner_user_id", nullable = false)
    private long practitionerUserId;

    @Column(name = "practitioner_name", nullable = false)
    private String practitionerName;

    @Column(name = "discipline", nullable = false)
    private String discipline;

    /** Domestic abuse only: work with a victim or with a perpetrator. */
    @Column(name = "domestic_abuse_work")
    private String domesticAbuseWork;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_reason")
    private String endReason;

    @Column(name = "assigned_by_user_id", nullable = false)
    private long assignedByUserId;

    @Column(name = "assigned_by_name", nullable = false)
    private String assignedByName;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAtUtc;

    @Column(name = "ended_by_name")
    private String endedByName;

    @Column(name = "ended_at")
    private LocalDateTime endedAtUtc;

    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    protected PractitionerAssignment() {
    }

    public PractitionerAssignment(long authorityId, long familyId, long teamId, String teamName, long adultPersonId,
                                  String adultName, long practitionerUserId, String practitionerName,
                                  Discipline discipline, DomesticAbuseWork domesticAbuseWork, LocalDate startedOn,
                                  long assignedByUserId, String assignedByName, LocalDateTime recordedAtUtc) {
        this.authorityId = authorityId;
        this.familyId = familyId;
        this.teamId = teamId;
        this.teamName = teamName;
        this.adultPersonId = adultPersonId;
        this.adultName = adultName;
        this.practitionerUserId = practitionerUserId;
        this.practitionerName = practitionerName;
        this.discipline = discipline.name();
        // the victim/perpetrator distinction only exists for domestic abuse work
        this.domesticAbuseWork = discipline == Discipline.DOMESTIC_ABUSE && domesticAbuseWork != null
                ? domesticAbuseWork.name() : null;
        this.startedOn = startedOn;
        this.assignedByUserId = assignedByUserId;
        this.assignedByName = assignedByName;
        this.recordedAtUtc = recordedAtUtc;
    }

    public void end(LocalDate on, AssignmentEndReason reason, String byName, LocalDateTime atUtc) {
        this.endedOn = on;
        this.endReason = reason.name();
        this.endedByName = byName;
        this.endedAtUtc = atUtc;
    }

    public boolean open() {
        return endedOn == null;
    }

    /** "Domestic abuse practitioner (with a victim)". */
    public String workLabel() {
        DomesticAbuseWork work = domesticAbuseWork();
        return discipline().practitioner() + (work == null ? "" : " (" + work.label().toLowerCase() + ")");
    }

    public Long id() { return id; }
    public long authorityId() { return authorityId; }
    public long familyId() { return familyId; }
    public long teamId() { return teamId; }
    public String teamName() { return teamName; }
    public long adultPersonId() { return adultPersonId; }
    public String adultName() { return adultName; }
    public long practitionerUserId() { return practitionerUserId; }
    public String practitionerName() { return practitionerName; }
    public Discipline discipline() { return Discipline.valueOf(discipline); }
    public DomesticAbuseWork domesticAbuseWork() { return domesticAbuseWork == null ? null : DomesticAbuseWork.valueOf(domesticAbuseWork); }
    public LocalDate startedOn() { return startedOn; }
    public LocalDate endedOn() { return endedOn; }
    public AssignmentEndReason endReason() { return endReason == null ? null : AssignmentEndReason.valueOf(endReason); }
    public long assignedByUserId() { return assignedByUserId; }
    public String assignedByName() { return assignedByName; }
    public LocalDateTime recordedAtUtc() { return recordedAtUtc; }
    public String endedByName() { return endedByName; }
    public LocalDateTime endedAtUtc() { return endedAtUtc; }
}
