package org.safeguard.reflection.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A family on a session's agenda, in the facilitator's order. */
@Entity
@Table(name = "rs_agenda_item")
public class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "family_id", nullable = false)
    private long familyId;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    /** From the proposal (true) or added by the facilitator (false). */
    @Column(name = "proposed", nullable = false)
    private boolean proposed;

    protected AgendaItem() {
    }

    public AgendaItem(long sessionId, long familyId, int sortOrder, boolean proposed) {
        this.sessionId = sessionId;
        this.familyId = familyId;
        this.sortOrder = sortOrder;
        this.proposed = proposed;
    }

    public void moveTo(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public Long id() { return id; }
    public long sessionId() { return sessionId; }
    public long familyId() { return familyId; }
    public int sortOrder() { return sortOrder; }
    public boolean proposed() { return proposed; }
}
