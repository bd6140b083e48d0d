package org.safeguard.caserecords;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.security.CurrentUser;

/** Builds the {@link CaseAccess} rule for one request's user. Every page starts here. */
@Component(service = CaseAccessService.class)
public class CaseAccessService {

    @Reference
    private OrganisationDirectory directory;

    @Reference
    private ModuleEnablement enablement;

    public CaseAccessService() {
    }

    /** For tests. */
    public CaseAccessService(OrganisationDirectory directory, ModuleEnablement enablement) {
        this.directory = directory;
        this.enablement = enablement;
    }

    public CaseAccess forUser(CurrentUser user) {
        return new CaseAccess(user, directory::team, enablement);
    }

    public OrganisationDirectory directory() {
        return directory;
    }

    public ModuleEnablement enablement() {
        return enablement;
    }
}
