package org.voipgw.agent.isdn;

import java.util.List;
import org.voipgw.hal.dchan.DChannelCounters;

/**
 * What one ISDN port's D channel is doing, for {@code /status.json}, the web UI and {@code voipgw run}:
 * where it is attached, layer 1, the layer-2 data links (one per TEI: TEI 0 on a PRI, assigned
 * TEIs on a BRI) and the calls. {@code counters} is null for the simulated PBX's wire.
 *
 * @param port {@code pri}, {@code bri1}…
 * @param transport {@code sim}, {@code udp:…}, {@code serial:…}
 * @param transportError why the transport could not be opened, or null
 * @param layer1 e.g. {@code OK}, {@code NO_SIGNAL} (PRI, G.704/I.431 alarms) or {@code F3}/{@code G3} (BRI, I.430)
 * @param links the data links, one per TEI
 * @param calls calls in progress on the port
 */
public record DataLinkStatus(String port, String transport, String transportError, String layer1, List<Link> links,
        int calls, DChannelCounters.Snapshot counters) {
    /** One data link (Q.921 §5): its TEI and Annex B state. */
    public record Link(int tei, String state, boolean established) {
    }
}
