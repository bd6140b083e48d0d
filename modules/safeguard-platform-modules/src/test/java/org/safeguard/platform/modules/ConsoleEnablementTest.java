package org.safeguard.platform.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.modules.ModuleEnablement.Enablement;
import org.safeguard.platform.api.modules.ModuleInfo;
import org.safeguard.platform.api.modules.ModuleInfo.State;
import org.safeguard.platform.api.security.CurrentUser;

class ConsoleEnablementTest {

    private static final CurrentUser KARAF = ConsoleEnablement.consoleActor("karaf");

    private final Fakes.Catalogue catalogue = new Fakes.Catalogue();
    private final Fakes.Enablements enablements = new Fakes.Enablements();
    private final ConsoleEnablement console = new ConsoleEnablement(catalogue, enablements, Fakes.demoCounty());

    @BeforeEach
    void setUp() {
        catalogue.modules.add(new ModuleInfo("team-notices", "Team notices", "", "safeguard-module-team-notices", "0.1.0", State.INSTALLED));
        catalogue.modules.add(new ModuleInfo("reflection", "Reflection", "", "safeguard-module-reflection", "0.1.0", State.AVAILABLE));
    }

    @Test
    void theConsoleActsAsTheShellUserWithNoUserId() {
        assertEquals("console:karaf", KARAF.username());
        assertNull(KARAF.userId());
    }

    @Test
    void noDistrictMeansTheWholeAuthority() {
        String said = console.enable("team-notices", "ccc", null, KARAF);
        assertEquals("Team notices is now enabled in the whole of Cambridgeshire County Council", said);
        assertTrue(enablements.enablement("team-notices", 1).authorityWide());
        assertEquals("console:karaf", enablements.actors.get(0).username());
    }

    @Test
    void namedDistrictsReplaceWhereItWasEnabled() {
        console.enable("team-notices", "CCC", null, KARAF);
        String said = console.enable("team-notices", "CCC", List.of("fenland", "Huntingdonshire"), KARAF);
        assertEquals("Team notices is now enabled in Fenland, Huntingdonshire", said);
        Enablement now = enablements.enablement("team-notices", 1);
        assertFalse(now.authorityWide());
        assertEquals(Set.of(14L, 15L), now.districtIds());
    }

    @Test
    void disablingADistrictOfAWholeAuthorityKeepsTheRest() {
        console.enable("team-notices", "CCC", null, KARAF);
        console.disable("team-notices", "CCC", List.of("Fenland"), KARAF);
        assertEquals(Set.of(11L, 12L, 13L, 15L), enablements.enablement("team-notices", 1).districtIds());
        assertEquals("CCC: Cambridge City, East Cambridgeshire, Huntingdonshire, South Cambridgeshire",
                console.enabledWhere("team-notices"));
    }

    @Test
    void disablingWithoutDistrictsSwitchesItOffForTheAuthority() {
        console.enable("team-notices", "PCC", null, KARAF);
        String said = console.disable("team-notices", "PCC", List.of(), KARAF);
        assertEquals("Team notices is now disabled in Peterborough City Council", said);
        assertEquals("nowhere", console.enabledWhere("team-notices"));
    }

    @Test
    void badArgumentsGetOneClearLine() {
        assertEquals("No module called fostering", assertThrows(IllegalArgumentException.class,
                () -> console.enable("fostering", "CCC", null, KARAF)).getMessage());
        assertEquals("No authority with code XYZ", assertThrows(IllegalArgumentException.class,
                () -> console.enable("team-notices", "XYZ", null, KARAF)).getMessage());
        assertEquals("Peterborough City Council has no district called Fenland", assertThrows(IllegalArgumentException.class,
                () -> console.enable("team-notices", "PCC", List.of("Fenland"), KARAF)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> console.enable("reflection", "CCC", null, KARAF)).getMessage().contains("not installed"));
        assertTrue(enablements.byKey.isEmpty());
    }
}
