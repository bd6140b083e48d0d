package org.safeguard.platform.web;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may contribute under the module id {@code platform}: that id skips the enablement gate, so
 * only the platform's own bundles may use it. Anything else claiming it is refused, loudly.
 */
final class PlatformClaims {

    static final String PLATFORM_BUNDLE_PREFIX = "safeguard-platform-";

    private static final Logger LOG = LoggerFactory.getLogger(PlatformClaims.class);

    private PlatformClaims() {
    }

    static boolean isPlatformBundle(String symbolicName) {
        return symbolicName != null && symbolicName.startsWith(PLATFORM_BUNDLE_PREFIX);
    }

    /** False, logged as an error, when a bundle outside the platform claims the platform's module id. */
    static boolean accepted(String moduleId, String bundle, String kind) {
        if (ModuleEnablement.PLATFORM.equals(moduleId) && !isPlatformBundle(bundle)) {
            LOG.error("Ignored a {} from bundle {}: it claims module id \"{}\", which only bundles named {}* may use",
                    kind, bundle, ModuleEnablement.PLATFORM, PLATFORM_BUNDLE_PREFIX);
            return false;
        }
        return true;
    }

    /** The registering bundle's symbolic name; null once the service is gone. */
    static String bundleOf(ServiceReference<?> reference) {
        Bundle bundle = reference == null ? null : reference.getBundle();
        return bundle == null ? null : bundle.getSymbolicName();
    }
}
