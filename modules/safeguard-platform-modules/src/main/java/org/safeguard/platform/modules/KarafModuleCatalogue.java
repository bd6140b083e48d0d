package org.safeguard.platform.modules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.apache.karaf.features.BootFinished;
import org.apache.karaf.features.BundleInfo;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.safeguard.platform.api.audit.AuditEvent;
import org.safeguard.platform.api.audit.AuditLog;
import org.safeguard.platform.api.modules.ModuleCatalogue;
import org.safeguard.platform.api.modules.ModuleDescriptor;
import org.safeguard.platform.api.modules.ModuleInfo;
import org.safeguard.platform.api.modules.ModuleInfo.State;
import org.safeguard.platform.api.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The modules the distribution offers: its {@code safeguard-module-*} features, installed and
 * uninstalled through Karaf's features service without restarting anything. Uninstalling never
 * touches a module's tables.
 */
@Component(service = ModuleCatalogue.class)
public class KarafModuleCatalogue implements ModuleCatalogue {

    private static final Logger LOG = LoggerFactory.getLogger(KarafModuleCatalogue.class);
    private static final long BOOT_WAIT_MINUTES = 5;

    /** Where the catalogue finds a feature's bundles: the framework, or a fake in tests. */
    @FunctionalInterface
    interface BundleLookup {
        ModuleStates.BundleCondition condition(String location);
    }

    private final FeaturesService features;
    private final AuditLog auditLog;
    private final BundleLookup bundles;
    private final Map<String, ModuleDescriptor> descriptors = new ConcurrentHashMap<>();
    private final Set<String> installing = ConcurrentHashMap.newKeySet();
    private final Set<String> failedInstalls = ConcurrentHashMap.newKeySet();
    private final Object bootLock = new Object();
    private volatile boolean bootFinished;

    @Activate
    public KarafModuleCatalogue(@Reference FeaturesService features, @Reference AuditLog auditLog, BundleContext context) {
        this(features, auditLog, location -> conditionOf(context.getBundle(location)));
    }

