package org.safeguard.platform.identity.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.organisation.Authority;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.PermissionDefinition;
import org.safeguard.platform.api.security.Role;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.WebRequest;
import org.safeguard.platform.identity.PermissionCatalogue;
import org.safeguard.platform.identity.PlatformModule;
import org.safeguard.platform.identity.StaffAdministration;
import org.safeguard.platform.identity.security.GrantEditing;
import org.safeguard.platform.identity.security.PermissionResolver;

/** GET and POST /admin/permissions: which roles hold which permissions in an authority. */
final class PermissionsPage {

    private static final String TEMPLATE = "organisation/permissions";
    private static final String TITLE = "Permissions";

    /** Whatever an authority decides, a system administrator can always put its permissions right. */
    static final PermissionResolver.Cell ALWAYS_GRANTED =
            new PermissionResolver.Cell(Role.SYSTEM_ADMINISTRATOR, PlatformModule.PERMISSIONS_MANAGE);

    private final OrganisationDirectory directory;
    private final PermissionCatalogue catalogue;
    private final StaffAdministration administration;
    private final AuditLog auditLog;

    PermissionsPage(OrganisationDirectory directory, PermissionCatalogue catalogue,
                    StaffAdministration administration, AuditLog auditLog) {
        this.directory = directory;
        this.catalogue = catalogue;
        this.administration = administration;
        this.auditLog = auditLog;
    }

    PageResult show(WebRequest request) {
        TargetAuthority target = TargetAuthority.resolve(request.user(), request.query("authority"), directory);
        if (target.refused()) {
            return target.refusal();
        }
        boolean saved = request.query("saved").filter("1"::equals).isPresent();
        return PageResult.page(TEMPLATE, TITLE, model(request.user(), target.authority(), saved));
    }

    PageResult submit(WebRequest request) {
        CurrentUser user = request.user();
        TargetAuthority target = TargetAuthority.resolve(user, request.form("authority"), directory);
        if (target.refused()) {
            return target.refusal();
        }
        Authority authority = target.authority();
        Set<PermissionResolver.Cell> wanted = new HashSet<>();
        for (String value : request.formValues("grant")) {
            cell(value).ifPresent(wanted::add);
        }
        wanted.add(ALWAYS_GRANTED);
        List<PermissionResolver.Change> changes = administration.saveGrants(authority.id(), wanted,
                PlatformModule.grantEditing(user));
        AuthorityAudit.record(auditLog, user, authority.id(), request.remoteAddress(), "permissions.save", "authority",
                Long.toString(authority.id()), summary(authority, changes));
        // post/redirect/get, so refreshing the page does not send the form again
        String location = "/admin/permissions?saved=1";
        if (user.hasRole(Role.SYSTEM_ADMINISTRATOR)) {
            location += "&authority=" + authority.id();
        }
        return PageResult.redirect(location);
    }

    static String summary(Authority authority, List<PermissionResolver.Change> changes) {
        if (changes.isEmpty()) {
            return "Saved permissions of " + authority.name() + " with no changes";
        }
        List<String> granted = new ArrayList<>();
        List<String> revoked = new ArrayList<>();
        for (PermissionResolver.Change change : changes) {
            (change.granted() ? granted : revoked).add(change.permission() + " to " + change.role().name());
        }
        StringBuilder text = new StringBuilder("Changed permissions of ").append(authority.name()).append('.');
        if (!granted.isEmpty()) {
            text.append(" Granted: ").append(String.join(", ", granted)).append('.');
        }
        if (!revoked.isEmpty()) {
            text.append(" Revoked: ").append(String.join(", ", revoked)).append('.');
        }
        return text.toString();
    }

    private static Optional<PermissionResolver.Cell> cell(String value) {
        int bar = value.lastIndexOf('|');
        if (bar < 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PermissionResolver.Cell(Role.valueOf(value.substring(bar + 1)), value.substring(0, bar)));
        } catch (IllegalArgumentException unknownRole) {
            return Optional.empty();
        }
    }

    private Map<String, Object> model(CurrentUser user, Authority authority, boolean saved) {
        PermissionResolver resolver = administration.resolver(authority.id());
        GrantEditing editing = PlatformModule.grantEditing(user);
        boolean anyProtected = false;
        List<Map<String, Object>> roles = new ArrayList<>();
        for (Role role : Role.values()) {
            roles.add(Map.of("name", role.name(), "label", role.label()));
        }
        List<Map<String, Object>> modules = new ArrayList<>();
        int index = 0;
        for (PermissionCatalogue.ModulePermissions module : catalogue.byModule()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (PermissionDefinition permission : module.permissions()) {
                List<Map<String, Object>> cells = new ArrayList<>();
                for (Role role : Role.values()) {
                    index++;
                    Map<String, Object> cell = new LinkedHashMap<>();
                    cell.put("id", "grant-" + index);
                    cell.put("value", permission.id() + "|" + role.name());
                    boolean locked = ALWAYS_GRANTED.equals(new PermissionResolver.Cell(role, permission.id()));
                    cell.put("checked", locked || resolver.isGranted(role, permission.id()));
                    boolean systemAdministratorOnly = !locked && !editing.mayChange(role, permission.id());
                    anyProtected |= systemAdministratorOnly;
                    cell.put("locked", locked);
                    cell.put("systemAdministratorOnly", systemAdministratorOnly);
                    cell.put("isDefault", permission.defaultRoles().contains(role));
                    cell.put("roleLabel", role.label());
                    cells.add(cell);
                }
                rows.add(Map.of("id", permission.id(), "description", permission.description(), "cells", cells));
            }
            modules.add(Map.of("id", module.moduleId(), "name", module.moduleName(), "permissions", rows));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("authority", Map.of("id", authority.id(), "name", authority.name()));
        model.put("roles", roles);
        model.put("modules", modules);
        model.put("saved", saved);
        model.put("anyProtected", anyProtected);
        if (user.hasRole(Role.SYSTEM_ADMINISTRATOR)) {
            List<Map<String, Object>> choices = new ArrayList<>();
            for (Authority a : directory.authorities()) {
                choices.add(Map.of("id", a.id(), "name", a.name(), "selected", a.id() == authority.id()));
            }
            model.put("authorityChoices", choices);
        }
        return model;
    }
}
