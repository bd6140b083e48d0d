package org.safeguard.platform.identity.web;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.safeguard.platform.identity.PermissionCatalogue;
import org.safeguard.platform.identity.PlatformModule;
import org.safeguard.platform.identity.StaffAdministration;

/** The platform's organisation, user and permission pages. */
@Component(service = RouteContribution.class)
public class OrganisationRoutes implements RouteContribution {

    private final List<Route> routes;

    @Activate
    public OrganisationRoutes(@Reference OrganisationDirectory directory,
                              @Reference StaffAdministration administration,
                              @Reference PermissionCatalogue catalogue,
                              @Reference AuditLog auditLog) {
        OrganisationPage organisation = new OrganisationPage(directory, auditLog);
        NewUserPage newUser = new NewUserPage(directory, administration, auditLog);
        PermissionsPage permissions = new PermissionsPage(directory, catalogue, administration, auditLog);
        DeactivationPage deactivation = new DeactivationPage(directory, administration, auditLog);
        routes = List.of(
                Route.get("/admin/organisation", PlatformModule.ORGANISATION_VIEW, organisation::show),
                Route.get("/admin/users/new", PlatformModule.ORGANISATION_MANAGE, newUser::show),
                Route.post("/admin/users/new", PlatformModule.ORGANISATION_MANAGE, newUser::submit),
                Route.get("/admin/users/{id}/deactivate", PlatformModule.ORGANISATION_MANAGE, deactivation::confirm),
                Route.post("/admin/users/{id}/deactivate", PlatformModule.ORGANISATION_MANAGE, deactivation::deactivate),
                Route.post("/admin/users/{id}/reactivate", PlatformModule.ORGANISATION_MANAGE, deactivation::reactivate),
                Route.get("/admin/permissions", PlatformModule.PERMISSIONS_MANAGE, permissions::show),
                Route.post("/admin/permissions", PlatformModule.PERMISSIONS_MANAGE, permissions::submit));
    }

    @Override
    public String moduleId() {
        return ModuleEnablement.PLATFORM;
    }

    @Override
    public List<Route> routes() {
        return routes;
    }
}
