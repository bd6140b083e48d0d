package org.safeguard.platform.api.modules;

/**
 * A module as the distribution knows it: available in its repository, installed or not,
 * and whether its bundles are running.
 *
 * @param featureName the Karaf feature that installs it
 */
public record ModuleInfo(String id, String name, String description, String featureName,
                         String version, State state) {

    public enum State {
        AVAILABLE("Available"), INSTALLED("Installed"), STARTING("Starting"), FAILED("Failed");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean installed() {
        return state != State.AVAILABLE;
    }
}
