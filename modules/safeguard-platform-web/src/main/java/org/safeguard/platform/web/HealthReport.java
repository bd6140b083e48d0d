package org.safeguard.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.safeguard.platform.api.modules.ModuleCatalogue;
import org.safeguard.platform.api.modules.ModuleDescriptor;
import org.safeguard.platform.api.modules.ModuleInfo;
import org.safeguard.platform.api.persistence.PersistenceStatus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code /health}: the modules as the catalogue knows them (or, without the catalogue, the running
 * module descriptors) and the state of every persistence unit.
 */
final class HealthReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PlatformServices services;
    private final BundleContext context;

    HealthReport(PlatformServices services, BundleContext context) {
        this.services = services;
        this.context = context;
    }

    String json() throws JsonProcessingException {
        Map<String, Object> report = new LinkedHashMap<>();
        List<Map<String, Object>> modules = modules();
        List<Map<String, Object>> units = persistenceUnits();
        // the node still serves every other module: degraded, not down, so a load balancer keeps it
        boolean degraded = modules.stream().anyMatch(m -> "FAILED".equals(m.get("state")))
                || units.stream().anyMatch(u -> "FAILED".equals(u.get("state")));
        report.put("status", degraded ? "DEGRADED" : "UP");
        report.put("modules", modules);
        report.put("persistenceUnits", units);
        return JSON.writeValueAsString(report);
    }

    private List<Map<String, Object>> modules() {
        List<Map<String, Object>> modules = new ArrayList<>();
        ModuleCatalogue catalogue = services.catalogue.get();
        if (catalogue != null) {
            for (ModuleInfo info : catalogue.modules()) {
                modules.add(module(info.id(), info.name(), info.state().name(), info.version()));
            }
            return modules;
        }
        for (ModuleDescriptor descriptor : services.descriptors) {
            Bundle bundle = FrameworkUtil.getBundle(descriptor.getClass());
            modules.add(module(descriptor.id(), descriptor.name(), "INSTALLED",
                    bundle == null ? null : bundle.getVersion().toString()));
        }
        return modules;
    }

    private static Map<String, Object> module(String id, String name, String state, String version) {
        Map<String, Object> module = new LinkedHashMap<>();
        module.put("id", id);
        module.put("name", name);
        module.put("state", state);
        module.put("version", version);
        return module;
    }

    /**
     * Each unit as the persistence bundle reports it, so a failed migration shows here rather than
     * as a module that silently never starts. Only the state: the failure's reason can carry SQL and
     * schema detail, and this endpoint is anonymous; the persistence bundle logs the reason.
     */
    private List<Map<String, Object>> persistenceUnits() {
        if (context == null) {
            return List.of();
        }
        ServiceReference<PersistenceStatus> ref = context.getServiceReference(PersistenceStatus.class);
        PersistenceStatus status = ref == null ? null : context.getService(ref);
        if (status == null) {
            return List.of();
        }
        try {
            return units(status.unitStates());
        } finally {
            context.ungetService(ref);
        }
    }

    static List<Map<String, Object>> units(Map<String, String> states) {
        List<Map<String, Object>> units = new ArrayList<>();
        states.forEach((name, state) -> {
            Map<String, Object> unit = new LinkedHashMap<>();
            unit.put("unit", name);
            unit.put("state", PersistenceStatus.MIGRATED.equals(state) ? "UP" : "FAILED");
            units.add(unit);
        });
        return units;
    }
}
