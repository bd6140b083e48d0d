package org.safeguard.fostering.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The terms a household is approved on, from {@code approvedOn}. A change of terms is a new row, so
 * the approval's history reads true; the latest row on or before a date is the approval then.
 */
@Entity
@Table(name = "fo_approval")
public class Approval {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "household_id", nullable = false)
    private long householdId;

    @Column(name = "approved_on", nullable = false)
    private LocalDate approvedOn;

    @Column(name = "approval_type", nullable = false)
    private String approvalType;

    @Column(name = "age_from", nullable = false)
    private int ageFrom;

    @Column(name = "age_to", nullable = false)
    private int ageTo;

    @Column(name = "places", nullable = false)
    private int places;

    @Column(name = "terms")
    private String terms;

    @Column(name = "other_terms")
    private String otherTerms;

    @Column(name = "connected_case_id")
    private Long connectedCaseId;

    @Column(name = "connected_family_id")
    private Long connectedFamilyId;

    @Column(name = "recorded_by_user_id")
    private Long recordedByUserId;

    @Column(name = "recorded_by_name", nullable = false)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected Approval() {
    }

    public Approval(long householdId, ApprovalTerms terms, Long recordedByUserId, String recordedByName,
                    LocalDateTime recordedAt) {
        this.householdId = householdId;
        this.approvedOn = terms.approvedOn();
        this.approvalType = terms.type().name();
        this.ageFrom = terms.ageFrom();
        this.ageTo = terms.ageTo();
        this.places = terms.places();
        this.terms = ApprovalTerm.format(terms.terms());
        this.otherTerms = terms.otherTerms();
        this.connectedCaseId = terms.connectedCaseId();
        this.connectedFamilyId = terms.connectedFamilyId();
        this.recordedByUserId = recordedByUserId;
        this.recordedByName = recordedByName;
        this.recordedAt = recordedAt;
    }

    public long id() {
        return id;
    }

    public long householdId() {
        return householdId;
    }

    public LocalDate approvedOn() {
        return approvedOn;
    }

    public ApprovalType type() {
        return ApprovalType.valueOf(approvalType);
    }

    public int ageFrom() {
        return ageFrom;
    }

    public int ageTo() {
        return ageTo;
    }

    public int places() {
        return places;
    }

    public Set<ApprovalTerm> terms() {
        return ApprovalTerm.parse(terms);
    }

    public String otherTerms() {
        return otherTerms;
    }

    public Long connectedCaseId() {
        return connectedCaseId;
    }

    public Long connectedFamilyId() {
        return connectedFamilyId;
    }

    public String recordedByName() {
        return recordedByName;
    }

    public LocalDateTime recordedAt() {
        return recordedAt;
    }

    /** The terms as a value, for the rules. */
    public ApprovalTerms value() {
        return new ApprovalTerms(approvedOn, type(), ageFrom, ageTo, places, terms(), otherTerms, connectedCaseId,
                connectedFamilyId);
    }
}
