package org.safeguard.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

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
}
