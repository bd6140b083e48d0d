package org.safeguard.caserecords.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person living in a household from one date to another: leaving is recorded, never deleted. */
@Entity
@Table(name = "cr_family_member")
public class FamilyMembership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "family_id", nullable = false)
    private long familyId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    protected FamilyMembership() {
    }

    public FamilyMembership(long familyId, long personId, LocalDate joinedOn) {
        this.familyId = familyId;
        this.personId = personId;
        this.joinedOn = joinedOn;
    }

    public void leave(LocalDate on) {
        this.leftOn = on;
    }

    public Long id() { return id; }
    public long familyId() { return familyId; }
    public long personId() { return personId; }
    public LocalDate joinedOn() { return joinedOn; }
    public LocalDate leftOn() { return leftOn; }
    public boolean current() { return leftOn == null; }
}
