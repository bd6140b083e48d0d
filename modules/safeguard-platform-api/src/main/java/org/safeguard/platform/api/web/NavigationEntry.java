package org.safeguard.platform.api.web;

/**
 * Whiteboard service: an entry in the header navigation. Shown only to users who hold
 * {@link #permission()} and whose district has the module enabled.
 */
public interface NavigationEntry {

    String moduleId();

    String label();

    String href();

    /** Lower first. Platform entries use 900+. */
    int order();

    /** null: any signed-in user. */
    String permission();
}
