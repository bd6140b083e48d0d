package org.safeguard.platform.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.persistence.Transactions;
import org.safeguard.platform.api.security.Authentication;
import org.safeguard.platform.identity.demo.DemoCountyPlan;
import org.safeguard.platform.identity.entity.StaffAccountEntity;

/** Locking out password guessing, against parallel guesses and without telling which usernames exist. */
class SignInLockoutTest {

    private static TestDatabase db;

    @BeforeAll
    static void database() throws Exception {
        db = TestDatabase.get();
    }

    @Test
    void wrongPasswordsSentInParallelStillLockTheAccount() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Authentication.Outcome>> answers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                String guess = "guess-" + i;
                Callable<Authentication.Outcome> attempt = () -> {
                    start.await();
                    return db.authentication.authenticate("fenland.substance", guess, "10.0.0.1").outcome();
                };
                answers.add(pool.submit(attempt));
            }
            start.countDown();
            for (Future<Authentication.Outcome> answer : answers) {
                answer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        long id = db.userId("fenland.substance");
        StaffAccountEntity account = Transactions.read(db.emf, em -> em.find(StaffAccountEntity.class, id));
        assertTrue(account.getFailedAttempts() >= 5, "every failure counted: " + account.getFailedAttempts());
        assertNotNull(account.getLockedUntil());
        assertEquals(Authentication.Outcome.LOCKED_OUT,
                db.authentication.authenticate("fenland.substance", DemoCountyPlan.PASSWORD, "10.0.0.1").outcome());
    }

    @Test
    void aFailureNamesTheAccountOnlyWhenThereIsOne() {
        assertNull(db.authentication.authenticate("typed.a.password.here", "x", "10.0.0.3").userId(),
                "the web host audits \"unknown username\" rather than what was typed");
        assertEquals(db.userId("fenland.mentalhealth"),
                db.authentication.authenticate("fenland.mentalhealth", "wrong", "10.0.0.3").userId());
    }

    @Test
    void theLockInTheAuditLogIsGivenInLondonTime() {
        assertEquals("25 November 2026, 14:05", AuthenticationService.londonTime(Instant.parse("2026-11-25T14:05:00Z")));
        assertEquals("1 July 2026, 14:05", AuthenticationService.londonTime(Instant.parse("2026-07-01T13:05:00Z")));
    }

    @Test
    void anUnknownUsernameIsLockedAfterAsManyFailuresAsARealOne() {
        for (int i = 1; i < 5; i++) {
            assertEquals(Authentication.Outcome.BAD_CREDENTIALS,
                    db.authentication.authenticate("no.such.person", "guess-" + i, "10.0.0.2").outcome());
        }
        assertEquals(Authentication.Outcome.LOCKED_OUT,
                db.authentication.authenticate("No.Such.Person", "guess-5", "10.0.0.2").outcome());
        assertEquals(Authentication.Outcome.LOCKED_OUT,
                db.authentication.authenticate("no.such.person", "guess-6", "10.0.0.2").outcome());

        db.clock.advance(Duration.ofMinutes(15));
        assertEquals(Authentication.Outcome.BAD_CREDENTIALS,
                db.authentication.authenticate("no.such.person", "guess-7", "10.0.0.2").outcome(),
                "the lock runs out as a real account's does");
    }
}
