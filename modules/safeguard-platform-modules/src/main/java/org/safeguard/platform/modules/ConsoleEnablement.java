package org.safeguard.platform.modules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.safeguard.platform.api.modules.ModuleCatalogue;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.modules.ModuleEnablement.Enablement;
import org.safeguard.platform.api.modules.ModuleInfo;
import org.safeguard.platform.api.organisation.Authority;
import org.safeguard.platform.api.organisation.District;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.security.CurrentUser;

/**
 * What the enable and disable commands do, apart from the shell: turns an authority code and
 * district names into an enablement, or a one-line reason why not.
 */
final class ConsoleEnablement {

    private final ModuleCatalogue catalogue;
    private final ModuleEnablement enablement;
    private final OrganisationDirectory directory;

    ConsoleEnablement(ModuleCatalogue catalogue, ModuleEnablement enablement, OrganisationDirectory directory) {
        this.catalogue = catalogue;
        this.enablement = enablement;
        this.directory = directory;
    }

    /** The Karaf shell user as the audit log names them; a console user has no user id. */
    static CurrentUser consoleActor(String shellUser) {
        String name = "console:" + (shellUser == null || shellUser.isBlank() ? "unknown" : shellUser);
        return new CurrentUser(null, name, name, null, null, null, null, Set.of(), Set.of(), Set.of());
    }

    /** No districts: the whole authority. Districts: only those, replacing whatever was there. */
    String enable(String moduleId, String authorityCode, List<String> districtNames, CurrentUser actor) {
        ModuleInfo module = installedModule(moduleId);
        Authority authority = authority(authorityCode);
        Set<District> districts = districts(authority, districtNames);
        Enablement wanted = new Enablement(module.id(), authority.id(), districts.isEmpty(), ids(districts));
        enablement.setEnablement(wanted, actor, null);
        return module.name() + " is now enabled in " + where(wanted, authority);
    }

    /** No districts: off for the whole authority. Districts: off in those, on wherever else it was. */
    String disable(String moduleId, String authorityCode, List<String> districtNames, CurrentUser actor) {
        ModuleInfo module = catalogue.module(moduleId)
                .orElseThrow(() -> new IllegalArgumentException("No module called " + moduleId));
        Authority authority = authority(authorityCode);
        Set<District> districts = districts(authority, districtNames);
        Enablement wanted = districts.isEmpty()
                ? EnablementRules.nowhere(module.id(), authority.id())
                : EnablementRules.withoutDistricts(enablement.enablement(module.id(), authority.id()), ids(districts),
                        directory.districts(authority.id()).stream().map(District::id).toList());
        enablement.setEnablement(wanted, actor, null);
        return wanted.enabledAnywhere()
                ? module.name() + " is now enabled in " + where(wanted, authority) + " only"
                : module.name() + " is now disabled in " + authority.name();
    }

    /** "CCC: whole authority; PCC: Peterborough", or "nowhere". */
    String enabledWhere(String moduleId) {
        List<String> parts = new ArrayList<>();
        for (Authority authority : directory.authorities()) {
            Enablement current = enablement.enablement(moduleId, authority.id());
            if (current.enabledAnywhere()) {
                parts.add(authority.code() + ": " + EnablementRules.describe(current, names(authority)::get));
            }
        }
        return parts.isEmpty() ? "nowhere" : String.join("; ", parts);
    }

    private ModuleInfo installedModule(String moduleId) {
        ModuleInfo module = catalogue.module(moduleId)
                .orElseThrow(() -> new IllegalArgumentException("No module called " + moduleId));
        if (!module.installed()) {
            throw new IllegalArgumentException(module.name() + " is not installed: run safeguard:module-install " + moduleId + " first");
        }
        return module;
    }

    private Authority authority(String code) {
        return directory.authorities().stream()
                .filter(a -> a.code().equalsIgnoreCase(code == null ? "" : code.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No authority with code " + code));
    }

    private Set<District> districts(Authority authority, List<String> names) {
        Set<District> found = new LinkedHashSet<>();
        if (names == null) {
            return found;
        }
        List<District> districts = directory.districts(authority.id());
        for (String name : names) {
            District district = districts.stream()
                    .filter(d -> d.name().equalsIgnoreCase(name.trim()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(authority.name() + " has no district called " + name));
            found.add(district);
        }
        return found;
    }

    private Map<Long, String> names(Authority authority) {
        return directory.districts(authority.id()).stream().collect(Collectors.toMap(District::id, District::name));
    }

    private String where(Enablement wanted, Authority authority) {
        return wanted.authorityWide()
                ? "the whole of " + authority.name()
                : EnablementRules.describe(wanted, names(authority)::get);
    }

    private static Set<Long> ids(Set<District> districts) {
        return districts.stream().map(District::id).collect(Collectors.toSet());
    }
}
