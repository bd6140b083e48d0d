package org.safeguard.platform.identity.entity;

import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A module's demo data has been seeded into one authority: never again. */
@Entity
@Table(name = "sg_demo_seed")
public class DemoSeedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "module_id", nullable = false)
    private String moduleId;

    @Column(name = "authority_id", nullable = false)
    private long authorityId;

    @Column(name = "seeded_at", nullable = false)
    private LocalDateTime seededAt;

    protected DemoSeedEntity() {
    }

    public DemoSeedEntity(String moduleId, long authorityId, Instant seededAt) {
        this.moduleId = moduleId;
        this.authorityId = authorityId;
        this.seededAt = UtcTime.column(seededAt);
    }

    public String getModuleId() {
        return moduleId;
    }

    public long getAuthorityId() {
        return authorityId;
    }

    public Instant getSeededAt() {
        return UtcTime.instant(seededAt);
    }
}
