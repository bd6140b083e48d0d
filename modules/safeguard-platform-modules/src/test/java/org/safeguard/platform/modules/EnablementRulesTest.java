package org.safeguard.platform.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.modules.ModuleEnablement.Enablement;
import org.safeguard.platform.modules.EnablementRules.Row;

class EnablementRulesTest {

    private static final long CCC = 1, PCC = 2;
    private static final long FENLAND = 14, HUNTS = 15, CAMBRIDGE = 11, PETERBOROUGH = 21;
    private static final Map<Long, String> NAMES = Map.of(FENLAND, "Fenland", HUNTS, "Huntingdonshire", CAMBRIDGE, "Cambridge City");

    private final EnablementRules rules = EnablementRules.of(List.of(
            new Row("team-notices", CCC, FENLAND),
            new Row("team-notices", CCC, HUNTS),
            new Row("team-notices", PCC, null),
            new Row("reflection", CCC, null)));

    @Test
    void thePlatformIsAlwaysEnabledEvenForNobody() {
        assertTrue(rules.isEnabled("platform", null, null));
        assertTrue(EnablementRules.of(List.of()).isEnabled("platform", CCC, FENLAND));
    }

    @Test
    void districtRowsEnableOnlyThoseDistricts() {
        assertTrue(rules.isEnabled("team-notices", CCC, FENLAND));
        assertTrue(rules.isEnabled("team-notices", CCC, HUNTS));
        assertFalse(rules.isEnabled("team-notices", CCC, CAMBRIDGE));
    }

    @Test
    void aCountyWideTeamOnlySeesAModuleEnabledForTheWholeAuthority() {
        assertFalse(rules.isEnabled("team-notices", CCC, null));
        assertTrue(rules.isEnabled("reflection", CCC, null));
    }

    @Test
    void anAuthorityWideRowCoversEveryDistrictOfThatAuthorityOnly() {
        assertTrue(rules.isEnabled("team-notices", PCC, PETERBOROUGH));
        assertTrue(rules.isEnabled("reflection", CCC, CAMBRIDGE));
        assertFalse(rules.isEnabled("reflection", PCC, PETERBOROUGH));
    }

    @Test
    void unknownModulesAndUsersWithoutAnAuthorityGetNothing() {
        assertFalse(rules.isEnabled("fostering", CCC, FENLAND));
        assertFalse(rules.isEnabled("team-notices", null, FENLAND));
    }

    @Test
    void enablementGathersTheRowsOfOneAuthority() {
        Enablement notices = rules.enablement("team-notices", CCC);
        assertFalse(notices.authorityWide());
        assertEquals(Set.of(FENLAND, HUNTS), notices.districtIds());
        assertFalse(rules.enablement("fostering", CCC).enabledAnywhere());
    }

    @Test
    void anEnablementIsStoredAsOneRowWithoutDistrictOrOneRowPerDistrict() {
        assertEquals(List.of(new Row("x", CCC, null)),
                EnablementRules.rowsFor(new Enablement("x", CCC, true, Set.of(FENLAND))));
        assertEquals(List.of(new Row("x", CCC, FENLAND), new Row("x", CCC, HUNTS)),
                EnablementRules.rowsFor(new Enablement("x", CCC, false, Set.of(HUNTS, FENLAND))));
        assertEquals(List.of(), EnablementRules.rowsFor(EnablementRules.nowhere("x", CCC)));
    }

    @Test
    void disablingOneDistrictOfAWholeAuthorityLeavesTheOthersOn() {
        Enablement wide = new Enablement("x", CCC, true, Set.of());
        Enablement after = EnablementRules.withoutDistricts(wide, Set.of(FENLAND), List.of(CAMBRIDGE, FENLAND, HUNTS));
        assertFalse(after.authorityWide());
        assertEquals(Set.of(CAMBRIDGE, HUNTS), after.districtIds());

        Enablement some = new Enablement("x", CCC, false, Set.of(FENLAND, HUNTS));
        assertEquals(Set.of(HUNTS), EnablementRules.withoutDistricts(some, Set.of(FENLAND), List.of()).districtIds());
    }

    @Test
    void describesWhereInWords() {
        assertEquals("whole authority", EnablementRules.describe(new Enablement("x", CCC, true, Set.of()), NAMES::get));
        assertEquals("Fenland, Huntingdonshire",
                EnablementRules.describe(new Enablement("x", CCC, false, Set.of(HUNTS, FENLAND)), NAMES::get));
        assertEquals("nowhere", EnablementRules.describe(EnablementRules.nowhere("x", CCC), NAMES::get));
        assertEquals("Not enabled", ModulesText.where(EnablementRules.nowhere("x", CCC), NAMES));
        assertEquals("Whole authority", ModulesText.where(new Enablement("x", CCC, true, Set.of()), NAMES));
    }
}
