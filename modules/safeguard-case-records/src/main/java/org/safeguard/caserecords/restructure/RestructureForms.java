package org.safeguard.caserecords.restructure;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.safeguard.platform.api.web.FormDates;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.organisation.District;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.organisation.StaffMember;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.WebRequest;

/**
 * Reads and checks the three restructure forms against the administrator's own authority: every
 * team, district and worker must be one of its current ones (anything else is simply "select
 * one"), and the change takes effect today or within the last year.
 */
final class RestructureForms {

    static final String TEAM = "team";
    static final String DISTRICT = "district";
    static final String FROM_TEAM = "fromTeam";
    static final String INTO_TEAM = "intoTeam";
    static final String FROM_WORKER = "fromWorker";
    static final String TO_WORKER = "toWorker";
    static final String TO_TEAM = "toTeam";
    static final String ONLY_TEAM = "onlyTeam";
    static final String CO_WORKER_CASES = "coWorkerCases";
    static final String REASON = "reason";
    static final String EFFECTIVE = "effectiveOn";

    static final int REASON_MAX = 200;

    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** A form read: the request when valid, the errors otherwise, and what was typed either way. */
    record Read<T>(T request, FormErrors errors, Map<String, String> values) {

        boolean valid() {
            return request != null;
        }
    }

    private final OrganisationDirectory directory;
    private final long authorityId;
    private final LocalDate today;

    RestructureForms(OrganisationDirectory directory, long authorityId, LocalDate today) {
        this.directory = directory;
        this.authorityId = authorityId;
        this.today = today;
    }

    static String display(LocalDate date) {
        return DISPLAY.format(date);
    }

    /** The authority's current teams (a merged team is no longer listed), by name. */
    List<Team> teams() {
        return directory.teams(authorityId).stream()
                .filter(t -> t.authorityId() == authorityId)
                .sorted(Comparator.comparing(Team::name).thenComparing(Team::id))
                .toList();
    }

    List<District> districts() {
        return directory.districts(authorityId).stream().filter(d -> d.authorityId() == authorityId).toList();
    }

    /** Staff with a role in one of the authority's current teams, by name. */
    List<StaffMember> members() {
        List<Long> teamIds = teams().stream().map(Team::id).toList();
        return directory.staff(authorityId).stream()
                .filter(s -> s.authorityId() == authorityId)
                .filter(s -> s.teamRoles().stream().anyMatch(r -> teamIds.contains(r.teamId())))
                .sorted(Comparator.comparing(StaffMember::displayName).thenComparing(StaffMember::id))
                .toList();
    }

    /** Where a team is, as people say it: its district's name or "authority-wide". */
    String whereIs(Team team) {
        if (team.districtId() == null) {
            return RestructureService.AUTHORITY_WIDE;
        }
        return districts().stream().filter(d -> d.id() == team.districtId()).map(District::name).findFirst()
                .orElse("district " + team.districtId());
    }

    Read<RestructureService.TeamMove> move(WebRequest request) {
        Map<String, String> values = values(request, TEAM, DISTRICT);
        FormErrors errors = new FormErrors();
        Optional<Team> team = team(request, TEAM, "Select the team to move", errors);
        Optional<District> district = Ids.form(request, DISTRICT)
                .flatMap(id -> districts().stream().filter(d -> d.id() == id).findFirst());
        if (district.isEmpty()) {
            errors.add(DISTRICT, "Select the district the team is moving to");
        } else if (team.isPresent() && Objects.equals(team.get().districtId(), district.get().id())) {
            errors.add(DISTRICT, team.get().name() + " is already in " + district.get().name()
                    + ". Select the district it is moving to");
        }
        Optional<LocalDate> on = effectiveOn(request, errors);
        if (!errors.isEmpty()) {
            return new Read<>(null, errors, values);
        }
        return new Read<>(new RestructureService.TeamMove(authorityId, team.get(), whereIs(team.get()),
                district.get(), on.get()), errors, values);
    }

    Read<RestructureService.TeamMerge> merge(WebRequest request) {
        Map<String, String> values = values(request, FROM_TEAM, INTO_TEAM);
        FormErrors errors = new FormErrors();
        Optional<Team> from = team(request, FROM_TEAM, "Select the team that is closing", errors);
        Optional<Team> into = team(request, INTO_TEAM, "Select the team it merges into", errors);
        if (from.isPresent() && into.isPresent() && from.get().id() == into.get().id()) {
            errors.add(INTO_TEAM, "Select a different team to merge into: a team cannot merge into itself");
        }
        Optional<LocalDate> on = effectiveOn(request, errors);
        if (!errors.isEmpty()) {
            return new Read<>(null, errors, values);
        }
        return new Read<>(new RestructureService.TeamMerge(authorityId, from.get(), into.get(), on.get()), errors, values);
    }

