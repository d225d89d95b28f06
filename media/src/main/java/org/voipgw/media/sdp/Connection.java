package org.voipgw.media.sdp;

import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * A c= line (RFC 4566 §5.7): always network type IN; address type IP4 or IP6; a literal address.
 * The parsed {@link InetAddress} is built without DNS.
 */
public record Connection(String addressType, InetAddress address) {
    public Connection {
        if (!addressType.equals("IP4") && !addressType.equals("IP6")) {
            throw new IllegalArgumentException("address type is IP4 or IP6, not " + addressType);
        }
    }

    public static Connection of(InetAddress address) {
        return new Connection(address instanceof Inet6Address ? "IP6" : "IP4", address);
    }

    /** RFC 3264 §8.4: c=0.0.0.0 is the old way to put a stream on hold. */
    public boolean isHold() {
        return address.isAnyLocalAddress();
    }

    public String format() {
        return "IN " + addressType + " " + address.getHostAddress();
    }
}
