package org.safeguard.reflection.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.safeguard.platform.api.organisation.StaffMember;
import org.safeguard.platform.api.security.Role;

/**
 * A clinician's time with each of their teams. The organisation says which teams a clinician works
 * in (their CLINICIAN roles) and their FTE; managers and administrators record how that time is
 * shared and may detach a clinician from a team's sessions. Until they do, a clinician is attached
 * to every team they are in, their FTE shared equally (0.5 FTE in one team is 0.5 there, as the
 * seeds' units had: 000 §1.4).
 */
public final class ClinicianTime {

    /** One team of a clinician's, as it stands now. {@code recorded} false: the organisation's default. */
    public record TeamTime(long teamId, boolean attached, BigDecimal fte, boolean recorded) {}

    /** A stored choice for one team. */
    public record Recorded(boolean attached, BigDecimal fte) {}

    private ClinicianTime() {
    }

    /** The teams where the staff member holds the clinician role, in the order of their roles. */
    public static List<Long> clinicianTeams(StaffMember member) {
        return member.teamRoles().stream()
                .filter(r -> r.role() == Role.CLINICIAN)
                .map(StaffMember.TeamRole::teamId)
                .distinct()
                .toList();
    }

    /** Each of their clinician teams with a recorded choice or the default. */
    public static List<TeamTime> of(StaffMember clinician, Map<Long, Recorded> recorded) {
        List<Long> teams = clinicianTeams(clinician);
        BigDecimal share = defaultShare(clinician.fte(), teams.size());
        List<TeamTime> times = new ArrayList<>();
        for (long teamId : teams) {
            Recorded choice = recorded.get(teamId);
            times.add(choice == null ? new TeamTime(teamId, true, share, false)
                    : new TeamTime(teamId, choice.attached(), choice.fte(), true));
        }
        return times;
    }

    /** Their FTE shared equally between {@code teams}, rounded down to hundredths so the parts never exceed it. */
    public static BigDecimal defaultShare(BigDecimal fte, int teams) {
        if (fte == null || teams == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return fte.divide(BigDecimal.valueOf(teams), 2, RoundingMode.DOWN);
    }

    /** The time of the attached teams added up. */
    public static BigDecimal total(Collection<TeamTime> times) {
        return times.stream().filter(TeamTime::attached).map(TeamTime::fte)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }
}
