package org.safeguard.platform.modules;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "sg_module_enablement")
public class EnablementRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "module_id", nullable = false)
    private String moduleId;

    @Column(name = "authority_id", nullable = false)
    private long authorityId;

    @Column(name = "district_id")
    private Long districtId;

    protected EnablementRow() {
    }

    EnablementRow(EnablementRules.Row row) {
        this.moduleId = row.moduleId();
        this.authorityId = row.authorityId();
        this.districtId = row.districtId();
    }

    EnablementRules.Row toRow() {
        return new EnablementRules.Row(moduleId, authorityId, districtId);
    }
}
