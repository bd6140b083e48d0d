package org.safeguard.caserecords.frontdoor;

import static org.safeguard.caserecords.TestCalendars.WEEKDAYS_ONLY;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safeguard.caserecords.frontdoor.Seed.CCC;
import static org.safeguard.caserecords.frontdoor.Seed.FENLAND;
import static org.safeguard.caserecords.frontdoor.Seed.HUNTS;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguard.platform.testing.TestDatabase;
import org.safeguard.caserecords.api.CaseStage;
import org.safeguard.caserecords.model.Assessment;
import org.safeguard.caserecords.model.CaseRecord;
import org.safeguard.caserecords.model.ClosureReason;
import org.safeguard.caserecords.model.Contact;
import org.safeguard.caserecords.model.Family;
import org.safeguard.caserecords.model.Referral;
import org.safeguard.platform.api.persistence.Transactions;

/** A referral opens a case, a referral and an assessment, unless the child's case is already open. */
class ReferralServiceTest {

    /** Monday. */
    private static final LocalDate REFERRAL_DATE = LocalDate.of(2026, 3, 2);

    private static TestDatabase db;
    private static Seed seed;
    private static ReferralService referrals;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create("frontdoor-referral-service", "db/case-records/changelog.xml");
        seed = new Seed(db.factory());
        referrals = new ReferralService(WEEKDAYS_ONLY);
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    private ReferralService.Result refer(Contact contact, LocalDate on) {
        return Transactions.inTransaction(db.factory(), em -> {
            Contact managed = em.find(Contact.class, contact.id());
            managed.decide(Contact.Outcome.REFERRAL, "Bruising seen at school; needs assessment.", on, 9L, "Pat Manager");
            return referrals.refer(em, managed, on);
        });
    }

    @Test
    void aReferralOpensAnUnallocatedAssessmentCaseDue45WorkingDaysLater() {
        long family = seed.family(CCC, FENLAND, "Smith");
        long amy = seed.child(CCC, "Amy", "Smith", family);
        Contact contact = seed.contact(CCC, FENLAND, amy, family, LocalDate.of(2026, 2, 27));

        ReferralService.Result result = refer(contact, REFERRAL_DATE);

        assertTrue(result.opened());
        CaseRecord opened = Transactions.read(db.factory(), em -> em.find(CaseRecord.class, result.caseId()));
        assertEquals(CaseStage.ASSESSMENT, opened.stage());
        assertEquals(FENLAND, opened.districtId());
        assertEquals(family, opened.familyId());
        assertEquals(amy, opened.childId());
        assertEquals(REFERRAL_DATE, opened.openedOn());
        assertNull(opened.teamId());
        assertNull(opened.leadWorkerId());

        Referral referral = Transactions.read(db.factory(), em -> em.find(Referral.class, result.referralId()));
        assertEquals(result.caseId(), referral.caseId());
        assertEquals(contact.id(), referral.contactId());
        assertEquals(REFERRAL_DATE, referral.referredOn());
        assertFalse(referral.reReferral());
        assertNull(referral.previousReferralId());

        Assessment assessment = Transactions.read(db.factory(), em -> em.find(Assessment.class, result.assessmentId()));
        assertEquals(result.caseId(), assessment.caseId());
        assertEquals(referral.id(), assessment.referralId());
        assertEquals(REFERRAL_DATE, assessment.startedOn());
        // nine working weeks, weekends only in the fake calendar
        assertEquals(LocalDate.of(2026, 5, 4), assessment.dueOn());

        Contact saved = Transactions.read(db.factory(), em -> em.find(Contact.class, contact.id()));
        assertEquals(result.caseId(), saved.caseId());
        assertEquals(Contact.Status.DECIDED, saved.status());
    }

    @Test
    void aSecondContactForAChildWithAnOpenCaseJoinsItInsteadOfOpeningAnother() {
        long family = seed.family(CCC, FENLAND, "Jones");
        long ben = seed.child(CCC, "Ben", "Jones", family);
        ReferralService.Result first = refer(seed.contact(CCC, FENLAND, ben, family, REFERRAL_DATE), REFERRAL_DATE);
        Contact second = seed.contact(CCC, FENLAND, ben, family, LocalDate.of(2026, 4, 1));

        ReferralService.Result result = refer(second, LocalDate.of(2026, 4, 1));

        assertFalse(result.opened());
        assertEquals(first.caseId(), result.caseId());
        assertNull(result.referralId());
        assertEquals(1L, count("SELECT COUNT(c.id) FROM CaseRecord c WHERE c.childId = " + ben));
        assertEquals(1L, count("SELECT COUNT(r.id) FROM Referral r WHERE r.childId = " + ben));
        assertEquals(1L, count("SELECT COUNT(a.id) FROM Assessment a WHERE a.caseId = " + first.caseId()));
        assertEquals(first.caseId(), Transactions.read(db.factory(), em -> em.find(Contact.class, second.id())).caseId());
    }

