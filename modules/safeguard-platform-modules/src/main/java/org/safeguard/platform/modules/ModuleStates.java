package org.safeguard.platform.modules;

import java.util.Collection;

import org.safeguard.platform.api.modules.ModuleInfo.State;

/** How far a module's feature has got, from what Karaf and the service registry say. */
final class ModuleStates {

    /** One bundle of the module's feature as the framework sees it. */
    enum BundleCondition { ACTIVE, STARTING, FRAGMENT, RESOLVED_NOT_STARTED, UNRESOLVED, MISSING }

    private ModuleStates() {
    }

    /**
     * @param installing     an install of it is running on this node right now
     * @param installFailed  the last install of it on this node threw (for example, resolution failed)
     */
    static State derive(boolean featureInstalled, boolean descriptorRegistered,
                        Collection<BundleCondition> bundles, boolean installing, boolean installFailed) {
        if (installing) {
            return State.STARTING;
        }
        if (!featureInstalled) {
            return installFailed ? State.FAILED : State.AVAILABLE;
        }
        boolean broken = bundles.stream().anyMatch(b -> b == BundleCondition.UNRESOLVED
                || b == BundleCondition.MISSING || b == BundleCondition.RESOLVED_NOT_STARTED);
        if (broken) {
            return State.FAILED;
        }
        if (descriptorRegistered) {
            return State.INSTALLED;
        }
        return State.STARTING;
    }
}
