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
 * A correction to a person's name, date of birth, gender or NHS number, keeping the details it
 * replaced: a misspelt name found later must not erase what other agencies were told.
 */
@Entity
@Table(name = "cr_person_change")
public class PersonChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "given_name", nullable = false)
    private String givenName;

    @Column(name = "family_name", nullable = false)
    private String familyName;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Column(name = "gender", nullable = false)
    private String gender;

    @Column(name = "nhs_number")
    private String nhsNumber;

    @Column(name = "changed_by_user_id")
    private Long changedByUserId;

    @Column(name = "changed_by_name", nullable = false)
    private String changedByName;

    /** UTC: EclipseLink 4.0 cannot map Instant. */
    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAtUtc;

    protected PersonChange() {
    }

    /** The details {@code before} had, replaced now by {@code changedByName}. */
    public PersonChange(Person before, Long changedByUserId, String changedByName, LocalDateTime changedAtUtc) {
        this.personId = before.id();
        this.givenName = before.givenName();
        this.familyName = before.familyName();
        this.dateOfBirth = before.dateOfBirth();
        this.gender = before.gender().name();
        this.nhsNumber = before.nhsNumber();
        this.changedByUserId = changedByUserId;
        this.changedByName = changedByName;
        this.changedAtUtc = changedAtUtc;
    }

    public Long id() { return id; }
    public long personId() { return personId; }
    public String givenName() { return givenName; }
    public String familyName() { return familyName; }
    public LocalDate dateOfBirth() { return dateOfBirth; }
    public Person.Gender gender() { return Person.Gender.valueOf(gender); }
    public String nhsNumber() { return nhsNumber; }
    public String changedByName() { return changedByName; }
    public LocalDateTime changedAtUtc() { return changedAtUtc; }
}
