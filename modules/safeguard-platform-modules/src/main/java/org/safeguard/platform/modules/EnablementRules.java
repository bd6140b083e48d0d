package org.safeguard.platform.modules;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.modules.ModuleEnablement.Enablement;

/**
 * What the enablement table means, decided in memory from a snapshot of its rows: the platform
 * is always on; a row without a district switches a module on for the whole authority; otherwise
 * only the districts that have a row.
 */
final class EnablementRules {

    /** One row of {@code sg_module_enablement}; {@code districtId} null = the whole authority. */
    record Row(String moduleId, long authorityId, Long districtId) {}

    private record Key(String moduleId, long authorityId) {}

    private final Map<Key, Enablement> byModuleAndAuthority;

    private EnablementRules(Map<Key, Enablement> byModuleAndAuthority) {
        this.byModuleAndAuthority = byModuleAndAuthority;
    }

    static EnablementRules of(Collection<Row> rows) {
        Map<Key, Boolean> wide = new HashMap<>();
        Map<Key, Set<Long>> districts = new HashMap<>();
        for (Row row : rows) {
            Key key = new Key(row.moduleId(), row.authorityId());
            districts.computeIfAbsent(key, k -> new HashSet<>());
            if (row.districtId() == null) {
                wide.put(key, true);
            } else {
                districts.get(key).add(row.districtId());
            }
        }
        Map<Key, Enablement> snapshot = new HashMap<>();
        districts.forEach((key, ids) -> snapshot.put(key,
                new Enablement(key.moduleId(), key.authorityId(), wide.getOrDefault(key, false), ids)));
        return new EnablementRules(snapshot);
    }

    boolean isEnabled(String moduleId, Long authorityId, Long districtId) {
        if (ModuleEnablement.PLATFORM.equals(moduleId)) {
            return true;
        }
        if (moduleId == null || authorityId == null) {
            return false;
        }
        Enablement enablement = byModuleAndAuthority.get(new Key(moduleId, authorityId));
        if (enablement == null) {
            return false;
        }
        return enablement.authorityWide() || (districtId != null && enablement.districtIds().contains(districtId));
    }

    Enablement enablement(String moduleId, long authorityId) {
        Enablement found = byModuleAndAuthority.get(new Key(moduleId, authorityId));
        return found != null ? found : nowhere(moduleId, authorityId);
    }

    static Enablement nowhere(String moduleId, long authorityId) {
        return new Enablement(moduleId, authorityId, false, Set.of());
    }

    /** The rows that store an enablement: one without a district, or one per district. */
    static List<Row> rowsFor(Enablement enablement) {
        if (enablement.authorityWide()) {
            return List.of(new Row(enablement.moduleId(), enablement.authorityId(), null));
        }
        return enablement.districtIds().stream().sorted()
                .map(id -> new Row(enablement.moduleId(), enablement.authorityId(), id))
                .toList();
    }

    /**
     * Switches a module off in some districts. Off in part of an authority where it was on for the
     * whole authority means on in every other district of it.
     */
    static Enablement withoutDistricts(Enablement current, Set<Long> removed, Collection<Long> districtsOfAuthority) {
        Set<Long> remaining = new HashSet<>(current.authorityWide() ? districtsOfAuthority : current.districtIds());
        remaining.removeAll(removed);
        return new Enablement(current.moduleId(), current.authorityId(), false, remaining);
    }

    /** "whole authority", "nowhere" or the district names in alphabetical order: "Fenland, Huntingdonshire". */
    static String describe(Enablement enablement, Function<Long, String> districtName) {
        if (enablement.authorityWide()) {
            return "whole authority";
        }
        if (enablement.districtIds().isEmpty()) {
            return "nowhere";
        }
        return enablement.districtIds().stream().map(districtName).sorted().reduce((a, b) -> a + ", " + b).orElse("");
    }
}
