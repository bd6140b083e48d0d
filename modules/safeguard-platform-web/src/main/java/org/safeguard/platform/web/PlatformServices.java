package org.safeguard.platform.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.safeguard.platform.api.audit.AuditEvent;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.modules.ModuleCatalogue;
import org.safeguard.platform.api.modules.ModuleDescriptor;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.security.Authentication;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.SessionStore;
import org.safeguard.platform.api.web.NavigationEntry;
import org.safeguard.platform.api.web.RouteContribution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The services the web host uses, as they are right now. Each may come and go with its bundle, so
 * every caller copes with an absent one: pages that need identity answer 503 until it arrives.
 */
final class PlatformServices implements Visitors, ModuleGate {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformServices.class);

    static final String OWN_BUNDLE = "safeguard-platform-web";

    final List<Contributed<RouteContribution>> routes = new CopyOnWriteArrayList<>();
    final List<NavigationEntry> navigation = new CopyOnWriteArrayList<>();
    final List<ModuleDescriptor> descriptors = new CopyOnWriteArrayList<>();
    final AtomicReference<SessionStore> sessionStore = new AtomicReference<>();
    final AtomicReference<Authentication> authentication = new AtomicReference<>();
    final AtomicReference<AuditLog> auditLog = new AtomicReference<>();
    final AtomicReference<ModuleEnablement> enablement = new AtomicReference<>();
    final AtomicReference<ModuleCatalogue> catalogue = new AtomicReference<>();
    final AtomicReference<OrganisationDirectory> directory = new AtomicReference<>();

    /** @return false when refused: a bundle outside the platform claiming to be the platform */
    boolean addRoutes(RouteContribution contribution, String bundle) {
        if (!PlatformClaims.accepted(contribution.moduleId(), bundle, "route contribution")) {
            return false;
        }
        routes.add(new Contributed<>(contribution, bundle));
        return true;
    }

    void removeRoutes(RouteContribution contribution) {
        routes.removeIf(registered -> registered.service() == contribution);
    }

    /** @return false when refused, as for routes */
    boolean addNavigation(NavigationEntry entry, String bundle) {
        if (!PlatformClaims.accepted(entry.moduleId(), bundle, "navigation entry")) {
            return false;
        }
        navigation.add(entry);
        return true;
    }

    /** The contributions to dispatch over: the platform's own pages plus the modules'. */
    Collection<Contributed<RouteContribution>> routesWith(RouteContribution platformPages) {
        List<Contributed<RouteContribution>> all = new ArrayList<>();
        all.add(new Contributed<>(platformPages, OWN_BUNDLE));
        all.addAll(routes);
        return all;
    }

    boolean signInAvailable() {
        return sessionStore.get() != null && authentication.get() != null;
    }

    @Override
    public Optional<SignedIn> find(String sessionToken) {
        SessionStore store = sessionStore.get();
        Authentication auth = authentication.get();
        if (sessionToken == null || sessionToken.isEmpty() || store == null || auth == null) {
            return Optional.empty();
        }
        return store.find(sessionToken).map(session -> {
            CurrentUser user = auth.currentUser(session.userId(), session.districtId());
            return user == null || !user.isAuthenticated() ? null
                    : new SignedIn(session.token(), session.csrfToken(), user);
        });
    }

    /** Without the enablement service only the platform's own pages are on: never show a module by mistake. */
    @Override
    public boolean isEnabledFor(String moduleId, CurrentUser user) {
        if (ModuleEnablement.PLATFORM.equals(moduleId)) {
            return true;
        }
        ModuleEnablement current = enablement.get();
        return current != null && current.isEnabledFor(moduleId, user);
    }

    void audit(AuditEvent event) {
        AuditLog log = auditLog.get();
        if (log == null) {
            LOG.warn("Audit log unavailable; not recorded: {} {}", event.action(), event.actorName());
            return;
        }
        log.record(event);
    }

    /** Sets a single optional service. */
    static <T> void bind(AtomicReference<T> slot, T service) {
        slot.set(service);
    }

    /** Clears it only if it is still the one going away: a replacement may already be bound. */
    static <T> void unbind(AtomicReference<T> slot, T service) {
        slot.compareAndSet(service, null);
    }
}
