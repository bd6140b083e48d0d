package org.safeguard.platform.modules;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.safeguard.platform.api.modules.ModuleCatalogue;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.modules.ModuleInfo;
import org.safeguard.platform.api.organisation.OrganisationDirectory;

@Service
@Command(scope = "safeguard", name = "module-list", description = "Lists the modules the distribution offers, their state and where they are enabled")
public class ModuleListCommand implements Action {

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
        ConsoleEnablement where = new ConsoleEnablement(catalogue, enablement, directory);
        ShellTable table = new ShellTable().emptyTableText("The distribution offers no modules");
        table.column("Id");
        table.column("State");
        table.column("Version");
        table.column("Enabled");
        for (ModuleInfo module : catalogue.modules()) {
            table.addRow().addContent(module.id(), module.state().label(), module.version(), where.enabledWhere(module.id()));
        }
        table.print(session.getConsole());
        return null;
    }
}
