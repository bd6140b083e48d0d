package org.safeguard.caserecords.frontdoor;

import java.time.LocalDate;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import org.safeguard.caserecords.model.Contact;
import org.safeguard.platform.api.persistence.Transactions;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.FormErrors;

/**
 * Decides a contact in one transaction: the contact's row is locked first, so two people deciding
 * the same contact at once get one decision and one "already decided", and every check is made
 * against the contact as it is then, before anything is written.
 */
public class ContactDecisions {

    public sealed interface Result {}

    public record Decided(Contact contact, ReferralService.Result referral) implements Result {}

    public record Invalid(Contact contact, FormErrors errors) implements Result {}

    public record AlreadyDecided(Contact contact) implements Result {}

    public record NotFound() implements Result {}

    /** The child's case changed while the referral was being filed on it. */
    public record Conflict() implements Result {}

    private final EntityManagerFactory factory;
    private final ReferralService referrals;

    public ContactDecisions(EntityManagerFactory factory, ReferralService referrals) {
        this.factory = factory;
        this.referrals = referrals;
    }

    public Result decide(long contactId, DecisionForm form, CurrentUser user, LocalDate today) {
        try {
            return Transactions.inTransaction(factory, em -> {
                Contact contact = em.find(Contact.class, contactId, LockModeType.PESSIMISTIC_WRITE);
                if (contact == null) {
                    return new NotFound();
                }
                if (contact.decided()) {
                    return new AlreadyDecided(contact);
                }
                FormErrors errors = form.validate(contact, today);
                if (!errors.isEmpty()) {
                    return new Invalid(contact, errors);
                }
                Contact.Outcome outcome = form.outcome().orElseThrow();
                LocalDate on = form.decidedOn().orElseThrow();
                contact.decide(outcome, form.reason(), on, user.userId(), user.displayName());
                ReferralService.Result referral = outcome == Contact.Outcome.REFERRAL
                        ? referrals.refer(em, contact, on) : null;
                em.flush();
                return new Decided(contact, referral);
            });
        } catch (PersistenceException e) {
            if (causedByOptimisticLock(e)) {
                return new Conflict();
            }
            throw e;
        }
    }

    private static boolean causedByOptimisticLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
