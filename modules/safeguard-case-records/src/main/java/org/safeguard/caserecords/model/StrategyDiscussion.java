package org.safeguard.caserecords.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A strategy discussion (police, health, school, children's social care) about a child who may be
 * suffering significant harm. When it starts a s.47 enquiry, the initial conference is due within
 * 15 working days of it ({@link #conferenceDueOn}); the enquiry's outcome is recorded here later.
 */
@Entity
@Table(name = "cr_strategy_discussion")
public class StrategyDiscussion {

    /** What the s.47 enquiry concluded. */
    public enum Section47Outcome {
        CONFERENCE("Initial child protection conference"),
        CHILD_IN_NEED("Child in need plan"),
        NO_FURTHER_ACTION("No further action");

        private final String label;

        Section47Outcome(String label) {
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

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "attendees", nullable = false)
    private String attendees;

    @Column(name = "section47", nullable = false)
    private boolean section47;

    @Column(name = "s47_completed_on")
    private LocalDate s47CompletedOn;

    @Column(name = "s47_outcome")
    private String s47Outcome;

    @Column(name = "conference_due_on")
    private LocalDate conferenceDueOn;

    @Column(name = "recorded_by_name")
    private String recordedByName;

    protected StrategyDiscussion() {
    }

    /** @param conferenceDueOn null unless a s.47 enquiry starts */
    public StrategyDiscussion(long caseId, LocalDate heldOn, String attendees, boolean section47,
                              LocalDate conferenceDueOn, String recordedByName) {
        this.caseId = caseId;
        this.heldOn = heldOn;
        this.attendees = attendees;
        this.section47 = section47;
        this.conferenceDueOn = conferenceDueOn;
        this.recordedByName = recordedByName;
    }

    public void concludeSection47(LocalDate on, Section47Outcome outcome) {
        this.s47CompletedOn = on;
        this.s47Outcome = outcome.name();
    }

    public Long id() { return id; }
    public long caseId() { return caseId; }
    public LocalDate heldOn() { return heldOn; }
    public String attendees() { return attendees; }
    public boolean section47() { return section47; }
    public LocalDate s47CompletedOn() { return s47CompletedOn; }
    public Section47Outcome s47Outcome() { return s47Outcome == null ? null : Section47Outcome.valueOf(s47Outcome); }
    public LocalDate conferenceDueOn() { return conferenceDueOn; }
    public String recordedByName() { return recordedByName; }
    /** A s.47 enquiry started here and has no outcome yet. */
    public boolean section47Open() { return section47 && s47Outcome == null; }
}
