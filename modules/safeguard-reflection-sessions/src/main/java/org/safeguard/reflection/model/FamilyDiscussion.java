package org.safeguard.reflection.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What a session concluded about one family: the systemic hypotheses, risks, protective factors,
 * the child's lived experience, the risk rating and the decisions. Its date is the session's.
 */
@Entity
@Table(name = "rs_discussion")
public class FamilyDiscussion {

    public static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "authority_id", nullable = false)
    private long authorityId;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "family_id", nullable = false)
    private long familyId;

    @Column(name = "discussed_on", nullable = false)
    private LocalDate discussedOn;

    @Column(name = "hypotheses", length = TEXT_MAX)
    private String hypotheses;

    @Column(name = "risks", nullable = false, length = TEXT_MAX)
    private String risks;

    @Column(name = "protective_factors", nullable = false, length = TEXT_MAX)
    private String protectiveFactors;

    @Column(name = "lived_experience", nullable = false, length = TEXT_MAX)
    private String livedExperience;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_rating", nullable = false, length = 20)
    private RiskRating riskRating;

    @Column(name = "decisions", length = TEXT_MAX)
    private String decisions;

    @Column(name = "recorded_by_user_id", nullable = false)
    private long recordedByUserId;

    @Column(name = "recorded_by_name", nullable = false, length = 200)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAtUtc;

    @Column(name = "updated_by_name", length = 200)
    private String updatedByName;

    @Column(name = "updated_at")
    private LocalDateTime updatedAtUtc;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected FamilyDiscussion() {
    }

    public FamilyDiscussion(long authorityId, long sessionId, long teamId, long familyId, LocalDate discussedOn,
                            Content content, long recordedByUserId, String recordedByName, Instant recordedAt) {
        this.authorityId = authorityId;
        this.sessionId = sessionId;
        this.teamId = teamId;
        this.familyId = familyId;
        this.discussedOn = discussedOn;
        this.recordedByUserId = recordedByUserId;
        this.recordedByName = recordedByName;
        this.recordedAtUtc = Utc.of(recordedAt);
        apply(content);
    }

    /** The discussion's words and rating; blank optional texts are stored as null. */
    public record Content(String hypotheses, String risks, String protectiveFactors, String livedExperience,
                          RiskRating riskRating, String decisions) {}

    public void revise(Content content, String byName, Instant at) {
        apply(content);
        this.updatedByName = byName;
        this.updatedAtUtc = Utc.of(at);
    }

    private void apply(Content content) {
        this.hypotheses = blankToNull(content.hypotheses());
        this.risks = content.risks();
        this.protectiveFactors = content.protectiveFactors();
        this.livedExperience = content.livedExperience();
        this.riskRating = content.riskRating();
        this.decisions = blankToNull(content.decisions());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public Content content() {
        return new Content(hypotheses, risks, protectiveFactors, livedExperience, riskRating, decisions);
    }

    public Long id() { return id; }
    public long authorityId() { return authorityId; }
    public long sessionId() { return sessionId; }
    public long teamId() { return teamId; }
    public long familyId() { return familyId; }
    public LocalDate discussedOn() { return discussedOn; }
    public String hypotheses() { return hypotheses; }
    public String risks() { return risks; }
    public String protectiveFactors() { return protectiveFactors; }
    public String livedExperience() { return livedExperience; }
    public RiskRating riskRating() { return riskRating; }
    public String decisions() { return decisions; }
    public long recordedByUserId() { return recordedByUserId; }
    public String recordedByName() { return recordedByName; }
    public Instant recordedAt() { return Utc.instant(recordedAtUtc); }
    public String updatedByName() { return updatedByName; }
    public Instant updatedAt() { return Utc.instant(updatedAtUtc); }
    public int version() { return version; }
}
