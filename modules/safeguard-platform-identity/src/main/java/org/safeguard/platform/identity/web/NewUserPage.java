package org.safeguard.platform.identity.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.PersistenceException;

import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.organisation.Authority;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.organisation.Team;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.Role;
import org.safeguard.platform.api.web.FormErrors;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.WebRequest;
import org.safeguard.platform.identity.NewStaffForm;
import org.safeguard.platform.identity.StaffAdministration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** GET and POST /admin/users/new: an administrator adds a user to their own authority. */
final class NewUserPage {

    private static final Logger LOG = LoggerFactory.getLogger(NewUserPage.class);
    private static final String TEMPLATE = "organisation/new-user";
    private static final String TITLE = "Add a user";

    private final OrganisationDirectory directory;
    private final StaffAdministration administration;
    private final AuditLog auditLog;

    NewUserPage(OrganisationDirectory directory, StaffAdministration administration, AuditLog auditLog) {
        this.directory = directory;
        this.administration = administration;
        this.auditLog = auditLog;
    }

    PageResult show(WebRequest request) {
        Optional<Authority> authority = ownAuthority(request.user());
        if (authority.isEmpty()) {
            return PageResult.forbidden();
        }
        Map<String, String> values = Map.of("username", "", "displayName", "", "team", "", "role", "", "fte", "1.0");
        return PageResult.page(TEMPLATE, TITLE, model(request.user(), authority.get(), values, null));
    }

    PageResult submit(WebRequest request) {
        CurrentUser user = request.user();
        Optional<Authority> found = ownAuthority(user);
        if (found.isEmpty()) {
            return PageResult.forbidden();
        }
        Authority authority = found.get();
        List<Team> teams = directory.teams(authority.id());
        Function<String, Optional<String>> field = request::form;
        NewStaffForm.Outcome outcome = NewStaffForm.validate(field, teams, rolesFor(user), administration::usernameTaken);
        if (outcome.staff().isEmpty()) {
            return PageResult.invalid(TEMPLATE, "Error: " + TITLE, model(user, authority, NewStaffForm.values(field), outcome.errors()));
        }
        NewStaffForm.NewStaff staff = outcome.staff().get();
        long accountId;
        try {
            accountId = administration.create(staff, authority.id());
        } catch (PersistenceException e) {
            // another administrator took the username between the check and the save
            LOG.info("New user {} not saved: {}", staff.username(), e.getMessage());
            FormErrors errors = new FormErrors().add("username", "A user with that username already exists");
            return PageResult.invalid(TEMPLATE, "Error: " + TITLE, model(user, authority, NewStaffForm.values(field), errors));
        }
        String teamName = teams.stream().filter(t -> t.id() == staff.teamId()).map(Team::name).findFirst().orElse("?");
        AuthorityAudit.record(auditLog, user, authority.id(), request.remoteAddress(), "user.create", "staff-account",
                Long.toString(accountId),
                "Added " + staff.username() + " (" + staff.displayName() + ") as " + staff.role().label()
                        + " in " + teamName + ", " + staff.fte().toPlainString() + " FTE");
        return PageResult.redirect("/admin/organisation");
    }

    private Optional<Authority> ownAuthority(CurrentUser user) {
        return user.authorityId() == null ? Optional.empty() : directory.authority(user.authorityId());
    }

    /** Only a system administrator can make another. */
    private static List<Role> rolesFor(CurrentUser user) {
        return Arrays.stream(Role.values())
                .filter(r -> r != Role.SYSTEM_ADMINISTRATOR || user.hasRole(Role.SYSTEM_ADMINISTRATOR))
                .toList();
    }

    private Map<String, Object> model(CurrentUser user, Authority authority, Map<String, String> values, FormErrors errors) {
        Map<String, String> districtNames = new HashMap<>();
        directory.districts(authority.id()).forEach(d -> districtNames.put(Long.toString(d.id()), d.name()));
        List<Map<String, Object>> teamOptions = new ArrayList<>();
        for (Team team : directory.teams(authority.id())) {
            String where = team.districtId() == null ? "authority-wide" : districtNames.get(Long.toString(team.districtId()));
            teamOptions.add(Map.of("value", Long.toString(team.id()), "label", team.name() + " (" + where + ")",
                    "selected", Long.toString(team.id()).equals(values.get("team"))));
        }
        List<Map<String, Object>> roleOptions = new ArrayList<>();
        for (Role role : rolesFor(user)) {
            roleOptions.add(Map.of("value", role.name(), "label", role.label(), "selected", role.name().equals(values.get("role"))));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("authority", Map.of("id", authority.id(), "name", authority.name()));
        model.put("values", values);
        model.put("teams", teamOptions);
        model.put("roles", roleOptions);
        if (errors != null && !errors.isEmpty()) {
            model.put("errors", errors.toModel());
        }
        return model;
    }
}
