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
 * An event in the child's life entered by hand for the chronology (a house move, a hospital
 * admission, a parent's arrest): what the recorded casework cannot generate.
 */
@Entity
@Table(name = "cr_significant_event")
public class SignificantEvent {

    public static final int TITLE_MAX = 200;
    public static final int DETAIL_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "detail", length = DETAIL_MAX)
    private String detail;

    @Column(name = "entered_by_name", nullable = false)
    private String enteredByName;

    @Column(name = "entered_at", nullable = false)
    private LocalDateTime enteredAtUtc;

    protected SignificantEvent() {
    }

    public SignificantEvent(long caseId, LocalDate occurredOn, String title, String detail, String enteredByName,
                            LocalDateTime enteredAtUtc) {
        this.caseId = caseId;
        this.occurredOn = occurredOn;
        this.title = title;
        this.detail = detail;
        this.enteredByName = enteredByName;
        this.enteredAtUtc = enteredAtUtc;
    }

    public Long id() { return id; }
    public long caseId() { return caseId; }
    public LocalDate occurredOn() { return occurredOn; }
    public String title() { return title; }
    public String detail() { return detail; }
    public String enteredByName() { return enteredByName; }
    public LocalDateTime enteredAtUtc() { return enteredAtUtc; }
}
