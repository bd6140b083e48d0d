package org.safeguard.platform.web;

/** A navigation link as the layout and the home page show it. */
record NavItem(String label, String href, boolean current) {
}
