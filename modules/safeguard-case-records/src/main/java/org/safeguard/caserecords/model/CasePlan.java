package org.safeguard.caserecords.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A child in need or child protection plan. The statutory visit interval is copied from the
 * authority's setting when the plan starts, so changing the setting later does not rewrite what
 * was due on plans already running.
 */
@Entity
@Table(name = "cr_plan")
public class CasePlan {

    public enum Kind {
        CHILD_IN_NEED("Child in need plan", "CIN visit"),
        CHILD_PROTECTION("Child protection plan", "CP visit");

        private final String label;
        private final String visitLabel;

        Kind(String label, String visitLabel) {
            this.label = label;
            this.visitLabel = visitLabel;
        }

        public String label() {
            return label;
        }

        /** The statutory visit's name on the work tray. */
        public String visitLabel() {
            return visitLabel;
        }
    }

    /** Category of abuse on a child protection plan. */
    public enum Category {
        NEGLECT("Neglect"),
        PHYSICAL_ABUSE("Physical abuse"),
        EMOTIONAL_ABUSE("Emotional abuse"),
        SEXUAL_ABUSE("Sexual abuse"),
        MULTIPLE("Multiple categories");

        private final String label;

        Category(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum EndReason {
        STEP_DOWN_CHILD_IN_NEED("Stepped down to child in need"),
        STEP_UP_CHILD_PROTECTION("Stepped up to child protection"),
        STEP_DOWN_EARLY_HELP("Stepped down to early help"),
        CARE("Child came into care"),
        CASE_CLOSED("Case closed"),
        OTHER("Other");

        private final String label;

        EndReason(String label) {
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

    @Column(name = "kind", nullable = false)
    private String kind;

    @Column(name = "category")
    private String category;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_reason")
    private String endReason;

    @Column(name = "visit_interval_days", nullable = false)
    private int visitIntervalDays;

    @Column(name = "next_review_due_on")
    private LocalDate nextReviewDueOn;

    protected CasePlan() {
    }

    /** @param category CP plans only; null for a child in need plan */
    public CasePlan(long caseId, Kind kind, Category category, LocalDate startedOn, int visitIntervalDays,
                    LocalDate nextReviewDueOn) {
        this.caseId = caseId;
        this.kind = kind.name();
        this.category = category == null ? null : category.name();
        this.startedOn = startedOn;
        this.visitIntervalDays = visitIntervalDays;
        this.nextReviewDueOn = nextReviewDueOn;
    }

    public void end(LocalDate on, EndReason reason) {
        this.endedOn = on;
        this.endReason = reason.name();
        this.nextReviewDueOn = null;
    }

    public void reviewDue(LocalDate on) {
        this.nextReviewDueOn = on;
    }

    public Long id() { return id; }
    public long caseId() { return caseId; }
    public Kind kind() { return Kind.valueOf(kind); }
    public Category category() { return category == null ? null : Category.valueOf(category); }
    public LocalDate startedOn() { return startedOn; }
    public LocalDate endedOn() { return endedOn; }
    public EndReason endReason() { return endReason == null ? null : EndReason.valueOf(endReason); }
    public int visitIntervalDays() { return visitIntervalDays; }
    public LocalDate nextReviewDueOn() { return nextReviewDueOn; }
    public boolean open() { return endedOn == null; }
}
