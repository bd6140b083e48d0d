package org.safeguard.platform.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.safeguard.platform.api.organisation.District;

@Entity
@Table(name = "sg_district")
public class DistrictEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "authority_id", nullable = false)
    private long authorityId;

    @Column(name = "name", nullable = false)
    private String name;

    protected DistrictEntity() {
    }

    public DistrictEntity(long authorityId, String name) {
        this.authorityId = authorityId;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public long getAuthorityId() {
        return authorityId;
    }

    public String getName() {
        return name;
    }

    public District toDistrict() {
        return new District(id, authorityId, name);
    }
}
