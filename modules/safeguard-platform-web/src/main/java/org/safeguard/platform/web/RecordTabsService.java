package org.safeguard.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.web.RecordTab;
import org.safeguard.platform.api.web.RecordTabs;

/** The tabs of a record a user may see: permission held and module enabled where they work, in order. */
@Component(service = RecordTabs.class)
public class RecordTabsService implements RecordTabs {

    private final List<RecordTab> tabs = new CopyOnWriteArrayList<>();
    private final AtomicReference<ModuleEnablement> enablement = new AtomicReference<>();

    @Override
    public List<VisibleTab> tabs(String recordType, String recordId, CurrentUser user) {
        if (user == null || !user.isAuthenticated()) {
            return List.of();
        }
        return tabs.stream()
                .filter(tab -> tab.recordType().equals(recordType))
                .filter(tab -> user.hasPermission(tab.permission()))
                .filter(tab -> enabled(tab.moduleId(), user))
                .sorted(Comparator.comparingInt(RecordTab::order).thenComparing(RecordTab::label))
                .map(tab -> new VisibleTab(tab.label(), tab.href(recordId), tab.moduleId()))
                .toList();
    }

    private boolean enabled(String moduleId, CurrentUser user) {
        if (ModuleEnablement.PLATFORM.equals(moduleId)) {
            return true;
        }
        ModuleEnablement current = enablement.get();
        return current != null && current.isEnabledFor(moduleId, user);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindTab(RecordTab tab, ServiceReference<RecordTab> reference) {
        addTab(tab, PlatformClaims.bundleOf(reference));
    }

    /** @return false when refused: a bundle outside the platform claiming to be the platform */
    boolean addTab(RecordTab tab, String bundle) {
        if (!PlatformClaims.accepted(tab.moduleId(), bundle, "record tab")) {
            return false;
        }
        tabs.add(tab);
        return true;
    }

    void unbindTab(RecordTab tab) {
        tabs.remove(tab);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindEnablement(ModuleEnablement service) {
        enablement.set(service);
    }

    void unbindEnablement(ModuleEnablement service) {
        enablement.compareAndSet(service, null);
    }
}
