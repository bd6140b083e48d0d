package org.safeguard.caserecords.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** "person is {@link Kind} of related person", e.g. Dean Smith is PARENT of Amy Smith. */
@Entity
@Table(name = "cr_relationship")
public class Relationship {

    public enum Kind {
        PARENT("Parent"), STEP_PARENT("Step-parent"), SIBLING("Sibling"), CARER("Carer"), OTHER("Other");

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

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "related_person_id", nullable = false)
    private long relatedPersonId;

    @Column(name = "kind", nullable = false)
    private String kind;

    @Column(name = "note")
    private String note;

    protected Relationship() {
    }

    public Relationship(long authorityId, long personId, long relatedPersonId, Kind kind, String note) {
        this.authorityId = authorityId;
        this.personId = personId;
        this.relatedPersonId = relatedPersonId;
        this.kind = kind.name();
        this.note = note;
    }

    public Long id() { return id; }
    public long authorityId() { return authorityId; }
    public long personId() { return personId; }
    public long relatedPersonId() { return relatedPersonId; }
    public Kind kind() { return Kind.valueOf(kind); }
    public String note() { return note; }
}
