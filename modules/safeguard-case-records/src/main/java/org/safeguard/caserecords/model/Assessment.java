package org.safeguard.caserecords.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A single assessment, due 45 working days from the referral; completed with an outcome, then signed off by a manager. */
@Entity
@Table(name = "cr_assessment")
public class Assessment {

    public enum Outcome {
        NO_FURTHER_ACTION("No further action"),
        EARLY_HELP("Step down to early help"),
        CHILD_IN_NEED("Child in need plan"),
        CHILD_PROTECTION("Child protection: strategy discussion"),
        CARE_PROCEEDINGS("Care proceedings");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "referral_id")
    private Long referralId;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "outcome")
    private String outcome;

    @Column(name = "analysis")
    private String analysis;

    @Column(name = "completed_by_name")
    private String completedByName;

    @Column(name = "signed_off_on")
    private LocalDate signedOffOn;

    @Column(name = "signed_off_by_user_id")
    private Long signedOffByUserId;

    @Column(name = "signed_off_by_name")
    private String signedOffByName;

    protected Assessment() {
    }

    public Assessment(long caseId, Long referralId, LocalDate startedOn, LocalDate dueOn) {
        this.caseId = caseId;
        this.referralId = referralId;
        this.startedOn = startedOn;
        this.dueOn = dueOn;
    }

    public void complete(LocalDate on, Outcome outcome, String analysis, String completedByName) {
        this.completedOn = on;
        this.outcome = outcome.name();
        this.analysis = analysis;
        this.completedByName = completedByName;
    }

    public void signOff(LocalDate on, long userId, String name) {
        this.signedOffOn = on;
        this.signedOffByUserId = userId;
        this.signedOffByName = name;
    }

    public Long id() { return id; }
    public long caseId() { return caseId; }
    public Long referralId() { return referralId; }
    public LocalDate startedOn() { return startedOn; }
    public LocalDate dueOn() { return dueOn; }
    public LocalDate completedOn() { return completedOn; }
    public Outcome outcome() { return outcome == null ? null : Outcome.valueOf(outcome); }
    public String analysis() { return analysis; }
    public String completedByName() { return completedByName; }
    public LocalDate signedOffOn() { return signedOffOn; }
    public Long signedOffByUserId() { return signedOffByUserId; }
    public String signedOffByName() { return signedOffByName; }
    public boolean completed() { return completedOn != null; }
    public boolean signedOff() { return signedOffOn != null; }
}
