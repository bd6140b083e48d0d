package org.safeguard.platform.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import liquibase.Liquibase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.modules.ModuleEnablement.Enablement;
import org.safeguard.platform.api.security.CurrentUser;

/** Enablement stored on embedded Derby with the bundle's own changelog. */
class JpaModuleEnablementDerbyTest {

    private static final String URL = "jdbc:derby:memory:modules";
    private static final CurrentUser ADMIN = new CurrentUser(5L, "cambs.admin", "Cambs Admin", 1L, "CCC",
            null, null, Set.of(), Set.of(), Set.of());

    private final Fakes.Audit audit = new Fakes.Audit();
    private EntityManagerFactory factory;
    private JpaModuleEnablement enablement;

    @BeforeEach
    void setUp() throws Exception {
        try (Connection connection = DriverManager.getConnection(URL + ";create=true")) {
            @SuppressWarnings("deprecation")
            Liquibase liquibase = new Liquibase("db/modules/changelog.xml", new ClassLoaderResourceAccessor(),
                    new JdbcConnection(connection));
            liquibase.update("");
            connection.commit();
        }
        factory = Persistence.createEntityManagerFactory("modules-test", Map.of(
                "jakarta.persistence.jdbc.driver", "org.apache.derby.iapi.jdbc.AutoloadedDriver",
                "jakarta.persistence.jdbc.url", URL));
        enablement = new JpaModuleEnablement(factory, audit);
        enablement.bindDirectory(Fakes.demoCounty());
    }

    @AfterEach
    void tearDown() {
        factory.close();
        try {
            DriverManager.getConnection(URL + ";drop=true");
        } catch (SQLException expected) {
            // Derby reports a dropped database as an exception
        }
    }

    @Test
    void changesAreStoredReplacedSeenAtOnceAndAudited() {
        assertFalse(enablement.isEnabled("team-notices", 1L, 14L));

        enablement.setEnablement(new Enablement("team-notices", 1, false, Set.of(14L, 15L)), ADMIN, "10.0.0.1");
        assertTrue(enablement.isEnabled("team-notices", 1L, 14L));
        assertFalse(enablement.isEnabled("team-notices", 1L, 11L));

        enablement.setEnablement(new Enablement("team-notices", 1, true, Set.of()), ADMIN, "10.0.0.1");
        assertTrue(enablement.isEnabled("team-notices", 1L, 11L));
        assertTrue(enablement.isEnabled("team-notices", 1L, null));
        assertEquals(Set.of(), enablement.enablement("team-notices", 1).districtIds());

        enablement.setEnablement(EnablementRules.nowhere("team-notices", 1), ADMIN, "10.0.0.1");
        assertFalse(enablement.isEnabled("team-notices", 1L, 14L));

        assertEquals(List.of("module.enable", "module.enable", "module.disable"),
                audit.events.stream().map(e -> e.action()).toList());
        assertEquals(List.of("Fenland, Huntingdonshire", "whole authority", "nowhere"),
                audit.events.stream().map(e -> e.detail()).toList());
        assertEquals(1L, audit.events.get(0).authorityId());
    }

    @Test
    void anotherNodeReadsTheSameTable() {
        enablement.setEnablement(new Enablement("team-notices", 2, false, Set.of(21L)), ADMIN, null);
        JpaModuleEnablement otherNode = new JpaModuleEnablement(factory, audit);
        assertTrue(otherNode.isEnabled("team-notices", 2L, 21L));
    }

    @Test
    void aDistrictOfAnotherAuthorityIsRefusedAndNothingChanges() {
        assertThrows(IllegalArgumentException.class,
                () -> enablement.setEnablement(new Enablement("team-notices", 1, false, Set.of(21L)), ADMIN, null));
        assertFalse(enablement.enablement("team-notices", 1).enabledAnywhere());
        assertTrue(audit.events.isEmpty());
    }
}
