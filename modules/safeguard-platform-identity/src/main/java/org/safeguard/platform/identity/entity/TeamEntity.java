package org.safeguard.platform.identity.entity;

import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.organisation.TeamType;

@Entity
@Table(name = "sg_team")
public class TeamEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "authority_id", nullable = false)
    private long authorityId;

    /** null: an authority-wide team. */
    @Column(name = "district_id")
    private Long districtId;

    @Column(name = "name", nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "team_type", nullable = false)
    private TeamType type;

    /** Set when the team was merged into another and retired: kept so history can still name it. */
    @Column(name = "merged_into_team_id")
    private Long mergedIntoTeamId;

    @Column(name = "retired_at")
    private LocalDateTime retiredAt;

    protected TeamEntity() {
    }

    public TeamEntity(long authorityId, Long districtId, String name, TeamType type) {
        this.authorityId = authorityId;
        this.districtId = districtId;
        this.name = name;
        this.type = type;
    }

    public Long getId() {
        return id;
    }

    public long getAuthorityId() {
        return authorityId;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public String getName() {
        return name;
    }

    public TeamType getType() {
        return type;
    }

    public Long getMergedIntoTeamId() {
        return mergedIntoTeamId;
    }

    public Instant getRetiredAt() {
        return UtcTime.instant(retiredAt);
    }

    public boolean isRetired() {
        return mergedIntoTeamId != null;
    }

    public void moveTo(long districtId) {
        this.districtId = districtId;
    }

    public Team toTeam() {
        return new Team(id, authorityId, districtId, name, type);
    }
}
