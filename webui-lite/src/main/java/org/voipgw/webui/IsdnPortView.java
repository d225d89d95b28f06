package org.voipgw.webui;

import java.util.List;
import java.util.Objects;

/**
 * One ISDN port's D channel as {@code /status.json} and the top page show it (issue 12): what it is
 * attached to ({@code sim}, {@code udp:…}, {@code serial:…}), layer 1, the layer-2 data links by
 * TEI, calls in progress, and frames the transport dropped ({@code -1} when it counts none, e.g.
 * the simulated PBX's wire).
 */
public record IsdnPortView(String port, String transport, String transportError, String layer1, List<DataLink> links,
                           int calls, long framesDropped) {
    public IsdnPortView {
        Objects.requireNonNull(port);
        Objects.requireNonNull(transport);
        Objects.requireNonNull(layer1);
        links = List.copyOf(links);
    }

    /** A layer-2 data link: its TEI, its Q.921 Annex B state, whether it is established. */
    public record DataLink(int tei, String state, boolean established) {
    }
}
