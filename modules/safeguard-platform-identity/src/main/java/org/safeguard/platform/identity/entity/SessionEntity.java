package org.safeguard.platform.identity.entity;

import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "sg_session")
public class SessionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** SHA-256 of the cookie token; the token itself is never stored. */
    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "csrf_token", nullable = false)
    private String csrfToken;

    @Column(name = "district_id")
    private Long districtId;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "last_seen_at", nullable = false)
    private LocalDateTime lastSeenAt;

    /** The earlier of the idle and the absolute limit, so expired rows are found by one comparison. */
    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    protected SessionEntity() {
    }

    public SessionEntity(String tokenHash, long accountId, String csrfToken, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.accountId = accountId;
        this.csrfToken = csrfToken;
        this.createdAt = UtcTime.column(createdAt);
        this.lastSeenAt = UtcTime.column(createdAt);
        this.expiresAt = UtcTime.column(expiresAt);
    }

    public Long getId() {
        return id;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getCsrfToken() {
        return csrfToken;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public Instant getCreatedAt() {
        return UtcTime.instant(createdAt);
    }

    public Instant getLastSeenAt() {
        return UtcTime.instant(lastSeenAt);
    }

    public Instant getExpiresAt() {
        return UtcTime.instant(expiresAt);
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }

    public void touch(Instant seenAt, Instant newExpiry) {
        this.lastSeenAt = UtcTime.column(seenAt);
        this.expiresAt = UtcTime.column(newExpiry);
    }
}
