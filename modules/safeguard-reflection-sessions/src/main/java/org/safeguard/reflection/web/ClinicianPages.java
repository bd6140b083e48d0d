package org.safeguard.reflection.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.platform.api.organisation.StaffMember;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.Role;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.Ids;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.api.web.WebRequest;
import org.safeguard.reflection.ReflectionSessionsModule;
import org.safeguard.reflection.rules.ClinicianTime;
import org.safeguard.reflection.service.ReflectionServices;

/**
 * Clinicians and their time with each team. The organisation says which teams a clinician is in
 * and their FTE; here a team manager (for their own teams) or an authority administrator (for
 * every team) records how the time is shared and whether the clinician runs the team's sessions.
 * A clinician outside the user's reach is "not found".
 */
@Component(service = RouteContribution.class)
public class ClinicianPages implements RouteContribution {

    static final String LIST = "reflection-sessions/clinicians";
    static final String EDIT = "reflection-sessions/clinician";

    @Reference
    private ReflectionServices services;

    public ClinicianPages() {
    }

    /** For tests. */
    ClinicianPages(ReflectionServices services) {
        this.services = services;
    }

    @Override
    public String moduleId() {
        return ReflectionSessionsModule.MODULE_ID;
    }

    @Override
    public List<Route> routes() {
        String permission = ReflectionSessionsModule.CLINICIANS;
        return List.of(
                Route.get("/reflection/clinicians", permission, this::list),
                Route.get("/reflection/clinicians/{clinicianId}", permission, this::edit),
                Route.post("/reflection/clinicians/{clinicianId}", permission, this::save));
    }

    /** A clinician in the list; public for the template engine. */
    public record Row(long id, String name, String contracted, List<String> teams, String total, boolean overcommitted,
                      String href) {}

