package org.safeguard.platform.api.persistence;

import java.util.Map;

/**
 * What the persistence bundle did with each bundle that asked for a unit, so an administration
 * page can say why a module's components never started.
 */
public interface PersistenceStatus {

    String MIGRATED = "migrated";

    /** Prefix of a unit's state when its migration or factory failed; the reason follows. */
    String FAILED_PREFIX = "failed: ";

    /** Bundle symbolic name to {@link #MIGRATED} or {@code "failed: <reason>"}, in name order. */
    Map<String, String> unitStates();
}
