package org.safeguard.platform.api.modules;

import java.util.List;
import java.util.Optional;

import org.safeguard.platform.api.security.CurrentUser;

/**
 * Installs and uninstalls modules in the running distribution. Every action is audited.
 * Implemented by the platform's modules bundle.
 */
public interface ModuleCatalogue {

    String FEATURE_PREFIX = "safeguard-module-";

    List<ModuleInfo> modules();

    Optional<ModuleInfo> module(String moduleId);

    /** @throws IllegalArgumentException for a module the distribution does not offer */
    void install(String moduleId, CurrentUser actor, String remoteAddress);

    /** Keeps the module's tables and data. */
    void uninstall(String moduleId, CurrentUser actor, String remoteAddress);
}
