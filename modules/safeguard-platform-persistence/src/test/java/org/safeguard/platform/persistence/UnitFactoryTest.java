package org.safeguard.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.net.URL;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.persistence.Transactions;
import org.safeguard.platform.persistence.testunit.Person;

class UnitFactoryTest {

    @Test
    void unitPersistsAndReadsItsEntities() throws Exception {
        try (TestDatabase db = new TestDatabase()) {
            new ChangelogRunner(db.pool).apply("db/test/changelog.xml", TestDatabase.changelogs("v1"));
            EntityManagerFactory factory = new UnitFactory(db.pool, DatabaseKind.DERBY).create("test-unit",
                    getClass().getClassLoader(), TestDatabase.folder("v1").getParent().toUri().toURL(),
                    List.of(Person.class.getName()));
            try {
                Person saved = Transactions.inTransaction(factory, em -> {
                    Person p = new Person("Ada Lovelace");
                    em.persist(p);
                    return p;
                });
                assertNotNull(saved.id(), "identity column assigned the id");

                List<String> names = Transactions.read(factory, em -> em
                        .createQuery("SELECT p FROM Person p", Person.class).getResultList()
                        .stream().map(Person::fullName).toList());
                assertEquals(List.of("Ada Lovelace"), names);
                assertEquals(List.of("Ada Lovelace"), db.column("SELECT full_name FROM test_person"));
            } finally {
                factory.close();
            }
        }
    }

    @Test
    void unitFailingItsStartUpCheckIsClosedSoACorrectedOneCanTakeItsName() throws Exception {
        try (TestDatabase db = new TestDatabase()) {
            new ChangelogRunner(db.pool).apply("db/test/changelog.xml", TestDatabase.changelogs("v1"));
            URL root = TestDatabase.folder("v1").getParent().toUri().toURL();
            assertThrows(RuntimeException.class, () -> new UnitFactory(unreachable(), DatabaseKind.DERBY)
                    .create("reinstalled-unit", getClass().getClassLoader(), root, List.of(Person.class.getName())));

            EntityManagerFactory corrected = new UnitFactory(db.pool, DatabaseKind.DERBY).create("reinstalled-unit", getClass().getClassLoader(), root,
                    List.of(Person.class.getName()));
            try {
                assertEquals(List.of(), Transactions.read(corrected, em -> em
                        .createQuery("SELECT p FROM Person p", Person.class).getResultList()));
            } finally {
                corrected.close();
            }
        }
    }

    /** A database that refuses every connection, so the unit's start-up check fails. */
    private static DataSource unreachable() {
        return (DataSource) Proxy.newProxyInstance(UnitFactoryTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        throw new SQLException("Connection refused");
                    }
                    return method.getReturnType() == int.class ? 0 : null;
                });
    }
}
