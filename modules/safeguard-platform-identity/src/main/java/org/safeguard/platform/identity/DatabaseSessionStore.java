package org.safeguard.platform.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.platform.api.persistence.Transactions;
import org.safeguard.platform.api.security.SessionStore;
import org.safeguard.platform.identity.entity.SessionEntity;
import org.safeguard.platform.identity.entity.UtcTime;
import org.safeguard.platform.identity.security.SessionLifetime;
import org.safeguard.platform.identity.security.Tokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sessions in sg_session, found by the SHA-256 of their cookie token. */
@Component(service = SessionStore.class)
public class DatabaseSessionStore implements SessionStore {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseSessionStore.class);

    private final EntityManagerFactory emf;
    private final Clock clock;
    private final ScheduledExecutorService cleaner;

    @Activate
    public DatabaseSessionStore(@Reference(target = "(safeguard.unit=safeguard-platform-identity)") EntityManagerFactory emf) {
        this(emf, Clock.systemUTC());
    }

    DatabaseSessionStore(EntityManagerFactory emf, Clock clock) {
        this.emf = emf;
        this.clock = clock;
        this.cleaner = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "safeguard-session-cleaner");
            thread.setDaemon(true);
            return thread;
        });
        cleaner.scheduleWithFixedDelay(this::removeExpired, 1, 10, TimeUnit.MINUTES);
    }

    @Deactivate
    void deactivate() {
        cleaner.shutdownNow();
    }

    @Override
    public Session open(long userId) {
        String token = Tokens.random();
        String csrf = Tokens.random();
        Instant now = clock.instant();
        Transactions.run(emf, em -> em.persist(
                new SessionEntity(Tokens.sha256(token), userId, csrf, now, SessionLifetime.expiry(now, now))));
        return new Session(token, userId, csrf, null);
    }

    @Override
    public Optional<Session> find(String token) {
        return live(token, null);
    }

    @Override
    public Optional<Session> changeDistrict(String token, long districtId) {
        return live(token, session -> session.setDistrictId(districtId));
    }

    /** The live session for the token, extended and then changed (null: no change); an expired one is deleted. */
    private Optional<Session> live(String token, Consumer<SessionEntity> change) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        String hash = Tokens.sha256(token);
        Instant now = clock.instant();
        return Transactions.inTransaction(emf, em -> {
            Optional<SessionEntity> found = byHash(em, hash);
            if (found.isEmpty()) {
                return Optional.<Session>empty();
            }
            SessionEntity session = found.get();
            if (SessionLifetime.expired(session.getExpiresAt(), now)) {
                em.remove(session);
                return Optional.<Session>empty();
            }
            // a plain read leaves the row alone unless its last use is over a minute old
            if (change != null || SessionLifetime.dueForTouch(session.getLastSeenAt(), now)) {
                session.touch(now, SessionLifetime.expiry(session.getCreatedAt(), now));
            }
            if (change != null) {
                change.accept(session);
            }
            return Optional.of(new Session(token, session.getAccountId(), session.getCsrfToken(), session.getDistrictId()));
        });
    }

    @Override
    public void close(String token) {
        if (token == null || token.isBlank()) {
            return;
        }
        String hash = Tokens.sha256(token);
        Transactions.run(emf, em -> em.createQuery("delete from SessionEntity s where s.tokenHash = :hash")
                .setParameter("hash", hash)
                .executeUpdate());
    }

    int removeExpired() {
        try {
            Instant now = clock.instant();
            return Transactions.inTransaction(emf, em -> em.createQuery("delete from SessionEntity s where s.expiresAt <= :now")
                    .setParameter("now", UtcTime.column(now))
                    .executeUpdate());
        } catch (RuntimeException e) {
            LOG.error("Could not remove expired sessions", e);
            return 0;
        }
    }

    private static Optional<SessionEntity> byHash(EntityManager em, String hash) {
        return em.createQuery("select s from SessionEntity s where s.tokenHash = :hash", SessionEntity.class)
                .setParameter("hash", hash)
                .getResultStream().findFirst();
    }
}
