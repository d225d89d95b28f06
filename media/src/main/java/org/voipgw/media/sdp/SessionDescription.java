package org.voipgw.media.sdp;

import java.util.List;

/**
 * A parsed SDP (RFC 4566). Only what a call uses is typed; i=, u=, e=, p=, b=, z=, k= and r= lines
 * are accepted and dropped (they change nothing for G.711 audio).
 *
 * @param origin      the o= line's fields: username, session id, version, then IN, address type, address
 * @param sessionName s=
 * @param connection  session-level c=, or null
 * @param timing      t= values ("0 0" for a call)
 * @param attributes  session-level a= lines
 * @param media       the m= sections in order
 */
public record SessionDescription(Origin origin, String sessionName, Connection connection, List<String> timing,
                                 List<Attribute> attributes, List<MediaDescription> media) {
    public SessionDescription {
        timing = List.copyOf(timing);
        attributes = List.copyOf(attributes);
        media = List.copyOf(media);
    }

    /** o= (RFC 4566 §5.2). */
    public record Origin(String username, String sessionId, String sessionVersion, String addressType, String address) {
        String format() {
            return username + " " + sessionId + " " + sessionVersion + " IN " + addressType + " " + address;
        }
    }

    /** The connection that applies to a stream: its own c=, else the session's (§5.7). */
    public Connection connectionOf(MediaDescription m) {
        return m.connection() != null ? m.connection() : connection;
    }

    /** A stream's direction: its own attribute, else the session's, else sendrecv (RFC 3264 §5.1). */
    public Direction directionOf(MediaDescription m) {
        Direction d = Direction.in(m.attributes());
        if (d == null) {
            d = Direction.in(attributes);
        }
        return d == null ? Direction.SENDRECV : d;
    }

    /** The description as SDP text, lines ending in CRLF (RFC 4566 §5). */
    public String format() {
        StringBuilder b = new StringBuilder();
        b.append("v=0\r\n");
        b.append("o=").append(origin.format()).append("\r\n");
        b.append("s=").append(sessionName).append("\r\n");
        if (connection != null) {
            b.append("c=").append(connection.format()).append("\r\n");
        }
        timing.forEach(t -> b.append("t=").append(t).append("\r\n")); // as parsed; our own SDPs carry t=0 0
        attributes.forEach(a -> b.append("a=").append(a.format()).append("\r\n"));
        media.forEach(m -> b.append(m.format()));
        return b.toString();
    }
}
