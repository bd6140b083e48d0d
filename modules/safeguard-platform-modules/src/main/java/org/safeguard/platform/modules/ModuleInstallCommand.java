package org.safeguard.platform.modules;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.safeguard.platform.api.modules.ModuleCatalogue;

@Service
@Command(scope = "safeguard", name = "module-install", description = "Installs a module into the running distribution")
public class ModuleInstallCommand implements Action {

    @Argument(index = 0, name = "id", description = "The module id, e.g. team-notices", required = true)
    String moduleId;

    @Reference
    ModuleCatalogue catalogue;

    @Reference
    Session session;

    @Override
    public Object execute() {
        return ModuleCommandSupport.run(session, () -> {
            catalogue.install(moduleId, ModuleCommandSupport.actor(), null);
            return "Installed " + moduleId + ": enable it with safeguard:module-enable " + moduleId + " <authority code>";
        });
    }
}
