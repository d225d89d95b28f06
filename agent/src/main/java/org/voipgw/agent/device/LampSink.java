package org.voipgw.agent.device;

import org.voipgw.led.LampPanel;

/** Where the derived panel goes after every change: the terminal, the web UI, GPIO lamps. */
@FunctionalInterface
public interface LampSink {
    void show(LampPanel panel);
}
