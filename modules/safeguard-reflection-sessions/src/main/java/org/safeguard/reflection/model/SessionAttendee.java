package org.safeguard.reflection.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member of the team invited to a session, with their name and role as they were then. */
@Entity
@Table(name = "rs_attendee")
public class SessionAttendee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "role_label", nullable = false, length = 100)
    private String roleLabel;

    protected SessionAttendee() {
    }

    public SessionAttendee(long sessionId, long userId, String name, String roleLabel) {
        this.sessionId = sessionId;
        this.userId = userId;
        this.name = name;
        this.roleLabel = roleLabel;
    }

    public Long id() { return id; }
    public long sessionId() { return sessionId; }
    public long userId() { return userId; }
    public String name() { return name; }
    public String roleLabel() { return roleLabel; }
}
