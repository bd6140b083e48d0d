package org.safeguard.platform.modules;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.safeguard.platform.api.modules.ModuleCatalogue;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.organisation.OrganisationDirectory;

@Service
@Command(scope = "safeguard", name = "module-disable", description = "Disables a module for a whole authority, or only in the districts named")
public class ModuleDisableCommand implements Action {

    @Argument(index = 0, name = "id", description = "The module id, e.g. team-notices", required = true)
    String moduleId;

    @Argument(index = 1, name = "authority", description = "The authority's code, e.g. CCC", required = true)
    String authorityCode;

    @Option(name = "--district", description = "Only in this district (repeat for several); none: the whole authority", multiValued = true)
    List<String> districts;

    @Reference
    ModuleCatalogue catalogue;

    @Reference
    ModuleEnablement enablement;

    @Reference
    OrganisationDirectory directory;

    @Reference
    Session session;

    @Override
    public Object execute() {
        return ModuleCommandSupport.run(session, () -> new ConsoleEnablement(catalogue, enablement, directory)
                .disable(moduleId, authorityCode, districts, ModuleCommandSupport.actor()));
    }
}
