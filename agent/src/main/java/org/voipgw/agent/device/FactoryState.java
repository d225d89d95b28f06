package org.voipgw.agent.device;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the box is in factory state (INIT lamp: Ⅷ orange, family red). A rental unit is
 * delivered configured (guide 4392–4394), so a new device is not; the INIT switch puts it there and it
 * stays, across reboots, until a setting is made. Kept as a marker file in flash.
 */
interface FactoryState {
    boolean isFactory();

    void set(boolean factory);

    static FactoryState inMemory() {
        return new FactoryState() {
            private boolean factory;

            @Override
            public boolean isFactory() {
                return factory;
            }

            @Override
            public void set(boolean f) {
                factory = f;
            }
        };
    }

    static FactoryState inFile(Path marker) {
        return new FactoryState() {
            @Override
            public boolean isFactory() {
                return Files.exists(marker);
            }

            @Override
            public void set(boolean f) {
                try {
                    if (f) {
                        Files.createDirectories(marker.getParent());
                        Files.writeString(marker, "factory\n");
                    } else {
                        Files.deleteIfExists(marker);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
