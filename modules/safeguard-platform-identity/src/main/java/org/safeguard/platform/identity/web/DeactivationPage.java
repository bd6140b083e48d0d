package org.safeguard.platform.identity.web;

import java.util.Map;
import java.util.Optional;

import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.organisation.StaffMember;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.WebRequest;
import org.safeguard.platform.identity.StaffAdministration;
import org.safeguard.platform.identity.security.StaffDeactivation;

/**
 * GET and POST /admin/users/{id}/deactivate, POST /admin/users/{id}/reactivate: stopping a leaver
 * from signing in, and undoing it.
 */
final class DeactivationPage {

    private static final String TEMPLATE = "organisation/deactivate";

    private final OrganisationDirectory directory;
    private final StaffAdministration administration;
    private final AuditLog auditLog;

    DeactivationPage(OrganisationDirectory directory, StaffAdministration administration, AuditLog auditLog) {
        this.directory = directory;
        this.administration = administration;
        this.auditLog = auditLog;
    }

    PageResult confirm(WebRequest request) {
        Optional<StaffMember> staff = staff(request);
        if (staff.isEmpty()) {
            return PageResult.notFound();
        }
        StaffMember member = staff.get();
        if (!StaffDeactivation.mayChange(request.user(), member)) {
            return PageResult.forbidden();
        }
        String authorityName = directory.authority(member.authorityId()).map(a -> a.name()).orElse("");
        return PageResult.page(TEMPLATE, "Deactivate " + member.displayName(), Map.of(
                "staff", Map.of("id", member.id(), "displayName", member.displayName(), "username", member.username()),
                "authorityName", authorityName,
                "back", organisationPath(request.user(), member)));
    }

    PageResult deactivate(WebRequest request) {
        return change(request, false);
    }

    PageResult reactivate(WebRequest request) {
        return change(request, true);
    }

    private PageResult change(WebRequest request, boolean active) {
        Optional<StaffMember> staff = staff(request);
        if (staff.isEmpty()) {
            return PageResult.notFound();
        }
        StaffMember member = staff.get();
        CurrentUser user = request.user();
        if (!StaffDeactivation.mayChange(user, member)) {
            return PageResult.forbidden();
        }
        if (!administration.setActive(member.id(), active)) {
            return PageResult.notFound();
        }
        AuthorityAudit.record(auditLog, user, member.authorityId(), request.remoteAddress(),
                active ? "user.reactivate" : "user.deactivate", "staff-account", Long.toString(member.id()),
                (active ? "Reactivated " : "Deactivated and signed out ") + member.username()
                        + " (" + member.displayName() + ")");
        return PageResult.redirect(organisationPath(user, member));
    }

    private Optional<StaffMember> staff(WebRequest request) {
        String id = request.pathParam("id");
        try {
            return id == null ? Optional.empty() : directory.staffMember(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Back to the organisation page the staff member is listed on. */
    private static String organisationPath(CurrentUser user, StaffMember member) {
        return member.authorityId() == (user.authorityId() == null ? -1L : user.authorityId())
                ? "/admin/organisation" : "/admin/organisation?authority=" + member.authorityId();
    }
}
