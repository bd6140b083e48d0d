package org.safeguard.caserecords.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A child protection conference: the initial one (due 15 working days after the strategy
 * discussion that started the s.47 enquiry) or a review of the plan. A row exists from the moment
 * the conference is due, so the work tray can see what is coming; {@link #heldOn} is set when it is held.
 */
@Entity
@Table(name = "cr_conference")
public class Conference {

    public enum Kind {
        INITIAL("Initial child protection conference", "Initial conference"),
        REVIEW("Review child protection conference", "Review conference");

        private final String label;
        private final String shortLabel;

        Kind(String label, String shortLabel) {
            this.label = label;
            this.shortLabel = shortLabel;
        }

        public String label() {
            return label;
        }

        public String shortLabel() {
            return shortLabel;
        }
    }

    /** PLAN and NO_PLAN end an initial conference, CONTINUE and END_PLAN a review. */
    public enum Outcome {
        PLAN("Child protection plan"),
        NO_PLAN("No child protection plan"),
        CONTINUE("Plan continues"),
        END_PLAN("Plan ended");

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

    @Column(name = "plan_id")
    private Long planId;

    @Column(name = "kind", nullable = false)
    private String kind;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "held_on")
    private LocalDate heldOn;

    @Column(name = "outcome")
    private String outcome;

    @Column(name = "chair_name")
    private String chairName;

    protected Conference() {
    }

    /** @param planId the CP plan a review is about; null for an initial conference until it makes a plan */
    public Conference(long caseId, Long planId, Kind kind, LocalDate dueOn) {
        this.caseId = caseId;
        this.planId = planId;
        this.kind = kind.name();
        this.dueOn = dueOn;
    }

    public void hold(LocalDate on, Outcome outcome, String chairName) {
        this.heldOn = on;
        this.outcome = outcome.name();
        this.chairName = chairName;
    }

    /** An initial conference that made a plan points at it. */
    public void forPlan(long planId) {
        this.planId = planId;
    }

    public Long id() { return id; }
    public long caseId() { return caseId; }
    public Long planId() { return planId; }
    public Kind kind() { return Kind.valueOf(kind); }
    public LocalDate dueOn() { return dueOn; }
    public LocalDate heldOn() { return heldOn; }
    public Outcome outcome() { return outcome == null ? null : Outcome.valueOf(outcome); }
    public String chairName() { return chairName; }
    public boolean held() { return heldOn != null; }
}
