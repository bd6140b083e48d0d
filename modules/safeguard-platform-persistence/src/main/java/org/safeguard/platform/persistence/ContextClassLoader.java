package org.safeguard.platform.persistence;

/**
 * Sets the thread context class loader for a block: Liquibase and EclipseLink look up their
 * service providers through it, and in OSGi the caller's loader cannot see them.
 */
final class ContextClassLoader implements AutoCloseable {

    private final Thread thread = Thread.currentThread();
    private final ClassLoader previous = thread.getContextClassLoader();

    private ContextClassLoader(ClassLoader loader) {
        thread.setContextClassLoader(loader);
    }

    static ContextClassLoader use(ClassLoader loader) {
        return new ContextClassLoader(loader);
    }

    @Override
    public void close() {
        thread.setContextClassLoader(previous);
    }
}
