package org.safeguard.platform.persistence;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The owning bundle's loader first (its entities), then EclipseLink's (the classes EclipseLink
 * generates references to and loads by name through the unit's loader).
 */
final class UnitClassLoader extends ClassLoader {

    private final ClassLoader fallback;

    UnitClassLoader(ClassLoader owner, ClassLoader fallback) {
        super(owner);
        this.fallback = fallback;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        return fallback.loadClass(name);
    }

    @Override
    protected URL findResource(String name) {
        return fallback.getResource(name);
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        Set<URL> urls = new LinkedHashSet<>(Collections.list(fallback.getResources(name)));
        return Collections.enumeration(urls);
    }
}
