package org.voipgw.agent.settings;

/** Why one proposed setting was refused: the key, and a message that says what is valid. */
public record SettingError(String key, String message) {
    @Override
    public String toString() {
        return key + ": " + message;
    }
}
