package org.safeguard.platform.api.demo;

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
}