    KarafModuleCatalogue(FeaturesService features, AuditLog auditLog, BundleLookup bundles) {
        this.features = features;
        this.auditLog = auditLog;
        this.bundles = bundles;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindDescriptor(ModuleDescriptor descriptor) {
        descriptors.put(descriptor.id(), descriptor);
    }

    void unbindDescriptor(ModuleDescriptor descriptor) {
        descriptors.remove(descriptor.id(), descriptor);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindBootFinished(BootFinished finished) {
        synchronized (bootLock) {
            bootFinished = true;
            bootLock.notifyAll();
        }
    }

    void unbindBootFinished(BootFinished finished) {
        // boot does not un-finish: Karaf unregisters it only while shutting down
    }

    @Override
    public List<ModuleInfo> modules() {
        Map<String, Feature> byId = new LinkedHashMap<>();
        for (Feature feature : moduleFeatures()) {
            String id = feature.getName().substring(FEATURE_PREFIX.length());
            Feature known = byId.get(id);
            // several versions in the repositories: the one installed wins, else the newest listed
            if (known == null || (!features.isInstalled(known) && (features.isInstalled(feature)
                    || compareVersions(feature.getVersion(), known.getVersion()) > 0))) {
                byId.put(id, feature);
            }
        }
        List<ModuleInfo> modules = new ArrayList<>();
        byId.forEach((id, feature) -> modules.add(describe(id, feature)));
        modules.sort(Comparator.comparing(ModuleInfo::name, String.CASE_INSENSITIVE_ORDER));
        return modules;
    }

    @Override
    public Optional<ModuleInfo> module(String moduleId) {
        return modules().stream().filter(m -> m.id().equals(moduleId)).findFirst();
    }

    @Override
    public void install(String moduleId, CurrentUser actor, String remoteAddress) {
        ModuleInfo module = known(moduleId);
        awaitBoot();
        installing.add(moduleId);
        try {
            features.installFeature(module.featureName(), module.version());
            failedInstalls.remove(moduleId);
        } catch (Exception e) {
            failedInstalls.add(moduleId);
            LOG.error("Installing module {} failed", moduleId, e);
            audit(actor, remoteAddress, "module.install", moduleId, "failed: " + e.getMessage());
            throw new IllegalStateException("Installing " + module.name() + " failed: " + e.getMessage(), e);
        } finally {
            installing.remove(moduleId);
        }
        audit(actor, remoteAddress, "module.install", moduleId, module.name() + " " + module.version());
    }

    @Override
    public void uninstall(String moduleId, CurrentUser actor, String remoteAddress) {
        ModuleInfo module = known(moduleId);
        awaitBoot();
        failedInstalls.remove(moduleId);
        if (module.installed()) {
            try {
                features.uninstallFeature(module.featureName(), module.version());
            } catch (Exception e) {
                LOG.error("Uninstalling module {} failed", moduleId, e);
                audit(actor, remoteAddress, "module.uninstall", moduleId, "failed: " + e.getMessage());
                throw new IllegalStateException("Uninstalling " + module.name() + " failed: " + e.getMessage(), e);
            }
        }
        audit(actor, remoteAddress, "module.uninstall", moduleId, module.name() + " " + module.version() + ", data kept");
    }

    private ModuleInfo known(String moduleId) {
        return module(moduleId).orElseThrow(() -> new IllegalArgumentException("No module called " + moduleId));
    }

    /** Installing changes what every authority can enable, so the entry is platform-wide: no authority. */
    private void audit(CurrentUser actor, String remoteAddress, String action, String moduleId, String detail) {
        auditLog.record(new AuditEvent(actor.userId(), actor.username(), null,
                action, "module", moduleId, detail, remoteAddress));
    }

    /** Karaf's boot-features installer can undo a feature installed before it has finished. */
    private void awaitBoot() {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(BOOT_WAIT_MINUTES);
        synchronized (bootLock) {
            while (!bootFinished) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("Karaf has not finished booting: try again in a moment");
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(bootLock, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for Karaf to finish booting", e);
                }
            }
        }
    }

    private List<Feature> moduleFeatures() {
        try {
            List<Feature> found = new ArrayList<>();
            for (Feature feature : features.listFeatures()) {
                if (feature.getName().startsWith(FEATURE_PREFIX) && feature.getName().length() > FEATURE_PREFIX.length()) {
                    found.add(feature);
                }
            }
            return found;
        } catch (Exception e) {
            throw new IllegalStateException("Karaf could not list its features: " + e.getMessage(), e);
        }
    }

    private ModuleInfo describe(String id, Feature feature) {
        boolean installed = features.isInstalled(feature);
        ModuleDescriptor descriptor = descriptors.get(id);
        List<ModuleStates.BundleCondition> conditions = new ArrayList<>();
        if (installed) {
            for (BundleInfo bundle : feature.getBundles()) {
                if (!bundle.isDependency()) {
                    conditions.add(bundles.condition(bundle.getLocation()));
                }
            }
        }
        State state = ModuleStates.derive(installed, descriptor != null, conditions,
                installing.contains(id), failedInstalls.contains(id));
        String name = descriptor != null ? descriptor.name() : orElse(feature.getDescription(), id);
        String description = descriptor != null ? descriptor.description() : orElse(feature.getDetails(), "");
        return new ModuleInfo(id, name, description, feature.getName(), feature.getVersion(), state);
    }

    static ModuleStates.BundleCondition conditionOf(Bundle bundle) {
        if (bundle == null) {
            return ModuleStates.BundleCondition.MISSING;
        }
        if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
            return ModuleStates.BundleCondition.FRAGMENT;
        }
        return switch (bundle.getState()) {
            case Bundle.ACTIVE -> ModuleStates.BundleCondition.ACTIVE;
            case Bundle.STARTING, Bundle.STOPPING -> ModuleStates.BundleCondition.STARTING;
            case Bundle.RESOLVED -> ModuleStates.BundleCondition.RESOLVED_NOT_STARTED;
            case Bundle.INSTALLED -> ModuleStates.BundleCondition.UNRESOLVED;
            default -> ModuleStates.BundleCondition.MISSING;
        };
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    static int compareVersions(String a, String b) {
        String[] left = String.valueOf(a).split("[.\\-]");
        String[] right = String.valueOf(b).split("[.\\-]");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            String l = i < left.length ? left[i] : "0";
            String r = i < right.length ? right[i] : "0";
            int order = l.matches("\\d+") && r.matches("\\d+")
                    ? Long.compare(Long.parseLong(l), Long.parseLong(r))
                    : l.compareTo(r);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }
}
