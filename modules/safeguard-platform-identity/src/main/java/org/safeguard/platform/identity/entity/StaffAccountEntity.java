package org.safeguard.platform.identity.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "sg_staff_account")
public class StaffAccountEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Always lower case, so sign-in is case-insensitive and unique means unique. */
    @Column(name = "username", nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "authority_id", nullable = false)
    private long authorityId;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "fte", nullable = false, precision = 4, scale = 2)
    private BigDecimal fte;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    @Column(name = "last_signed_in")
    private LocalDateTime lastSignedIn;

    protected StaffAccountEntity() {
    }

    public StaffAccountEntity(String username, String displayName, long authorityId, String passwordHash, BigDecimal fte) {
        this.username = username;
        this.displayName = displayName;
        this.authorityId = authorityId;
        this.passwordHash = passwordHash;
        this.fte = fte;
        this.active = true;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public long getAuthorityId() {
        return authorityId;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public BigDecimal getFte() {
        return fte;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return UtcTime.instant(lockedUntil);
    }

    public Instant getLastSignedIn() {
        return UtcTime.instant(lastSignedIn);
    }

    public void recordSignIn(Instant at) {
        failedAttempts = 0;
        lockedUntil = null;
        lastSignedIn = UtcTime.column(at);
    }

    public void recordFailures(int failedAttempts, Instant lockedUntil) {
        this.failedAttempts = failedAttempts;
        this.lockedUntil = UtcTime.column(lockedUntil);
    }
}
