package org.safeguard.caserecords.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A contact accepted into children's social care: it opened a case. A re-referral (the KPI the
 * service reports, target 23%) is one within 12 months of the child's previous referral; see
 * {@code frontdoor.ReReferralRule}.
 */
@Entity
@Table(name = "cr_referral")
public class Referral {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "authority_id", nullable = false)
    private long authorityId;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "child_id", nullable = false)
    private long childId;

    @Column(name = "contact_id")
    private Long contactId;

    @Column(name = "referred_on", nullable = false)
    private LocalDate referredOn;

    @Column(name = "re_referral", nullable = false)
    private boolean reReferral;

    @Column(name = "previous_referral_id")
    private Long previousReferralId;

    protected Referral() {
    }

    /** @param previousReferralId the referral this one repeats within 12 months; null when not a re-referral */
    public Referral(long authorityId, long caseId, long childId, Long contactId, LocalDate referredOn,
                    Long previousReferralId) {
        this.authorityId = authorityId;
        this.caseId = caseId;
        this.childId = childId;
        this.contactId = contactId;
        this.referredOn = referredOn;
        this.reReferral = previousReferralId != null;
        this.previousReferralId = previousReferralId;
    }

    public Long id() { return id; }
    public long authorityId() { return authorityId; }
    public long caseId() { return caseId; }
    public long childId() { return childId; }
    public Long contactId() { return contactId; }
    public LocalDate referredOn() { return referredOn; }
    public boolean reReferral() { return reReferral; }
    public Long previousReferralId() { return previousReferralId; }
}
