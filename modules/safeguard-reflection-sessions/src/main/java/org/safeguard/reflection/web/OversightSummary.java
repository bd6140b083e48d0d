package org.safeguard.reflection.web;

import java.time.LocalDate;
import java.util.List;

import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.reflection.model.ReflectionSettings;
import org.safeguard.reflection.rules.Coverage;
import org.safeguard.reflection.service.ReflectionServices;
import org.safeguard.reflection.service.TeamOversight;

/**
 * A team's coverage and drift in one line, for the team's calendar and the module's home page;
 * public for the template engine.
 *
 * @param percent null when the team has no open families
 */
public record OversightSummary(long teamId, Integer percent, int discussedWithin, int openFamilies, int overdue,
                               int drifting, int intervalWeeks) {

    public String coverageHref() {
        return "/reflection/teams/" + teamId + "/coverage";
    }

    public String driftHref() {
        return "/reflection/teams/" + teamId + "/drift";
    }

    static OversightSummary of(ReflectionServices services, Team team, CurrentUser user, LocalDate today) {
        ReflectionSettings settings = services.settings().forAuthority(team.authorityId());
        List<TeamOversight.OpenFamily> families = services.oversight().openFamilies(team.id(), user);
        Coverage.Result coverage = services.oversight().coverage(team.authorityId(), families, today, settings);
        int drifting = services.oversight().drift(team.authorityId(), families, today, settings).size();
        return new OversightSummary(team.id(), coverage.percent(), coverage.discussedWithin(), coverage.openFamilies(),
                coverage.overdueCount(), drifting, settings.intervalWeeks());
    }
}
