package org.safeguard.platform.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.karaf.features.BootFinished;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.modules.ModuleDescriptor;
import org.safeguard.platform.api.modules.ModuleInfo;
import org.safeguard.platform.api.modules.ModuleInfo.State;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.PermissionDefinition;
import org.safeguard.platform.modules.ModuleStates.BundleCondition;

class KarafModuleCatalogueTest {

    private static final CurrentUser ADMIN = new CurrentUser(5L, "cambs.admin", "Cambs Admin", 1L, "CCC",
            null, null, Set.of(), Set.of(), Set.of());

    private final Fakes.Features features = new Fakes.Features();
    private final Fakes.Audit audit = new Fakes.Audit();
    private final Map<String, BundleCondition> bundles = new HashMap<>();
    private KarafModuleCatalogue catalogue;

    @BeforeEach
    void setUp() {
        features.add("safeguard-platform", "Safeguard platform runtime", "0.1.0");
        features.add("safeguard-module-team-notices", "Team notices", "0.1.0", "mvn:org.safeguard/safeguard-team-notices/0.1.0");
        features.add("safeguard-module-reflection", "Reflection sessions", "0.1.0", "mvn:org.safeguard/safeguard-reflection/0.1.0");
        catalogue = new KarafModuleCatalogue(features.service(), audit,
                location -> bundles.getOrDefault(location, BundleCondition.MISSING));
        catalogue.bindBootFinished(new BootFinished() { });
    }

    private static ModuleDescriptor descriptor(String id, String name) {
        return new ModuleDescriptor() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return "Notices for everyone in a team";
            }

            @Override
            public List<PermissionDefinition> permissions() {
                return List.of();
            }
        };
    }

    @Test
    void offersOnlyTheModuleFeaturesNamedFromTheirFeatureWhileNotRunning() {
        List<ModuleInfo> modules = catalogue.modules();
        assertEquals(List.of("reflection", "team-notices"), modules.stream().map(ModuleInfo::id).toList());
        ModuleInfo notices = catalogue.module("team-notices").orElseThrow();
        assertEquals("Team notices", notices.name());
        assertEquals("safeguard-module-team-notices", notices.featureName());
        assertEquals(State.AVAILABLE, notices.state());
    }

    @Test
    void stateFollowsTheFeatureItsBundlesAndTheDescriptor() throws Exception {
        catalogue.install("team-notices", ADMIN, "10.0.0.1");
        bundles.put("mvn:org.safeguard/safeguard-team-notices/0.1.0", BundleCondition.ACTIVE);
        assertEquals(State.STARTING, catalogue.module("team-notices").orElseThrow().state());

        catalogue.bindDescriptor(descriptor("team-notices", "Team notices (live)"));
        ModuleInfo running = catalogue.module("team-notices").orElseThrow();
        assertEquals(State.INSTALLED, running.state());
        assertEquals("Team notices (live)", running.name());
        assertEquals("Notices for everyone in a team", running.description());

        bundles.put("mvn:org.safeguard/safeguard-team-notices/0.1.0", BundleCondition.UNRESOLVED);
        assertEquals(State.FAILED, catalogue.module("team-notices").orElseThrow().state());
    }

    @Test
    void installAndUninstallGoThroughKarafAndAreAudited() {
        catalogue.install("team-notices", ADMIN, "10.0.0.1");
        catalogue.uninstall("team-notices", ADMIN, "10.0.0.1");
        assertEquals(List.of("install safeguard-module-team-notices/0.1.0", "uninstall safeguard-module-team-notices/0.1.0"),
                features.calls);
        assertEquals(List.of("module.install", "module.uninstall"), audit.events.stream().map(e -> e.action()).toList());
        assertEquals("team-notices", audit.events.get(0).subjectId());
        assertEquals("cambs.admin", audit.events.get(0).actorName());
        assertTrue(audit.events.stream().allMatch(e -> e.authorityId() == null),
                "an install reaches every authority, so it is recorded platform-wide");
    }

    @Test
    void anUnknownModuleIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> catalogue.install("fostering", ADMIN, null));
        assertEquals("No module called fostering", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> catalogue.uninstall("platform", ADMIN, null));
        assertTrue(features.calls.isEmpty());
    }

    @Test
    void aFailedInstallShowsAsFailedAndIsAudited() {
        features.failInstallWith = "Unable to resolve safeguard-team-notices";
        assertThrows(IllegalStateException.class, () -> catalogue.install("team-notices", ADMIN, null));
        assertEquals(State.FAILED, catalogue.module("team-notices").orElseThrow().state());
        assertTrue(audit.events.get(0).detail().startsWith("failed"));
    }

    @Test
    void ordersVersionsNumerically() {
        assertTrue(KarafModuleCatalogue.compareVersions("0.10.0", "0.9.1") > 0);
        assertEquals(0, KarafModuleCatalogue.compareVersions("1.0", "1.0.0"));
    }
}
