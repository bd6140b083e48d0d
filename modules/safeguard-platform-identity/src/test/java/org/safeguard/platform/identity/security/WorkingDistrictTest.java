package org.safeguard.platform.identity.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.organisation.TeamType;

class WorkingDistrictTest {

    private static final long FENLAND = 4;
    private static final long HUNTINGDONSHIRE = 5;
    private static final Team FENLAND_FS1 = new Team(10, 1, FENLAND, "Fenland Family Safeguarding team 1", TeamType.FAMILY_SAFEGUARDING);
    private static final Team HUNTS_FS1 = new Team(11, 1, HUNTINGDONSHIRE, "Huntingdonshire Family Safeguarding team 1", TeamType.FAMILY_SAFEGUARDING);
    private static final Team QUALITY = new Team(12, 1, null, "Quality assurance", TeamType.QUALITY_ASSURANCE);

    @Test
    void aUserWorksInTheDistrictTheyChoseWhenTheyHaveATeamThere() {
        assertEquals(HUNTINGDONSHIRE, WorkingDistrict.choose(HUNTINGDONSHIRE, List.of(FENLAND_FS1, HUNTS_FS1)));
    }

    @Test
    void aDistrictWithoutTheirTeamFallsBackToTheirHomeTeamsDistrict() {
        assertEquals(FENLAND, WorkingDistrict.choose(HUNTINGDONSHIRE, List.of(FENLAND_FS1)));
        assertEquals(FENLAND, WorkingDistrict.choose(null, List.of(FENLAND_FS1, HUNTS_FS1)));
    }

    @Test
    void aUserOfAnAuthorityWideTeamWorksInNoDistrict() {
        assertNull(WorkingDistrict.choose(null, List.of(QUALITY)));
        assertNull(WorkingDistrict.choose(FENLAND, List.of(QUALITY)));
        assertNull(WorkingDistrict.choose(null, List.of()));
    }
}
