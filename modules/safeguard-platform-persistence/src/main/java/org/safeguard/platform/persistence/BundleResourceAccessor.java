package org.safeguard.platform.persistence;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import liquibase.resource.AbstractResource;
import liquibase.resource.Resource;
import liquibase.resource.ResourceAccessor;
import org.osgi.framework.Bundle;

/**
 * Reads a module's changelogs from that bundle's own entries (not its class path), so include
 * and includeAll work and the recorded paths are the plain in-bundle paths.
 */
final class BundleResourceAccessor implements ResourceAccessor {

    private final Bundle bundle;

    BundleResourceAccessor(Bundle bundle) {
        this.bundle = bundle;
    }

    @Override
    public List<Resource> search(String path, boolean recursive) {
        String folder = normalise(path);
        List<URL> entries = Collections.list(orEmpty(bundle.findEntries("/" + folder, "*", recursive)));
        List<Resource> found = new ArrayList<>();
        for (URL entry : entries) {
            if (!entry.getPath().endsWith("/")) {
                found.add(new BundleResource(entry.getPath().substring(1)));
            }
        }
        found.sort((a, b) -> a.getPath().compareTo(b.getPath()));
        return found;
    }

    @Override
    public List<Resource> getAll(String path) {
        BundleResource resource = new BundleResource(normalise(path));
        return resource.exists() ? List.of(resource) : null;
    }

    @Override
    public List<String> describeLocations() {
        return List.of("bundle " + bundle.getSymbolicName());
    }

    @Override
    public void close() {
        // bundle entries hold nothing open
    }

    static String normalise(String path) {
        String p = path.replace('\\', '/');
        if (p.startsWith("classpath:")) {
            p = p.substring("classpath:".length());
        }
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        return p;
    }

    private static <T> java.util.Enumeration<T> orEmpty(java.util.Enumeration<T> e) {
        return e == null ? Collections.emptyEnumeration() : e;
    }

    private final class BundleResource extends AbstractResource {

        private final URL entry;

        BundleResource(String path) {
            super(path, uri(path));
            this.entry = bundle.getEntry(path);
        }

        @Override
        public boolean exists() {
            return entry != null;
        }

        @Override
        public InputStream openInputStream() throws IOException {
            if (entry == null) {
                throw new FileNotFoundException(getPath() + " in bundle " + bundle.getSymbolicName());
            }
            return entry.openStream();
        }

        @Override
        public Resource resolve(String other) {
            return new BundleResource(resolvePath(other));
        }

        @Override
        public Resource resolveSibling(String other) {
            return new BundleResource(resolveSiblingPath(other));
        }

        private static java.net.URI uri(String path) {
            try {
                return new java.net.URI("bundle", null, "/" + path, null);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(path, e);
            }
        }
    }
}
