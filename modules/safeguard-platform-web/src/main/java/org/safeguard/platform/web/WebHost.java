package org.safeguard.platform.web;

import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.modules.ModuleCatalogue;
import org.safeguard.platform.api.modules.ModuleDescriptor;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.security.Authentication;
import org.safeguard.platform.api.security.SessionStore;
import org.safeguard.platform.api.web.NavigationEntry;
import org.safeguard.platform.api.web.RouteContribution;

/**
 * The web host component: starts Javalin with the configured host and port, restarts it when the
 * configuration changes, and tracks the services pages are built from. Every reference is dynamic
 * and all but the whiteboards optional, so the host answers (health, assets, a clear 503 at sign-in)
 * before the identity, audit or modules bundles are there.
 */
@Component(service = {}, immediate = true,
        configurationPid = {WebHost.PID, WebHost.DEMO_PID}, configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class WebHost {

    static final String PID = "org.safeguard.platform.web";
    static final String DEMO_PID = "org.safeguard.platform.demo";

    private final PlatformServices services = new PlatformServices();
    private final WebServer server = new WebServer();
    /** Kept across restarts so that a contribution going away can evict its compiled templates. */
    private final PageRenderer renderer = new PageRenderer(TemplateOrigin.of(WebHost.class));
    private BundleContext context;

    @Activate
    void activate(BundleContext context, Map<String, Object> properties) {
        this.context = context;
        start(properties);
    }

    @Modified
    void modified(Map<String, Object> properties) {
        start(properties);
    }

    @Deactivate
    void deactivate() {
        server.stop();
    }

    private void start(Map<String, Object> properties) {
        WebSettings settings = WebSettings.from(properties);
        PlatformPages platformPages = new PlatformPages(services);
        Dispatcher dispatcher = new Dispatcher(() -> services.routesWith(platformPages), services, services);
        HttpFront front = new HttpFront(services, dispatcher, renderer,
                new Assets(WebHost.class.getClassLoader()), new HealthReport(services, context), settings);
        server.start(settings, front);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindRoutes(RouteContribution contribution, ServiceReference<RouteContribution> reference) {
        services.addRoutes(contribution, PlatformClaims.bundleOf(reference));
    }

    void unbindRoutes(RouteContribution contribution) {
        services.removeRoutes(contribution);
        renderer.forget(TemplateOrigin.of(contribution.getClass()));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindNavigation(NavigationEntry entry, ServiceReference<NavigationEntry> reference) {
        services.addNavigation(entry, PlatformClaims.bundleOf(reference));
    }

    void unbindNavigation(NavigationEntry entry) {
        services.navigation.remove(entry);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindDescriptor(ModuleDescriptor descriptor) {
        services.descriptors.add(descriptor);
    }

    void unbindDescriptor(ModuleDescriptor descriptor) {
        services.descriptors.remove(descriptor);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindSessionStore(SessionStore store) {
        PlatformServices.bind(services.sessionStore, store);
    }

    void unbindSessionStore(SessionStore store) {
        PlatformServices.unbind(services.sessionStore, store);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindAuthentication(Authentication authentication) {
        PlatformServices.bind(services.authentication, authentication);
    }

    void unbindAuthentication(Authentication authentication) {
        PlatformServices.unbind(services.authentication, authentication);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindAuditLog(AuditLog log) {
        PlatformServices.bind(services.auditLog, log);
    }

    void unbindAuditLog(AuditLog log) {
        PlatformServices.unbind(services.auditLog, log);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindEnablement(ModuleEnablement enablement) {
        PlatformServices.bind(services.enablement, enablement);
    }

    void unbindEnablement(ModuleEnablement enablement) {
        PlatformServices.unbind(services.enablement, enablement);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindCatalogue(ModuleCatalogue catalogue) {
        PlatformServices.bind(services.catalogue, catalogue);
    }

    void unbindCatalogue(ModuleCatalogue catalogue) {
        PlatformServices.unbind(services.catalogue, catalogue);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindDirectory(OrganisationDirectory directory) {
        PlatformServices.bind(services.directory, directory);
    }

    void unbindDirectory(OrganisationDirectory directory) {
        PlatformServices.unbind(services.directory, directory);
    }
}
