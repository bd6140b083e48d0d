package org.safeguard.platform.web;

import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.RouteContribution;

/**
 * What the dispatcher decided.
 *
 * @param source  the contribution whose bundle holds the page's template; null for platform answers
 * @param visitor null when nobody is signed in
 */
record Dispatch(PageResult result, RouteContribution source, SignedIn visitor) {
}
