package org.safeguard.caserecords.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An enquiry about a child reaching the front door, and what was decided about it. A contact sent
 * to MASH keeps status IN_MASH until the MASH decides one of the other outcomes, which then
 * replaces the MASH outcome (the schema keeps one outcome; {@code mash_entered_on} records the MASH
 * step and the audit log who sent it there).
 */
@Entity
@Table(name = "cr_contact")
public class Contact {

    /** Where the contact came from, as the front door records it. */
    public enum Source {
        POLICE("Police"),
        SCHOOL("School"),
        HEALTH("Health visitor or other health"),
        GP("GP"),
        PARENT_OR_FAMILY("Parent or family"),
        NEIGHBOUR_OR_PUBLIC("Neighbour or member of the public"),
        EARLY_HELP("Early help"),
        HOUSING("Housing"),
        ANONYMOUS("Anonymous"),
        OTHER("Other");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Status {
        AWAITING_DECISION("Awaiting decision"), IN_MASH("In MASH"), DECIDED("Decided");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Outcome {
        NO_FURTHER_ACTION("No further action", "No further action"),
        ADVICE_SIGNPOST("Advice or signposting", "Advice or signposting"),
        EARLY_HELP("Early help", "Early help"),
        MASH("Send to MASH: the right response is not clear yet", "Sent to MASH"),
        REFERRAL("Referral to children's social care for assessment", "Referral to children's social care");

        private final String label;
        private final String recordedLabel;

        Outcome(String label, String recordedLabel) {
            this.label = label;
            this.recordedLabel = recordedLabel;
        }

        /** As offered in the decision question. */
        public String label() {
            return label;
        }

        /** As shown once decided. */
        public String recordedLabel() {
            return recordedLabel;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "authority_id", nullable = false)
    private long authorityId;

    @Column(name = "district_id", nullable = false)
    private long districtId;

    @Column(name = "child_id", nullable = false)
    private long childId;

    @Column(name = "family_id")
    private Long familyId;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "source", nullable = false)
    private String source;

    @Column(name = "summary", nullable = false)
    private String summary;

    @Column(name = "status", nullable = false)
    private String status;

    @Column(name = "outcome")
    private String outcome;

    @Column(name = "outcome_reason")
    private String outcomeReason;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decided_by_user_id")
    private Long decidedByUserId;

    @Column(name = "decided_by_name")
    private String decidedByName;

    @Column(name = "mash_entered_on")
    private LocalDate mashEnteredOn;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "recorded_by_user_id")
    private Long recordedByUserId;

    @Column(name = "recorded_by_name")
    private String recordedByName;

    /** UTC: EclipseLink 4.0 cannot map Instant. */
    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAtUtc;

    protected Contact() {
    }

    public Contact(long authorityId, long districtId, long childId, Long familyId, LocalDate receivedOn,
                   Source source, String summary, Long recordedByUserId, String recordedByName,
                   LocalDateTime recordedAtUtc) {
        this.authorityId = authorityId;
        this.districtId = districtId;
        this.childId = childId;
        this.familyId = familyId;
        this.receivedOn = receivedOn;
        this.source = source.name();
        this.summary = summary;
        this.recordedByUserId = recordedByUserId;
        this.recordedByName = recordedByName;
        this.recordedAtUtc = recordedAtUtc;
        this.status = Status.AWAITING_DECISION.name();
    }

    /**
     * Records the decision. MASH moves the contact to the MASH queue; every other outcome is final.
     *
     * @throws IllegalStateException when already decided, or MASH is chosen for a contact already in MASH
     */
    public void decide(Outcome outcome, String reason, LocalDate on, Long userId, String userName) {
        if (status() == Status.DECIDED) {
            throw new IllegalStateException("contact " + id + " is already decided");
        }
        if (outcome == Outcome.MASH && status() == Status.IN_MASH) {
            throw new IllegalStateException("contact " + id + " is already in MASH");
        }
        this.outcome = outcome.name();
        this.outcomeReason = reason;
        this.decidedOn = on;
        this.decidedByUserId = userId;
        this.decidedByName = userName;
        if (outcome == Outcome.MASH) {
            this.status = Status.IN_MASH.name();
            this.mashEnteredOn = on;
        } else {
            this.status = Status.DECIDED.name();
        }
    }

    /** The case a referral opened, or the child's open case it was added to. */
    public void linkToCase(long caseId) {
        this.caseId = caseId;
    }

    public Long id() { return id; }
    public long authorityId() { return authorityId; }
    public long districtId() { return districtId; }
    public long childId() { return childId; }
    public Long familyId() { return familyId; }
    public LocalDate receivedOn() { return receivedOn; }
    public Source source() { return Source.valueOf(source); }
    public String summary() { return summary; }
    public Status status() { return Status.valueOf(status); }
    public Outcome outcome() { return outcome == null ? null : Outcome.valueOf(outcome); }
    public String outcomeReason() { return outcomeReason; }
    public LocalDate decidedOn() { return decidedOn; }
    public Long decidedByUserId() { return decidedByUserId; }
    public String decidedByName() { return decidedByName; }
    public LocalDate mashEnteredOn() { return mashEnteredOn; }
    public Long caseId() { return caseId; }
    public Long recordedByUserId() { return recordedByUserId; }
    public String recordedByName() { return recordedByName; }
    public LocalDateTime recordedAtUtc() { return recordedAtUtc; }
    public boolean decided() { return status() == Status.DECIDED; }
}
