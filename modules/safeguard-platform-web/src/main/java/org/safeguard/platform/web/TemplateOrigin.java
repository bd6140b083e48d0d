package org.safeguard.platform.web;

import java.net.URL;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Where a set of templates lives: normally a bundle; a class's own resources when there is no framework (tests). */
interface TemplateOrigin {

    /** Identifies the origin; together with {@link #version()} it keys the compiled-template cache. */
    String key();

    /** Changes when the origin is reinstalled or updated, so stale templates are dropped. */
    long version();

    /** @param path relative to the origin's root, e.g. {@code templates/audit/log.hbs} */
    URL find(String path);

    static TemplateOrigin of(Class<?> type) {
        Bundle bundle = FrameworkUtil.getBundle(type);
        return bundle != null ? new BundleOrigin(bundle) : new ClassOrigin(type);
    }

    record BundleOrigin(Bundle bundle) implements TemplateOrigin {
        @Override
        public String key() {
            return "bundle:" + bundle.getBundleId();
        }

        @Override
        public long version() {
            return bundle.getLastModified();
        }

        @Override
        public URL find(String path) {
            return bundle.getEntry(path);
        }
    }

    record ClassOrigin(Class<?> type) implements TemplateOrigin {
        @Override
        public String key() {
            return "class:" + type.getName();
        }

        @Override
        public long version() {
            return 0;
        }

        @Override
        public URL find(String path) {
            return type.getResource("/" + path);
        }
    }
}
