package org.safeguard.platform.api.modules;

import java.util.Set;

import org.safeguard.platform.api.security.CurrentUser;

/**
 * Which authorities and districts may use which module. Stored in the database so every node
 * agrees; checked on every request, menu and record tab.
 */
public interface ModuleEnablement {

    /** The platform's own pages: always enabled. */
    String PLATFORM = "platform";

    /**
     * @param authorityWide enabled for the whole authority, including county-wide teams
     * @param districtIds   enabled for these districts only (ignored when authority-wide)
     */
    record Enablement(String moduleId, long authorityId, boolean authorityWide, Set<Long> districtIds) {
        public Enablement {
            districtIds = Set.copyOf(districtIds);
        }

        public boolean enabledAnywhere() {
            return authorityWide || !districtIds.isEmpty();
        }
    }

    boolean isEnabled(String moduleId, Long authorityId, Long districtId);

    default boolean isEnabledFor(String moduleId, CurrentUser user) {
        return PLATFORM.equals(moduleId) || isEnabled(moduleId, user.authorityId(), user.districtId());
    }

    Enablement enablement(String moduleId, long authorityId);

    /**
     * Replaces the module's enablement in one authority and audits the change.
     *
     * @throws IllegalArgumentException when a district is not of that authority
     */
    void setEnablement(Enablement enablement, CurrentUser actor, String remoteAddress);
}
