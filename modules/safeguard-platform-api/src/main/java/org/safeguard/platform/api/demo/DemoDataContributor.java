package org.safeguard.platform.api.demo;

import java.util.Set;

import org.safeguard.platform.api.organisation.Authority;
import org.safeguard.platform.api.organisation.OrganisationDirectory;

/**
 * Whiteboard service: a module's demo data. Called once per module and authority, only when the
 * distribution runs the demo county, after the organisation has been seeded. Recorded so a
 * restart or a reinstall does not seed twice.
 */
public interface DemoDataContributor {

    String moduleId();

    void seed(Authority authority, OrganisationDirectory directory);

    /**
     * Modules whose demo data this one builds on (e.g. {@code case-records}, whose families an
     * extending module works with): an authority is seeded only after each of them has been
     * seeded for it. While one is missing (not installed yet, or still seeding) the authority
     * waits, and is seeded when the last of them is done.
     */
    default Set<String> after() {
        return Set.of();
    }
}
