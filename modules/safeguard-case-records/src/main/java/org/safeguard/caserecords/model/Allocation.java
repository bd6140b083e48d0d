package org.safeguard.caserecords.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A worker holding a case in a team, from one date to another. Names and district are copied
 * when written so the history still reads true after people leave and teams move or merge.
 */
@Entity
@Table(name = "cr_allocation")
public class Allocation {

    public enum Role { LEAD, CO_WORKER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "worker_id", nullable = false)
    private long workerId;

    @Column(name = "worker_name", nullable = false)
    private String workerName;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "team_name", nullable = false)
    private String teamName;

    @Column(name = "district_id")
    private Long districtId;

    @Column(name = "role", nullable = false)
    private String role;

    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @Column(name = "to_date")
    private LocalDate toDate;

    @Column(name = "reason")
    private String reason;

    @Column(name = "allocated_by_user_id")
    private Long allocatedByUserId;

    @Column(name = "allocated_by_name")
    private String allocatedByName;

    protected Allocation() {
    }

    public Allocation(long caseId, long workerId, String workerName, long teamId, String teamName, Long districtId,
                      Role role, LocalDate fromDate, String reason, Long allocatedByUserId, String allocatedByName) {
        this.caseId = caseId;
        this.workerId = workerId;
        this.workerName = workerName;
        this.teamId = teamId;
        this.teamName = teamName;
        this.districtId = districtId;
        this.role = role.name();
        this.fromDate = fromDate;
        this.reason = reason;
        this.allocatedByUserId = allocatedByUserId;
        this.allocatedByName = allocatedByName;
    }

    public void end(LocalDate on) {
        this.toDate = on;
    }

    public Long id() { return id; }
    public long caseId() { return caseId; }
    public long workerId() { return workerId; }
    public String workerName() { return workerName; }
    public long teamId() { return teamId; }
    public String teamName() { return teamName; }
    public Long districtId() { return districtId; }
    public Role role() { return Role.valueOf(role); }
    public LocalDate fromDate() { return fromDate; }
    public LocalDate toDate() { return toDate; }
    public String reason() { return reason; }
    public Long allocatedByUserId() { return allocatedByUserId; }
    public String allocatedByName() { return allocatedByName; }
    public boolean current() { return toDate == null; }
}
