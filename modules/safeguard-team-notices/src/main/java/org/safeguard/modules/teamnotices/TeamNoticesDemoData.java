package org.safeguard.modules.teamnotices;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.platform.api.demo.DemoDataContributor;
import org.safeguard.platform.api.organisation.Authority;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.organisation.StaffMember;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.organisation.TeamType;
import org.safeguard.platform.api.security.Role;
import org.safeguard.platform.api.time.CouncilClock;

/**
 * Notices for the demo county, so the page has something true-to-life on first sign-in. The
 * platform calls this once per authority and records it, so nothing here guards against seeding twice.
 */
@Component(service = DemoDataContributor.class)
public class TeamNoticesDemoData implements DemoDataContributor {

    @Reference(target = "(safeguard.unit=safeguard-team-notices)")
    private EntityManagerFactory entityManagerFactory;

    private final CouncilClock clock = CouncilClock.system();

    @Override
    public String moduleId() {
        return TeamNoticesModule.MODULE_ID;
    }

    @Override
    public void seed(Authority authority, OrganisationDirectory directory) {
        Instant now = clock.instant();
        LocalDate today = clock.today();
        List<TeamNotice> notices = new ArrayList<>();
        for (Team team : directory.teams(authority.id())) {
            if (team.type() != TeamType.FAMILY_SAFEGUARDING) {
                continue;
            }
            // Notices need a real poster; a team nobody manages yet simply gets none.
            Optional<StaffMember> manager = poster(directory.teamMembers(team.id()), team.id());
            if (manager.isEmpty()) {
                continue;
            }
            StaffMember poster = manager.get();
            notices.add(notice(team, poster, "Duty cover this week",
                    "Duty this week: Monday and Tuesday Sam, Wednesday and Thursday Priya, Friday Jo.\n"
                            + "If you cannot cover your day, swap with a colleague and let business support know "
                            + "so the rota on the wall is right.",
                    now.minus(Duration.ofDays(1)), today.plusDays(6)));
            notices.add(notice(team, poster, "Reflective group supervision moved to Thursday",
                    "This week's group case discussion with the clinician is on Thursday at 10am instead of "
                            + "Wednesday, in the usual room.\n"
                            + "Please bring an update on every family you hold, including risks and what has changed.",
                    now.minus(Duration.ofHours(5)), today.plusDays(3)));
            notices.add(notice(team, poster, "Reminder: record visits within 24 hours",
                    "Please write up home visits within 24 hours, including whether the child was seen "
                            + "alone and what they told you in their own words.",
                    now.minus(Duration.ofDays(4)), null));
        }
        // One transaction for the authority: a failure part-way must leave no half-seeded boards behind.
        new TeamNoticeRepository(entityManagerFactory).postAll(notices);
    }

    /** The team manager if there is one, else business support: the people who post notices. */
    private static Optional<StaffMember> poster(List<StaffMember> members, long teamId) {
        return members.stream()
                .filter(StaffMember::active)
                .filter(member -> holds(member, teamId, Role.TEAM_MANAGER) || holds(member, teamId, Role.BUSINESS_SUPPORT))
                .min(Comparator.comparing((StaffMember member) -> !holds(member, teamId, Role.TEAM_MANAGER)));
    }

    private static boolean holds(StaffMember member, long teamId, Role role) {
        return member.teamRoles().stream().anyMatch(r -> r.teamId() == teamId && r.role() == role);
    }

    private static TeamNotice notice(Team team, StaffMember poster, String title, String body,
                                     Instant postedAt, LocalDate expiresOn) {
        return new TeamNotice(team.authorityId(), team.id(), title, body, poster.id(), poster.displayName(),
                postedAt, expiresOn);
    }
}
