package org.safeguard.reflection.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.organisation.StaffMember;
import org.safeguard.platform.api.security.Role;

class ClinicianTimeTest {

    private static StaffMember clinician(String fte, long... teams) {
        List<StaffMember.TeamRole> roles = new java.util.ArrayList<>();
        for (long team : teams) {
            roles.add(new StaffMember.TeamRole(team, Role.CLINICIAN));
        }
        roles.add(new StaffMember.TeamRole(99, Role.SOCIAL_WORKER));
        return new StaffMember(5, 1, "clin", "Dr Clinician", new BigDecimal(fte), true, roles);
    }

    @Test
    void aClinicianInOneTeamIsAttachedToItWithAllTheirTime() {
        List<ClinicianTime.TeamTime> times = ClinicianTime.of(clinician("0.50", 10), Map.of());

        assertEquals(List.of(new ClinicianTime.TeamTime(10, true, new BigDecimal("0.50"), false)), times);
    }

    @Test
    void timeIsSharedEquallyRoundedDownSoThePartsNeverExceedTheWhole() {
        List<ClinicianTime.TeamTime> times = ClinicianTime.of(clinician("1.00", 10, 11, 12), Map.of());

        assertEquals(List.of(10L, 11L, 12L), times.stream().map(ClinicianTime.TeamTime::teamId).toList());
        times.forEach(t -> assertEquals(new BigDecimal("0.33"), t.fte()));
        assertEquals(new BigDecimal("0.99"), ClinicianTime.total(times));
    }

    @Test
    void whatAManagerRecordedWinsAndADetachedTeamDoesNotCount() {
        List<ClinicianTime.TeamTime> times = ClinicianTime.of(clinician("1.00", 10, 11), Map.of(
                10L, new ClinicianTime.Recorded(true, new BigDecimal("0.70")),
                11L, new ClinicianTime.Recorded(false, new BigDecimal("0.30"))));

        assertEquals(new ClinicianTime.TeamTime(10, true, new BigDecimal("0.70"), true), times.get(0));
        assertEquals(new ClinicianTime.TeamTime(11, false, new BigDecimal("0.30"), true), times.get(1));
        assertEquals(new BigDecimal("0.70"), ClinicianTime.total(times));
    }

    @Test
    void onlyClinicianRolesMakeTeams() {
        assertEquals(List.of(10L), ClinicianTime.clinicianTeams(clinician("0.5", 10)));
        assertEquals(List.of(), ClinicianTime.of(clinician("0.5"), Map.of()));
    }
}
