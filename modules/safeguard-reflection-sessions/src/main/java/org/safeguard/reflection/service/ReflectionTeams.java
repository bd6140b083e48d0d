package org.safeguard.reflection.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.organisation.StaffMember;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.Role;
import org.safeguard.reflection.ReflectionSessionsModule;
import org.safeguard.reflection.data.AttachmentRepository;
import org.safeguard.reflection.rules.ClinicianTime;

/**
 * The teams a user works with on this module's pages, and who is in them. A user acts only for
 * teams they hold a role in, in their own authority, where the module is enabled for the team's own
 * district (the web host has only checked the district they work in today); any other team is
 * "not found". Clinicians come from the organisation (their CLINICIAN roles) with the time and
 * attachment managers have recorded.
 */
public final class ReflectionTeams {

    /** A member of a team with their most senior role in it (Role's order runs from most senior). */
    public record Member(long userId, String name, Role role) {

        public String roleLabel() {
            return role.label();
        }
    }

    /** A clinician of a team and their time with it. */
    public record Clinician(long userId, String name, BigDecimal fte, boolean attached) {}

    private final OrganisationDirectory organisation;
    private final ModuleEnablement enablement;
    private final AttachmentRepository attachments;

    public ReflectionTeams(OrganisationDirectory organisation, ModuleEnablement enablement,
                           AttachmentRepository attachments) {
        this.organisation = organisation;
        this.enablement = enablement;
        this.attachments = attachments;
    }

    /** The user's own teams where the module is enabled, by name. */
    public List<Team> usersTeams(CurrentUser user) {
        return user.teamIds().stream()
                .map(organisation::team)
                .flatMap(Optional::stream)
                .filter(team -> Objects.equals(team.authorityId(), user.authorityId()))
                .filter(this::enabled)
                .sorted(Comparator.comparing(Team::name).thenComparing(Team::id))
                .toList();
    }

    /** One of the user's own teams, or empty: the page answers 404. */
    public Optional<Team> usersTeam(CurrentUser user, long teamId) {
        if (!user.teamIds().contains(teamId)) {
            return Optional.empty();
        }
        return organisation.team(teamId)
                .filter(team -> Objects.equals(team.authorityId(), user.authorityId()))
                .filter(this::enabled);
    }

    public boolean enabled(Team team) {
        return enablement.isEnabled(ReflectionSessionsModule.MODULE_ID, team.authorityId(), team.districtId());
    }

    /** Does the user hold this role in this team (not just somewhere)? */
    public boolean holds(CurrentUser user, long teamId, Role role) {
        return user.userId() != null && organisation.staffMember(user.userId())
                .map(member -> member.teamRoles().stream().anyMatch(r -> r.teamId() == teamId && r.role() == role))
                .orElse(false);
    }

    /**
     * The team's active practitioners (managers, social workers, children's and adult practitioners,
     * clinicians): who attends sessions and may own actions. Adult practitioners are members of the
     * team in the organisation whether or not the Family Safeguarding module is installed.
     */
    public List<Member> practitioners(long teamId) {
        List<Member> members = new ArrayList<>();
        for (StaffMember staff : organisation.teamMembers(teamId)) {
            if (!staff.active()) {
                continue;
            }
            staff.teamRoles().stream()
                    .filter(r -> r.teamId() == teamId && ReflectionSessionsModule.PRACTITIONERS.contains(r.role()))
                    .map(StaffMember.TeamRole::role)
                    .min(Comparator.naturalOrder())
                    .ifPresent(role -> members.add(new Member(staff.id(), staff.displayName(), role)));
        }
        members.sort(Comparator.comparing((Member m) -> m.role().ordinal()).thenComparing(Member::name)
                .thenComparing(Member::userId));
        return members;
    }

    public Optional<Member> practitioner(long teamId, long userId) {
        return practitioners(teamId).stream().filter(m -> m.userId() == userId).findFirst();
    }

    /** The team's active clinicians with their time; {@code attached} false when a manager has detached them. */
    public List<Clinician> clinicians(Team team) {
        List<Clinician> clinicians = new ArrayList<>();
        for (StaffMember staff : organisation.teamMembers(team.id())) {
            if (!staff.active() || !ClinicianTime.clinicianTeams(staff).contains(team.id())) {
                continue;
            }
            Map<Long, ClinicianTime.Recorded> recorded = attachments.forClinician(team.authorityId(), staff.id());
            ClinicianTime.of(staff, recorded).stream()
                    .filter(t -> t.teamId() == team.id())
                    .findFirst()
                    .ifPresent(t -> clinicians.add(new Clinician(staff.id(), staff.displayName(), t.fte(), t.attached())));
        }
        clinicians.sort(Comparator.comparing(Clinician::name).thenComparing(Clinician::userId));
        return clinicians;
    }

    /** The clinicians who may facilitate the team's sessions: those attached to it. */
    public List<Clinician> facilitators(Team team) {
        return clinicians(team).stream().filter(Clinician::attached).toList();
    }

    public Optional<String> staffName(long userId) {
        return organisation.staffMember(userId).map(StaffMember::displayName);
    }
}
