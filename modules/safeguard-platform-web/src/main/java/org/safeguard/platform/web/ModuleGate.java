package org.safeguard.platform.web;

import org.safeguard.platform.api.security.CurrentUser;

/** Whether a module is switched on for the user's authority and district. */
@FunctionalInterface
interface ModuleGate {
    boolean isEnabledFor(String moduleId, CurrentUser user);
}
