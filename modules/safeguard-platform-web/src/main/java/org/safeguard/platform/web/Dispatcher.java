package org.safeguard.platform.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.safeguard.platform.api.modules.ModuleEnablement;

import org.safeguard.platform.api.web.PageResult;
import org.safeguard.platform.api.web.Route;
import org.safeguard.platform.api.web.RouteContribution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves each request against the route contributions registered right now, then applies the
 * platform's checks in a fixed order: sign-in, module enablement, permission, CSRF. Only a request
 * that passes them all reaches the module's handler.
 *
 * <p>A module cannot take over a page that is already served: the platform's routes are considered
 * first and win ties of specificity, and a module route with the same method and path shape as one
 * already claimed is refused.
 */
final class Dispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    static final String CSRF_FIELD = "_csrf";
    static final String FORM_EXPIRED = "Your form expired, go back and try again";

    private final Supplier<Collection<Contributed<RouteContribution>>> contributions;
    private final Visitors visitors;
    private final ModuleGate gate;
    /** Conflicts already warned about, so a refused route is logged once rather than on every request. */
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    Dispatcher(Supplier<Collection<Contributed<RouteContribution>>> contributions, Visitors visitors, ModuleGate gate) {
        this.contributions = contributions;
        this.visitors = visitors;
        this.gate = gate;
    }

    private record Candidate(RouteContribution source, Route route, PathTemplate template, Map<String, String> params) {}

    Dispatch dispatch(IncomingRequest request) throws Exception {
        SignedIn visitor = request.sessionToken() == null ? null
                : visitors.find(request.sessionToken()).orElse(null);
        Optional<Candidate> match = resolve(request);
        if (match.isEmpty()) {
            return new Dispatch(PageResult.notFound(), null, visitor);
        }
        Candidate found = match.get();
        if (visitor == null) {
            return new Dispatch(PageResult.redirect(NextUrl.loginRedirect(
                    request.method().changesState() ? request.path() : request.pathAndQuery())), null, null);
        }
        if (!gate.isEnabledFor(found.source().moduleId(), visitor.user())) {
            // the same answer as for a page that does not exist: a disabled module is invisible
            return new Dispatch(PageResult.notFound(), null, visitor);
        }
        if (!visitor.user().hasPermission(found.route().permission())) {
            return new Dispatch(PageResult.forbidden(), null, visitor);
        }
        if (request.method().changesState() && !validCsrf(request, visitor)) {
            return new Dispatch(new PageResult.Error(403, FORM_EXPIRED), null, visitor);
        }
        PageResult result = found.route().handler().handle(new HostRequest(request, found.params(), visitor));
        return new Dispatch(result, found.source(), visitor);
    }

    private static boolean validCsrf(IncomingRequest request, SignedIn visitor) {
        List<String> sent = request.form().getOrDefault(CSRF_FIELD, List.of());
        return sent.size() == 1 && Tokens.same(visitor.csrfToken(), sent.get(0));
    }

    private Optional<Candidate> resolve(IncomingRequest request) {
        if (request.method() == null) {
            return Optional.empty();
        }
        List<Candidate> candidates = new ArrayList<>();
        Map<String, String> claimedBy = new HashMap<>();
        for (Contributed<RouteContribution> registered : platformFirst(contributions.get())) {
            RouteContribution contribution = registered.service();
            List<Route> routes;
            try {
                routes = contribution.routes();
            } catch (RuntimeException broken) {
                // a contribution whose bundle is going away must not take other pages down with it
                continue;
            }
            for (Route route : routes) {
                PathTemplate template = new PathTemplate(route.path());
                String key = route.method() + " " + template.shape();
                String owner = claimedBy.putIfAbsent(key, registered.bundle());
                if (owner != null) {
                    refused(key, registered.bundle(), owner);
                    continue;
                }
                if (route.method() != request.method()) {
                    continue;
                }
                template.match(request.path()).ifPresent(params ->
                        candidates.add(new Candidate(contribution, route, template, params)));
            }
        }
        // min keeps the first of equally specific candidates, and the platform's come first
        return candidates.stream().min(Comparator.comparing(Candidate::template));
    }

    private static List<Contributed<RouteContribution>> platformFirst(Collection<Contributed<RouteContribution>> all) {
        List<Contributed<RouteContribution>> ordered = new ArrayList<>(all.size());
        for (Contributed<RouteContribution> registered : all) {
            if (isPlatform(registered)) {
                ordered.add(registered);
            }
        }
        for (Contributed<RouteContribution> registered : all) {
            if (!isPlatform(registered)) {
                ordered.add(registered);
            }
        }
        return ordered;
    }

    private static boolean isPlatform(Contributed<RouteContribution> registered) {
        return ModuleEnablement.PLATFORM.equals(registered.service().moduleId());
    }

    private void refused(String route, String bundle, String owner) {
        if (warned.add(route + " " + bundle + " " + owner)) {
            LOG.warn("Refused route {} from bundle {}: bundle {} already serves it", route, bundle, owner);
        }
    }
}
