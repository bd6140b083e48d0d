package org.safeguard.platform.web;

/**
 * A whiteboard service together with the symbolic name of the bundle that registered it, which is
 * what decides whether it may speak for the platform and what a conflict warning names.
 */
record Contributed<T>(T service, String bundle) {
}
