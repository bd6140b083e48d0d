package org.safeguard.platform.identity;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

import org.safeguard.platform.api.persistence.Transactions;
import org.safeguard.platform.api.security.PermissionDefinition;
import org.safeguard.platform.identity.demo.DemoCountyPlan;
import org.safeguard.platform.identity.demo.DemoCountyWriter;
import org.safeguard.platform.identity.security.MutableClock;
import org.safeguard.platform.identity.security.PasswordHasher;
import org.safeguard.platform.identity.security.GrantEditing;
import org.safeguard.platform.identity.security.PermissionResolver;

/**
 * One in-memory Derby per test run: the real changelog applied by Liquibase, the demo county
 * written through the entities, and the identity services over it.
 */
public final class TestDatabase {

    public static final String URL = "jdbc:derby:memory:identity-test;create=true";

    /** bcrypt's lowest cost: the production cost of 12 would make these tests crawl. */
    public static final PasswordHasher QUICK = new PasswordHasher(4);

    private static TestDatabase instance;

    public final EntityManagerFactory emf;
    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T09:00:00Z"));
    public final PermissionCatalogue catalogue = new PermissionCatalogue();
    public final DirectoryService directory;
    public final AuthenticationService authentication;
    public final StaffAdministration administration;

    static {
        System.setProperty("derby.stream.error.file", "target/derby.log");
    }

    public static synchronized TestDatabase get() throws Exception {
        if (instance == null) {
            instance = new TestDatabase();
        }
        return instance;
    }

    private TestDatabase() throws Exception {
        try (Connection connection = DriverManager.getConnection(URL)) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            // not closed: closing Liquibase shuts the in-memory Derby down
            Liquibase liquibase = new Liquibase("db/identity/changelog.xml", new ClassLoaderResourceAccessor(), database);
            liquibase.update("");
            database.commit();
        }
        emf = Persistence.createEntityManagerFactory("identity-test", Map.of("jakarta.persistence.jdbc.url", URL));
        String hash = QUICK.hash(DemoCountyPlan.PASSWORD);
        Transactions.inTransaction(emf, em -> DemoCountyWriter.write(em, DemoCountyPlan.authorities(), hash));
        catalogue.bindDescriptor(new PlatformModule());
        directory = new DirectoryService(emf);
        authentication = new AuthenticationService(emf, catalogue, QUICK, clock);
        administration = new StaffAdministration(emf, catalogue, QUICK);
    }

    public long userId(String username) {
        return Transactions.read(emf, em -> em.createQuery(
                        "select s.id from StaffAccountEntity s where s.username = :u", Long.class)
                .setParameter("u", username).getSingleResult());
    }

    /** Puts an authority's grants back to the modules' defaults, for tests that change them. */
    public void restoreDefaultGrants(long authorityId) {
        Set<PermissionResolver.Cell> defaults = new HashSet<>();
        for (PermissionDefinition definition : catalogue.definitions()) {
            definition.defaultRoles().forEach(role -> defaults.add(new PermissionResolver.Cell(role, definition.id())));
        }
        administration.saveGrants(authorityId, defaults, new GrantEditing(true, PlatformModule.PLATFORM_SCOPE));
    }
}
