package org.voipgw.isdn.call;

import java.util.function.Consumer;
import org.voipgw.isdn.Octets;

/** Where call control hands layer-3 messages to layer 2: one terminal's data link, or all terminals. */
public interface LinkSender {
    /** DL-DATA-REQUEST on the data link of {@code tei}. */
    void send(int tei, Octets message);

    /** DL-UNIT-DATA-REQUEST to TEI 127: a SETUP offered to every terminal of a point-to-multipoint bus. */
    void broadcast(Octets message);

    /** A single data link (PRI, TEI 0): everything goes to it. */
    static LinkSender single(Consumer<Octets> link) {
        return new LinkSender() {
            @Override
            public void send(int tei, Octets message) {
                link.accept(message);
            }

            @Override
            public void broadcast(Octets message) {
                link.accept(message);
            }
        };
    }
}
