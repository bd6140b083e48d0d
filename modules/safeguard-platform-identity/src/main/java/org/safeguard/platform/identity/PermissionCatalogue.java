package org.safeguard.platform.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.safeguard.platform.api.modules.ModuleDescriptor;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.security.PermissionDefinition;

/** Every permission the running modules declare, following modules as they come and go. */
@Component(service = PermissionCatalogue.class)
public class PermissionCatalogue {

    /** A module's permissions as the permissions page lists them. */
    public record ModulePermissions(String moduleId, String moduleName, List<PermissionDefinition> permissions) {}

    private final Map<ModuleDescriptor, Boolean> descriptors = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindDescriptor(ModuleDescriptor descriptor) {
        descriptors.put(descriptor, Boolean.TRUE);
    }

    void unbindDescriptor(ModuleDescriptor descriptor) {
        descriptors.remove(descriptor);
    }

    /** The platform first, then modules by name. */
    public List<ModulePermissions> byModule() {
        List<ModulePermissions> modules = new ArrayList<>();
        for (ModuleDescriptor descriptor : descriptors.keySet()) {
            modules.add(new ModulePermissions(descriptor.id(), descriptor.name(), List.copyOf(descriptor.permissions())));
        }
        modules.sort(Comparator.comparing((ModulePermissions m) -> !ModuleEnablement.PLATFORM.equals(m.moduleId()))
                .thenComparing(ModulePermissions::moduleName, String.CASE_INSENSITIVE_ORDER));
        return modules;
    }

    public List<PermissionDefinition> definitions() {
        List<PermissionDefinition> all = new ArrayList<>();
        byModule().forEach(m -> all.addAll(m.permissions()));
        return all;
    }
}