    PageResult list(WebRequest request) {
        CurrentUser user = request.user();
        if (user.authorityId() == null) {
            return PageResult.notFound();
        }
        Map<Long, String> teamNames = teamNames(user.authorityId());
        Map<Long, Map<Long, ClinicianTime.Recorded>> recorded = services.attachments().forAuthority(user.authorityId());
        List<Row> rows = new ArrayList<>();
        for (StaffMember clinician : clinicians(user)) {
            List<ClinicianTime.TeamTime> times = ClinicianTime.of(clinician,
                    recorded.getOrDefault(clinician.id(), Map.of()));
            List<String> teams = times.stream().map(t -> teamNames.getOrDefault(t.teamId(), "Team " + t.teamId()) + ": "
                    + (t.attached() ? Words.fte(t.fte()) : "not attached")).toList();
            BigDecimal total = ClinicianTime.total(times);
            rows.add(new Row(clinician.id(), clinician.displayName(), Words.fte(clinician.fte()), teams,
                    Words.fte(total), clinician.fte() != null && total.compareTo(clinician.fte()) > 0,
                    "/reflection/clinicians/" + clinician.id()));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("clinicians", rows);
        model.put("authorityWide", authorityWide(user));
        request.query("done").filter("saved"::equals).ifPresent(d -> model.put("banner", "Clinician's time saved"));
        return PageResult.page(LIST, "Clinicians and their time", model);
    }

    PageResult edit(WebRequest request) {
        CurrentUser user = request.user();
        Optional<StaffMember> clinician = clinician(request);
        if (clinician.isEmpty()) {
            return PageResult.notFound();
        }
        ClinicianTimeForm form = new ClinicianTimeForm(currentRows(user, clinician.get()));
        return PageResult.page(EDIT, "Change " + clinician.get().displayName() + "'s time",
                model(clinician.get(), form, new FormErrors()));
    }

    PageResult save(WebRequest request) {
        CurrentUser user = request.user();
        Optional<StaffMember> found = clinician(request);
        if (found.isEmpty()) {
            return PageResult.notFound();
        }
        StaffMember clinician = found.get();
        List<ClinicianTimeForm.Row> current = currentRows(user, clinician);
        Set<String> attached = Set.copyOf(request.formValues(ClinicianTimeForm.ATTACHED));
        List<ClinicianTimeForm.Row> typed = new ArrayList<>();
        for (ClinicianTimeForm.Row row : current) {
            // only the teams this user may change are read from the form; the rest stay as they are
            typed.add(row.editable()
                    ? new ClinicianTimeForm.Row(row.teamId(), row.teamName(), true,
                            attached.contains(String.valueOf(row.teamId())), request.form(row.field()).orElse(""))
                    : row);
        }
        ClinicianTimeForm form = new ClinicianTimeForm(typed);
        FormErrors errors = form.validate(clinician.fte(), clinician.displayName());
        if (!errors.isEmpty()) {
            return PageResult.invalid(EDIT, "Error: Change " + clinician.displayName() + "'s time",
                    model(clinician, form, errors));
        }
        Map<Long, BigDecimal> before = new HashMap<>();
        ClinicianTime.of(clinician, services.attachments().forAuthority(clinician.authorityId())
                .getOrDefault(clinician.id(), Map.of())).forEach(t -> before.put(t.teamId(), t.fte()));
        Map<Long, ClinicianTime.Recorded> choices = form.choices(before);
        services.attachments().save(clinician.authorityId(), clinician.id(), choices, user.userId(),
                services.clock().instant());
        String detail = choices.entrySet().stream()
                .map(e -> "team=" + e.getKey() + " attached=" + e.getValue().attached() + " fte=" + e.getValue().fte())
                .collect(Collectors.joining("; "));
        services.auditLog().record(user, request.remoteAddress(), "reflection.clinician.change", "user",
                String.valueOf(clinician.id()), detail);
        return PageResult.redirect("/reflection/clinicians?done=saved");
    }

    /** Administrators see the authority's clinicians; managers those in their own teams. */
    private List<StaffMember> clinicians(CurrentUser user) {
        return services.organisation().staff(user.authorityId()).stream()
                .filter(StaffMember::active)
                .filter(s -> !ClinicianTime.clinicianTeams(s).isEmpty())
                .filter(s -> authorityWide(user) || ClinicianTime.clinicianTeams(s).stream().anyMatch(t -> editable(user, t)))
                .sorted(Comparator.comparing(StaffMember::displayName).thenComparing(StaffMember::id))
                .toList();
    }

    private Optional<StaffMember> clinician(WebRequest request) {
        CurrentUser user = request.user();
        if (user.authorityId() == null) {
            return Optional.empty();
        }
        return Ids.path(request, "clinicianId")
                .flatMap(id -> services.organisation().staffMember(id))
                .filter(s -> Objects.equals(s.authorityId(), user.authorityId()) && s.active())
                .filter(s -> clinicians(user).stream().anyMatch(c -> c.id() == s.id()));
    }

    private List<ClinicianTimeForm.Row> currentRows(CurrentUser user, StaffMember clinician) {
        List<ClinicianTime.TeamTime> times = ClinicianTime.of(clinician,
                services.attachments().forClinician(clinician.authorityId(), clinician.id()));
        return ClinicianTimeForm.current(times, teamNames(clinician.authorityId()), teamId -> editable(user, teamId));
    }

    private boolean editable(CurrentUser user, long teamId) {
        if (authorityWide(user)) {
            return services.organisation().team(teamId).filter(t -> Objects.equals(t.authorityId(), user.authorityId()))
                    .isPresent();
        }
        return services.teams().usersTeam(user, teamId).isPresent()
                && services.teams().holds(user, teamId, Role.TEAM_MANAGER);
    }

    private static boolean authorityWide(CurrentUser user) {
        return user.hasRole(Role.AUTHORITY_ADMINISTRATOR) || user.hasRole(Role.SYSTEM_ADMINISTRATOR);
    }

    private Map<Long, String> teamNames(long authorityId) {
        Map<Long, String> names = new HashMap<>();
        for (Team team : services.organisation().teams(authorityId)) {
            names.put(team.id(), team.name());
        }
        return names;
    }

    private Map<String, Object> model(StaffMember clinician, ClinicianTimeForm form, FormErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("clinician", clinician);
        model.put("contracted", Words.fte(clinician.fte()));
        Map<String, String> byField = errors.byField();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ClinicianTimeForm.Row row : form.rows()) {
            Map<String, Object> view = new HashMap<>();
            view.put("row", row);
            view.put("error", byField.get(row.field()));
            rows.add(view);
        }
        model.put("rows", rows);
        model.put("anyEditable", form.rows().stream().anyMatch(ClinicianTimeForm.Row::editable));
        if (!errors.isEmpty()) {
            model.put("errors", errors.toModel());
        }
        return model;
    }
}
