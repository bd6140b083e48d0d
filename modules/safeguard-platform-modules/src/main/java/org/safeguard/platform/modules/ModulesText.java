package org.safeguard.platform.modules;

import java.util.Map;

import org.safeguard.platform.api.modules.ModuleEnablement.Enablement;
import org.safeguard.platform.api.organisation.Authority;

/** The words the modules pages use for where a module is enabled. */
final class ModulesText {

    private ModulesText() {
    }

    /** "Whole authority", "Fenland, Huntingdonshire" or "Not enabled". */
    static String where(Enablement enablement, Map<Long, String> districtNames) {
        if (enablement.authorityWide()) {
            return "Whole authority";
        }
        if (!enablement.enabledAnywhere()) {
            return "Not enabled";
        }
        return EnablementRules.describe(enablement, id -> districtNames.getOrDefault(id, "District " + id));
    }

    /** "Team notices is now enabled in Fenland", "... in the whole of Cambridgeshire County Council", "... is now disabled". */
    static String changed(String moduleName, Enablement enablement, Authority authority, Map<Long, String> districtNames) {
        if (enablement.authorityWide()) {
            return moduleName + " is now enabled in the whole of " + authority.name();
        }
        if (!enablement.enabledAnywhere()) {
            return moduleName + " is now disabled in " + authority.name();
        }
        return moduleName + " is now enabled in " + where(enablement, districtNames);
    }
}
