/**
 * The contract of the fostering module for other modules (corporate parenting first): approved
 * foster carer households with room for a child, and placements with them, so that fostering's
 * vacancies stay true when a placement is recorded elsewhere. A module using it references
 * {@link FosterCarers} optionally and dynamically: fostering may be absent, installed later or
 * uninstalled, and corporate parenting keeps working without it.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.safeguard.fostering.api;
