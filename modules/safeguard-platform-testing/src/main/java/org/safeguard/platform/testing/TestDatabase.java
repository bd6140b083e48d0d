package org.safeguard.platform.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;

import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * A fresh in-memory Derby migrated by the module's real changelog, with an EntityManagerFactory
 * over every {@code @Entity} compiled into the module's {@code target/classes}, set up as the
 * platform's persistence bundle sets it up (no weaving, no shared cache, no DDL generation), so a
 * column type Derby refuses or a JPQL typo fails in a unit test, not in the distribution. One per
 * test class: {@code TestDatabase.create("name", "db/<module>/changelog.xml")}.
 */
public final class TestDatabase implements AutoCloseable {

    /** Held so the level sticks: JUL keeps loggers weakly. */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    private final String url;
    private final Connection keepAlive;
    private final EntityManagerFactory factory;

    private TestDatabase(String name, String changelog) throws Exception {
        LIQUIBASE_LOG.setLevel(Level.WARNING);
        System.setProperty("derby.stream.error.file", "target/derby.log");
        System.setProperty("liquibase.analytics.enabled", "false");
        url = "jdbc:derby:memory:" + name + ";create=true";
        keepAlive = DriverManager.getConnection(url);
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(
                new JdbcConnection(DriverManager.getConnection(url)));
        new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                .setOutput(OutputStream.nullOutputStream())
                .execute();
        database.close();
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:" + name);
        factory = new PersistenceProvider().createContainerEntityManagerFactory(unit(name, dataSource), Map.of());
    }

    /** @param changelog the module's changelog on the test class path, e.g. {@code db/team-notices/changelog.xml} */
    public static TestDatabase create(String name, String changelog) {
        try {
            return new TestDatabase(name, changelog);
        } catch (Exception e) {
            throw new IllegalStateException("could not set up the test database", e);
        }
    }

    public EntityManagerFactory factory() {
        return factory;
    }

    public Connection connection() throws java.sql.SQLException {
        return DriverManager.getConnection(url);
    }

    @Override
    public void close() throws Exception {
        factory.close();
        keepAlive.close();
    }

    /** Every @Entity class compiled into target/classes, as the bundle's Safeguard-Entities header lists them. */
    public static List<String> entityClasses() {
        Path root = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$"))
                    .map(p -> root.relativize(p).toString().replace('/', '.').replace('\\', '.').replaceAll("\\.class$", ""))
                    .filter(TestDatabase::isEntity)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isEntity(String className) {
        try {
            return Class.forName(className, false, TestDatabase.class.getClassLoader()).isAnnotationPresent(Entity.class);
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static PersistenceUnitInfo unit(String name, DataSource dataSource) {
        ClassLoader loader = TestDatabase.class.getClassLoader();
        List<String> classes = entityClasses();
        Properties properties = new Properties();
        properties.setProperty("eclipselink.weaving", "false");
        properties.setProperty("eclipselink.cache.shared.default", "false");
        properties.setProperty("eclipselink.session-name", "test-" + name);
        properties.setProperty("eclipselink.target-database", "Derby");
        properties.setProperty("eclipselink.logging.level", "WARNING");
        properties.setProperty("eclipselink.ddl-generation", "none");
        return new PersistenceUnitInfo() {
            @Override public String getPersistenceUnitName() { return name; }
            @Override public String getPersistenceProviderClassName() { return PersistenceProvider.class.getName(); }
            @Override public PersistenceUnitTransactionType getTransactionType() { return PersistenceUnitTransactionType.RESOURCE_LOCAL; }
            @Override public DataSource getJtaDataSource() { return null; }
            @Override public DataSource getNonJtaDataSource() { return dataSource; }
            @Override public List<String> getMappingFileNames() { return List.of(); }
            @Override public List<URL> getJarFileUrls() { return List.of(); }
            @Override public URL getPersistenceUnitRootUrl() {
                try {
                    return Path.of("target/classes").toUri().toURL();
                } catch (java.net.MalformedURLException e) {
                    throw new IllegalStateException(e);
                }
            }
            @Override public List<String> getManagedClassNames() { return classes; }
            @Override public boolean excludeUnlistedClasses() { return true; }
            @Override public SharedCacheMode getSharedCacheMode() { return SharedCacheMode.UNSPECIFIED; }
            @Override public ValidationMode getValidationMode() { return ValidationMode.NONE; }
            @Override public Properties getProperties() { return properties; }
            @Override public String getPersistenceXMLSchemaVersion() { return "3.0"; }
            @Override public ClassLoader getClassLoader() { return loader; }
            @Override public void addTransformer(ClassTransformer transformer) { }
            @Override public ClassLoader getNewTempClassLoader() { return loader; }
        };
    }
}
