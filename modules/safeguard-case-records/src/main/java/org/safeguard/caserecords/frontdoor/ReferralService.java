package org.safeguard.caserecords.frontdoor;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.caserecords.api.WorkingDays;
import org.safeguard.caserecords.model.Assessment;
import org.safeguard.caserecords.model.CaseRecord;
import org.safeguard.caserecords.model.Contact;
import org.safeguard.caserecords.model.Family;
import org.safeguard.caserecords.model.Person;
import org.safeguard.caserecords.model.Referral;

/**
 * What a referral does, inside the caller's transaction so the contact's decision and everything
 * it opens commit or fail together: a child with an open case gets the contact added to it (never a
 * second open case); otherwise a new case (stage Assessment, unallocated, in the family's district),
 * its referral (flagged when a re-referral) and a single assessment due 45 working days later.
 */
@Component(service = ReferralService.class)
public class ReferralService {

    /** The single assessment's timescale (Working Together; the seeds' KPI). */
    public static final int ASSESSMENT_WORKING_DAYS = 45;

    @Reference
    private WorkingDays workingDays;

    public ReferralService() {
    }

    /** For tests. */
    public ReferralService(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    /**
     * @param opened       true when a case was opened; false when the contact joined the child's open case
     * @param referralId   the new referral; null when the contact joined an open case
     * @param assessmentId the new assessment; null when the contact joined an open case
     */
    public record Result(long caseId, boolean opened, Long referralId, Long assessmentId, boolean reReferral,
                         Long previousReferralId, LocalDate assessmentDueOn) {}

    /**
     * Acts on a contact just decided as a referral, in the caller's transaction.
     *
     * @param referralDate the date of the decision to refer
     */
    public Result refer(EntityManager em, Contact contact, LocalDate referralDate) {
        if (contact.outcome() != Contact.Outcome.REFERRAL) {
            throw new IllegalStateException("contact " + contact.id() + " was not decided as a referral");
        }
        // Two referrals for one child at the same moment must not both see "no open case" and open two:
        // the child's row is the lock that puts them one after the other.
        em.find(Person.class, contact.childId(), LockModeType.PESSIMISTIC_WRITE);
        List<CaseRecord> open = em.createQuery(
                        "SELECT c FROM CaseRecord c WHERE c.childId = :child AND c.closedOn IS NULL"
                                + " ORDER BY c.openedOn DESC, c.id DESC", CaseRecord.class)
                .setParameter("child", contact.childId())
                .getResultList();
        if (!open.isEmpty()) {
            CaseRecord existing = open.get(0);
            // A version check, made at the flush below and holding the case's row until commit: a case
            // closed since we read it fails this decision rather than filing a referral where nobody looks.
            em.lock(existing, LockModeType.OPTIMISTIC);
            contact.linkToCase(existing.id());
            em.flush();
            return new Result(existing.id(), false, null, null, false, null, null);
        }
        if (contact.familyId() == null) {
            throw new IllegalStateException("contact " + contact.id() + " has no family: a case needs one");
        }
        Family family = em.find(Family.class, contact.familyId());
        // The family's district today: it may have moved since the contact was recorded.
        CaseRecord opened = new CaseRecord(contact.authorityId(), family.districtId(), family.id(), contact.childId(),
                referralDate);
        em.persist(opened);
        em.flush();

        List<ReReferralRule.PreviousReferral> recent = em.createQuery(
                        "SELECT r.id, r.referredOn FROM Referral r WHERE r.childId = :child"
                                + " AND r.referredOn > :after AND r.referredOn <= :on", Object[].class)
                .setParameter("child", contact.childId())
                .setParameter("after", ReReferralRule.windowOpensAfter(referralDate))
                .setParameter("on", referralDate)
                .getResultList().stream()
                .map(row -> new ReReferralRule.PreviousReferral((Long) row[0], (LocalDate) row[1]))
                .toList();
        Long previousId = ReReferralRule.previous(referralDate, recent)
                .map(ReReferralRule.PreviousReferral::id).orElse(null);
        Referral referral = new Referral(contact.authorityId(), opened.id(), contact.childId(), contact.id(),
                referralDate, previousId);
        em.persist(referral);
        em.flush();

        LocalDate dueOn = workingDays.plusWorkingDays(referralDate, ASSESSMENT_WORKING_DAYS);
        Assessment assessment = new Assessment(opened.id(), referral.id(), referralDate, dueOn);
        em.persist(assessment);
        contact.linkToCase(opened.id());
        em.flush();
        return new Result(opened.id(), true, referral.id(), assessment.id(), referral.reReferral(), previousId, dueOn);
    }
}
