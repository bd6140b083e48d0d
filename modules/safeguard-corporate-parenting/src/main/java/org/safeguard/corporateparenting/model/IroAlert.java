package org.safeguard.corporateparenting.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A case alert an independent reviewing officer raises on a child's plan that drifts (seed 001:
 * "a case alert system ... allows these officers to flag any concerns they may have about the
 * progress of a plan"): the team responds by a date, and the IRO resolves it when satisfied.
 */
@Entity
@Table(name = "cp_iro_alert")
public class IroAlert {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "episode_id", nullable = false)
    private long episodeId;

    @Column(name = "authority_id", nullable = false)
    private long authorityId;

    @Column(name = "concern", nullable = false)
    private String concern;

    @Column(name = "details", nullable = false, length = 2000)
    private String details;

    @Column(name = "raised_on", nullable = false)
    private LocalDate raisedOn;

    @Column(name = "raised_by_user_id", nullable = false)
    private long raisedByUserId;

    @Column(name = "raised_by_name", nullable = false)
    private String raisedByName;

    @Column(name = "respond_by", nullable = false)
    private LocalDate respondBy;

    @Column(name = "response", length = 2000)
    private String response;

    @Column(name = "responded_on")
    private LocalDate respondedOn;

    @Column(name = "responded_by_name")
    private String respondedByName;

    @Column(name = "resolved_on")
    private LocalDate resolvedOn;

    @Column(name = "resolved_by_name")
    private String resolvedByName;

    @Column(name = "resolution", length = 2000)
    private String resolution;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected IroAlert() {
    }

    public IroAlert(long episodeId, long authorityId, AlertConcern concern, String details, LocalDate raisedOn,
                    long raisedByUserId, String raisedByName, LocalDate respondBy) {
        this.episodeId = episodeId;
        this.authorityId = authorityId;
        this.concern = concern.name();
        this.details = details;
        this.raisedOn = raisedOn;
        this.raisedByUserId = raisedByUserId;
        this.raisedByName = raisedByName;
        this.respondBy = respondBy;
    }

    public void respond(String response, LocalDate on, String byName) {
        this.response = response;
        this.respondedOn = on;
        this.respondedByName = byName;
    }

    public void resolve(String resolution, LocalDate on, String byName) {
        this.resolution = resolution;
        this.resolvedOn = on;
        this.resolvedByName = byName;
    }

    public Long id() { return id; }
    public long episodeId() { return episodeId; }
    public long authorityId() { return authorityId; }
    public AlertConcern concern() { return AlertConcern.valueOf(concern); }
    public String details() { return details; }
    public LocalDate raisedOn() { return raisedOn; }
    public long raisedByUserId() { return raisedByUserId; }
    public String raisedByName() { return raisedByName; }
    public LocalDate respondBy() { return respondBy; }
    public String response() { return response; }
    public LocalDate respondedOn() { return respondedOn; }
    public String respondedByName() { return respondedByName; }
    public LocalDate resolvedOn() { return resolvedOn; }
    public String resolvedByName() { return resolvedByName; }
    public String resolution() { return resolution; }
    public int version() { return version; }

    public boolean open() {
        return resolvedOn == null;
    }
}
