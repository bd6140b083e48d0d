/** The council's clock, shared by every module so "today" means the same day everywhere. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.safeguard.platform.api.time;
