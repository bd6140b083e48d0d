package org.safeguard.fostering.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A family member at a contact session, named as they were then. */
@Entity
@Table(name = "fo_contact_attendee")
public class ContactAttendee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "relationship")
    private String relationship;

    protected ContactAttendee() {
    }

    public ContactAttendee(long sessionId, long personId, String name, String relationship) {
        this.sessionId = sessionId;
        this.personId = personId;
        this.name = name;
        this.relationship = relationship;
    }

    public long sessionId() {
        return sessionId;
    }

    public long personId() {
        return personId;
    }

    public String name() {
        return name;
    }

    public String relationship() {
        return relationship;
    }
}
