package org.safeguard.caserecords.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A child or an adult known to the service, in one authority. */
@Entity
@Table(name = "cr_person")
public class Person {

    public enum Kind { CHILD, ADULT }

    public enum Gender {
        FEMALE("Female"), MALE("Male"), OTHER("Other"), UNKNOWN("Not known");

        private final String label;

        Gender(String label) {
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

    @Column(name = "authority_id", nullable = false)
    private long authorityId;

    @Column(name = "kind", nullable = false)
    private String kind;

    @Column(name = "given_name", nullable = false)
    private String givenName;

    @Column(name = "family_name", nullable = false)
    private String familyName;

    @Column(name = "given_name_key", nullable = false)
    private String givenNameKey;

    @Column(name = "family_name_key", nullable = false)
    private String familyNameKey;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Column(name = "gender", nullable = false)
    private String gender;

    @Column(name = "nhs_number")
    private String nhsNumber;

    /** UTC: EclipseLink 4.0 cannot map Instant. */
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAtUtc;

    @Column(name = "created_by_user_id")
    private Long createdByUserId;

    protected Person() {
    }

    public Person(long authorityId, Kind kind, String givenName, String familyName, LocalDate dateOfBirth,
                  Gender gender, String nhsNumber, LocalDateTime createdAtUtc, Long createdByUserId) {
        this.authorityId = authorityId;
        this.kind = kind.name();
        this.dateOfBirth = dateOfBirth;
        this.gender = gender.name();
        this.nhsNumber = nhsNumber;
        this.createdAtUtc = createdAtUtc;
        this.createdByUserId = createdByUserId;
        rename(givenName, familyName);
    }

    /** The search keys follow the names, so a renamed person is found by the new name. */
    public void rename(String givenName, String familyName) {
        this.givenName = givenName;
        this.familyName = familyName;
        this.givenNameKey = key(givenName);
        this.familyNameKey = key(familyName);
    }

    public static String key(String name) {
        return name == null ? "" : name.trim().toLowerCase(Locale.UK);
    }

    public void correct(LocalDate dateOfBirth, Gender gender, String nhsNumber) {
        this.dateOfBirth = dateOfBirth;
        this.gender = gender.name();
        this.nhsNumber = nhsNumber;
    }

    public Long id() { return id; }
    public long authorityId() { return authorityId; }
    public Kind kind() { return Kind.valueOf(kind); }
    public String givenName() { return givenName; }
    public String familyName() { return familyName; }
    public String fullName() { return givenName + " " + familyName; }
    public LocalDate dateOfBirth() { return dateOfBirth; }
    public Gender gender() { return Gender.valueOf(gender); }
    public String nhsNumber() { return nhsNumber; }
    public LocalDateTime createdAtUtc() { return createdAtUtc; }
    public Long createdByUserId() { return createdByUserId; }
}
