package org.voipgw.media.sdp;

import java.util.List;
import java.util.Optional;

/**
 * One m= section (RFC 4566 §5.14) with its own c= (or null) and attributes.
 *
 * @param media      "audio", "video", …
 * @param port       transport port; 0 = stream rejected or disabled (RFC 3264 §5.1, §6)
 * @param portCount  the "/count" of the port, 1 when absent
 * @param protocol   "RTP/AVP", …
 * @param formats    the format list in the offerer's order (payload type numbers for RTP)
 */
public record MediaDescription(String media, int port, int portCount, String protocol, List<String> formats,
                               Connection connection, List<Attribute> attributes) {
    public MediaDescription {
        formats = List.copyOf(formats);
        attributes = List.copyOf(attributes);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("a port is 0-65535, not " + port);
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("m= needs at least one format (RFC 4566 §5.14)");
        }
    }

    public boolean isRtp() {
        return protocol.startsWith("RTP/");
    }

    public Optional<String> attribute(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).map(Attribute::value).findFirst();
    }

    /** The rtpmap for a payload type, or null (static types 0 and 8 may have none). */
    public RtpMap rtpMap(int payloadType) {
        for (Attribute a : attributes) {
            if (a.name().equals("rtpmap")) {
                RtpMap m = RtpMap.parse(a.value());
                if (m != null && m.payloadType() == payloadType) {
                    return m;
                }
            }
        }
        return null;
    }

    /** a=ptime in milliseconds, or empty. */
    public Optional<Integer> ptime() {
        return attribute("ptime").map(v -> SdpParser.smallInt(v, 1, 1000));
    }

    String format() {
        StringBuilder b = new StringBuilder();
        b.append("m=").append(media).append(' ').append(port);
        if (portCount != 1) {
            b.append('/').append(portCount);
        }
        b.append(' ').append(protocol);
        formats.forEach(f -> b.append(' ').append(f));
        b.append("\r\n");
        if (connection != null) {
            b.append("c=").append(connection.format()).append("\r\n");
        }
        attributes.forEach(a -> b.append("a=").append(a.format()).append("\r\n"));
        return b.toString();
    }
}
