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
 * One restructure of an authority's teams, as its administrators see it in the history: what was
 * done, from when, to how many open cases, by whom. The cases' own history is in their allocation
 * rows; this is the index to it.
 */
@Entity
@Table(name = "cr_restructure")
public class RestructureRecord {

    public enum Kind {
        TEAM_MOVED("Team moved"),
        TEAMS_MERGED("Teams merged"),
        CASES_REASSIGNED("Cases reassigned");

        private final String label;

        Kind(String label) {
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

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "cases_moved", nullable = false)
    private int casesMoved;

    @Column(name = "performed_by_name", nullable = false)
    private String performedByName;

    @Column(name = "performed_at", nullable = false)
    private LocalDateTime performedAtUtc;

    protected RestructureRecord() {
    }

    public RestructureRecord(long authorityId, Kind kind, LocalDate effectiveOn, String description, int casesMoved,
                             String performedByName, LocalDateTime performedAtUtc) {
        this.authorityId = authorityId;
        this.kind = kind.name();
        this.effectiveOn = effectiveOn;
        this.description = description;
        this.casesMoved = casesMoved;
        this.performedByName = performedByName;
        this.performedAtUtc = performedAtUtc;
    }

    /** A retry that finished a half-done restructure counts the cases it moved on the first attempt's row. */
    public void addCases(int more) {
        this.casesMoved += more;
    }

    public Long id() { return id; }
    public long authorityId() { return authorityId; }
    public Kind kind() { return Kind.valueOf(kind); }
    public LocalDate effectiveOn() { return effectiveOn; }
    public String description() { return description; }
    public int casesMoved() { return casesMoved; }
    public String performedByName() { return performedByName; }
    public LocalDateTime performedAtUtc() { return performedAtUtc; }
}