    @Test
    void aReferralFiveMonthsAfterThePreviousCasesReferralIsAReReferral() {
        long family = seed.family(CCC, FENLAND, "Patel");
        long cara = seed.child(CCC, "Cara", "Patel", family);
        long previous = seed.pastReferral(CCC, FENLAND, family, cara, LocalDate.of(2025, 10, 2), LocalDate.of(2025, 12, 1));

        ReferralService.Result result = refer(seed.contact(CCC, FENLAND, cara, family, REFERRAL_DATE), REFERRAL_DATE);

        assertTrue(result.opened());
        assertTrue(result.reReferral());
        Referral referral = Transactions.read(db.factory(), em -> em.find(Referral.class, result.referralId()));
        assertTrue(referral.reReferral());
        assertEquals(previous, referral.previousReferralId());
    }

    @Test
    void aReferralExactlyTwelveMonthsAfterThePreviousOneIsNotAReReferral() {
        long family = seed.family(CCC, FENLAND, "Brown");
        long dan = seed.child(CCC, "Dan", "Brown", family);
        seed.pastReferral(CCC, FENLAND, family, dan, LocalDate.of(2025, 3, 2), LocalDate.of(2025, 6, 1));

        ReferralService.Result result = refer(seed.contact(CCC, FENLAND, dan, family, REFERRAL_DATE), REFERRAL_DATE);

        assertFalse(result.reReferral());
        assertNull(result.previousReferralId());
    }

    @Test
    void theCaseOpensInTheDistrictTheFamilyLivesInNow() {
        long family = seed.family(CCC, FENLAND, "Green");
        long eve = seed.child(CCC, "Eve", "Green", family);
        Contact contact = seed.contact(CCC, FENLAND, eve, family, REFERRAL_DATE);
        Transactions.run(db.factory(), em -> em.find(Family.class, family).moveToDistrict(HUNTS));

        ReferralService.Result result = refer(contact, REFERRAL_DATE);

        assertEquals(HUNTS, Transactions.read(db.factory(), em -> em.find(CaseRecord.class, result.caseId())).districtId());
    }

    @Test
    void onlyAReferralDecisionOpensAnything() {
        long family = seed.family(CCC, FENLAND, "White");
        long fay = seed.child(CCC, "Fay", "White", family);
        Contact contact = seed.contact(CCC, FENLAND, fay, family, REFERRAL_DATE);
        assertThrows(IllegalStateException.class, () -> Transactions.run(db.factory(), em -> {
            Contact managed = em.find(Contact.class, contact.id());
            managed.decide(Contact.Outcome.EARLY_HELP, "Family agree to early help.", REFERRAL_DATE, 9L, "Pat");
            referrals.refer(em, managed, REFERRAL_DATE);
        }));
        assertEquals(0L, count("SELECT COUNT(c.id) FROM CaseRecord c WHERE c.childId = " + fay));
        assertEquals(Contact.Status.AWAITING_DECISION,
                Transactions.read(db.factory(), em -> em.find(Contact.class, contact.id())).status());
    }

    @Test
    void aChildWhoseCaseHasClosedGetsANewCaseFlaggedAsAReReferral() {
        long family = seed.family(CCC, FENLAND, "Black");
        long gus = seed.child(CCC, "Gus", "Black", family);
        ReferralService.Result first = refer(seed.contact(CCC, FENLAND, gus, family, LocalDate.of(2025, 12, 1)),
                LocalDate.of(2025, 12, 1));
        Transactions.run(db.factory(), em -> em.find(CaseRecord.class, first.caseId())
                .close(LocalDate.of(2026, 2, 1), ClosureReason.NO_FURTHER_ACTION));

        ReferralService.Result second = refer(seed.contact(CCC, FENLAND, gus, family, REFERRAL_DATE), REFERRAL_DATE);

        assertTrue(second.opened());
        assertTrue(second.caseId() != first.caseId());
        assertEquals(first.referralId(), second.previousReferralId());
    }

    private static long count(String jpql) {
        List<Long> result = Transactions.read(db.factory(), em -> em.createQuery(jpql, Long.class).getResultList());
        return result.get(0);
    }
}
