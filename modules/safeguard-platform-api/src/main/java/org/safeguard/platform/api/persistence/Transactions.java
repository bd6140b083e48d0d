package org.safeguard.platform.api.persistence;

import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

/** Runs work in one resource-local transaction: commits on success, rolls back on any failure. */
public final class Transactions {

    private Transactions() {
    }

    public static <T> T inTransaction(EntityManagerFactory factory, Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            // also on an Error (a class gone with an uninstalled bundle): never leave a connection in a transaction
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    public static void run(EntityManagerFactory factory, Consumer<EntityManager> work) {
        inTransaction(factory, em -> {
            work.accept(em);
            return null;
        });
    }

    /** For reads: no transaction needed, but the entity manager is always closed. */
    public static <T> T read(EntityManagerFactory factory, Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }
}
