package org.safeguard.platform.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.safeguard.platform.api.security.Role;

/**
 * An administrator's override, for one authority, of whether a role holds a permission.
 * Only differences from the permission's default roles are stored, so a module's new defaults
 * reach every authority that has not decided otherwise.
 */
@Entity
@Table(name = "sg_role_grant")
public class RoleGrantEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "authority_id", nullable = false)
    private long authorityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", nullable = false)
    private Role role;

    @Column(name = "permission_id", nullable = false)
    private String permission;

    @Column(name = "granted", nullable = false)
    private boolean granted;

    protected RoleGrantEntity() {
    }

    public RoleGrantEntity(long authorityId, Role role, String permission, boolean granted) {
        this.authorityId = authorityId;
        this.role = role;
        this.permission = permission;
        this.granted = granted;
    }

    public Long getId() {
        return id;
    }

    public long getAuthorityId() {
        return authorityId;
    }

    public Role getRole() {
        return role;
    }

    public String getPermission() {
        return permission;
    }

    public boolean isGranted() {
        return granted;
    }
}