    Read<RestructureService.Reassignment> reassign(WebRequest request) {
        Map<String, String> values = values(request, FROM_WORKER, TO_WORKER, TO_TEAM, ONLY_TEAM, REASON);
        boolean coWorkerCases = request.form(CO_WORKER_CASES).filter("yes"::equals).isPresent();
        values.put(CO_WORKER_CASES, coWorkerCases ? "yes" : "");
        FormErrors errors = new FormErrors();
        List<StaffMember> members = members();
        Optional<StaffMember> from = Ids.form(request, FROM_WORKER)
                .flatMap(id -> members.stream().filter(s -> s.id() == id).findFirst());
        if (from.isEmpty()) {
            errors.add(FROM_WORKER, "Select the worker whose cases are to be reassigned");
        }
        Optional<StaffMember> to = Ids.form(request, TO_WORKER)
                .flatMap(id -> members.stream().filter(s -> s.id() == id).findFirst());
        Optional<Team> toTeam = team(request, TO_TEAM, "Select the team the cases move to", errors);
        if (to.isEmpty()) {
            errors.add(TO_WORKER, "Select the worker who will hold the cases");
        } else if (from.isPresent() && from.get().id() == to.get().id()) {
            errors.add(TO_WORKER, "Select a different worker to reassign the cases to");
        } else if (!to.get().active()) {
            errors.add(TO_WORKER, to.get().displayName() + "'s account is closed. Select someone who is working");
        } else if (toTeam.isPresent() && !RestructureService.holdsCases(to.get(), toTeam.get())) {
            errors.add(TO_WORKER, to.get().displayName() + " does not hold cases in " + toTeam.get().name()
                    + ". Select someone with a case-holding role in that team");
        }
        Team onlyTeam = null;
        if (!values.get(ONLY_TEAM).isEmpty()) {
            onlyTeam = team(request, ONLY_TEAM, "Select one of the teams, or all teams", errors).orElse(null);
        }
        String reason = values.get(REASON);
        if (reason.isEmpty()) {
            errors.add(REASON, "Enter why the cases are being reassigned");
        } else if (reason.length() > REASON_MAX) {
            errors.add(REASON, "Reason must be " + REASON_MAX + " characters or fewer");
        }
        Optional<LocalDate> on = effectiveOn(request, errors);
        if (!errors.isEmpty()) {
            return new Read<>(null, errors, values);
        }
        return new Read<>(new RestructureService.Reassignment(authorityId, from.get(), to.get(), toTeam.get(), onlyTeam,
                coWorkerCases, on.get(), reason), errors, values);
    }

    /** A blank form: the effective date defaults to today. */
    Map<String, String> blank(String... fields) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : fields) {
            values.put(field, "");
        }
        values.put(EFFECTIVE + "Day", String.valueOf(today.getDayOfMonth()));
        values.put(EFFECTIVE + "Month", String.valueOf(today.getMonthValue()));
        values.put(EFFECTIVE + "Year", String.valueOf(today.getYear()));
        return values;
    }

    private Optional<Team> team(WebRequest request, String field, String message, FormErrors errors) {
        Optional<Team> team = Ids.form(request, field).flatMap(id -> teams().stream().filter(t -> t.id() == id).findFirst());
        if (team.isEmpty()) {
            errors.add(field, message);
        }
        return team;
    }

    private Optional<LocalDate> effectiveOn(WebRequest request, FormErrors errors) {
        Optional<LocalDate> on = FormDates.read(request, EFFECTIVE, "date the change takes effect", true, errors);
        FormDates.notInFuture(on, today, EFFECTIVE, "date the change takes effect", errors);
        if (on.isPresent() && on.get().isBefore(today.minusYears(1))) {
            errors.add(EFFECTIVE + "Day", "The date the change takes effect must be within the last year");
        }
        return errors.has(EFFECTIVE + "Day") ? Optional.empty() : on;
    }

    private static Map<String, String> values(WebRequest request, String... fields) {
        Map<String, String> values = new HashMap<>();
        for (String field : fields) {
            values.put(field, request.form(field).orElse(""));
        }
        for (String part : List.of("Day", "Month", "Year")) {
            values.put(EFFECTIVE + part, request.form(EFFECTIVE + part).orElse(""));
        }
        return values;
    }
}
