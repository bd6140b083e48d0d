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

/** A role an account holds in one team. */
@Entity
@Table(name = "sg_team_role")
public class TeamRoleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", nullable = false)
    private Role role;

    protected TeamRoleEntity() {
    }

    public TeamRoleEntity(long accountId, long teamId, Role role) {
        this.accountId = accountId;
        this.teamId = teamId;
        this.role = role;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public long getTeamId() {
        return teamId;
    }

    public Role getRole() {
        return role;
    }
}
