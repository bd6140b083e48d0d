package org.safeguard.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.Javalin;

/**
 * Owns the one Javalin instance. Javalin cannot drop routes once started, so it gets a fixed set:
 * the platform's anonymous endpoints, then one catch-all per method that hands every other request
 * to the dispatcher, which looks at the route contributions registered at that moment.
 */
final class WebServer {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    private Javalin app;

    synchronized void start(WebSettings settings, HttpFront front) {
        stop();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Jetty finds its parts with ServiceLoader through the context class loader: point it at this
        // bundle, where Jetty is embedded, instead of whatever thread DS activates us on.
        thread.setContextClassLoader(WebServer.class.getClassLoader());
        try {
            app = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.startup.showOldJavalinVersionWarning = false;
                config.jetty.host = settings.host();
                config.jetty.port = settings.port();
                config.http.maxRequestSize = HttpFront.MAX_BODY_BYTES;
                config.http.prefer405over404 = false;
                config.routes.before(front::secure);
                config.routes.get("/health", front::health);
                config.routes.get("/login", front::loginForm);
                config.routes.post("/login", front::login);
                config.routes.post("/logout", front::logout);
                config.routes.get("/assets/*", front::asset);
                config.routes.get("/", front::dispatch);
                config.routes.post("/", front::dispatch);
                config.routes.get("/*", front::dispatch);
                config.routes.post("/*", front::dispatch);
                for (int status : new int[] {400, 404, 405, 413, 500}) {
                    config.routes.error(status, front::javalinError);
                }
                config.routes.exception(Exception.class, (e, ctx) -> front.incident(ctx, e, null));
            }).start();
            LOG.info("Safeguard web host listening on {}:{}", settings.host(), app.port());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    synchronized int port() {
        return app == null ? -1 : app.port();
    }

    synchronized void stop() {
        if (app != null) {
            app.stop();
            app = null;
        }
    }
}
