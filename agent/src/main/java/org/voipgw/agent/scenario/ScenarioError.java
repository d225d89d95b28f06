package org.voipgw.agent.scenario;

/** A mistake in a scenario file, found before anything runs: where, and what is valid. */
public record ScenarioError(String file, int line, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
