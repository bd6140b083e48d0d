package org.safeguard.fostering.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One child (their case) of a match. */
@Entity
@Table(name = "fo_match_child")
public class FosterMatchChild {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "match_id", nullable = false)
    private long matchId;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    protected FosterMatchChild() {
    }

    public FosterMatchChild(long matchId, long caseId) {
        this.matchId = matchId;
        this.caseId = caseId;
    }

    public long matchId() {
        return matchId;
    }

    public long caseId() {
        return caseId;
    }
}
