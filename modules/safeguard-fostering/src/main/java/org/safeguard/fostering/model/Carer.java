package org.safeguard.fostering.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the (one or two) approved foster carers of a household. */
@Entity
@Table(name = "fo_carer")
public class Carer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "household_id", nullable = false)
    private long householdId;

    @Column(name = "seq_no", nullable = false)
    private int seqNo;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    protected Carer() {
    }

    public Carer(long householdId, int seqNo, String fullName, LocalDate dateOfBirth) {
        this.householdId = householdId;
        this.seqNo = seqNo;
        this.fullName = fullName;
        this.dateOfBirth = dateOfBirth;
    }

    public void change(String fullName, LocalDate dateOfBirth) {
        this.fullName = fullName;
        this.dateOfBirth = dateOfBirth;
    }

    public long id() {
        return id;
    }

    public long householdId() {
        return householdId;
    }

    public int seqNo() {
        return seqNo;
    }

    public String fullName() {
        return fullName;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }
}
