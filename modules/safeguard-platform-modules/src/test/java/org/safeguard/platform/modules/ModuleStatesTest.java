package org.safeguard.platform.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.safeguard.platform.modules.ModuleStates.BundleCondition.ACTIVE;
import static org.safeguard.platform.modules.ModuleStates.BundleCondition.FRAGMENT;
import static org.safeguard.platform.modules.ModuleStates.BundleCondition.MISSING;
import static org.safeguard.platform.modules.ModuleStates.BundleCondition.RESOLVED_NOT_STARTED;
import static org.safeguard.platform.modules.ModuleStates.BundleCondition.STARTING;
import static org.safeguard.platform.modules.ModuleStates.BundleCondition.UNRESOLVED;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguard.platform.api.modules.ModuleInfo.State;

class ModuleStatesTest {

    @Test
    void notInstalledIsAvailableUnlessItsInstallFailed() {
        assertEquals(State.AVAILABLE, ModuleStates.derive(false, false, List.of(), false, false));
        assertEquals(State.FAILED, ModuleStates.derive(false, false, List.of(), false, true));
    }

    @Test
    void installedWithItsDescriptorRegisteredIsInstalled() {
        assertEquals(State.INSTALLED, ModuleStates.derive(true, true, List.of(ACTIVE, FRAGMENT), false, false));
    }

    @Test
    void installedButNoDescriptorYetIsStarting() {
        assertEquals(State.STARTING, ModuleStates.derive(true, false, List.of(ACTIVE), false, false));
        assertEquals(State.STARTING, ModuleStates.derive(true, false, List.of(STARTING), false, false));
        assertEquals(State.STARTING, ModuleStates.derive(false, false, List.of(), true, false));
    }

    @Test
    void aBundleThatIsNotRunningWhenItShouldBeIsFailed() {
        assertEquals(State.FAILED, ModuleStates.derive(true, true, List.of(ACTIVE, UNRESOLVED), false, false));
        assertEquals(State.FAILED, ModuleStates.derive(true, false, List.of(RESOLVED_NOT_STARTED), false, false));
        assertEquals(State.FAILED, ModuleStates.derive(true, false, List.of(MISSING), false, false));
    }
}
