package org.voipgw.media.sdp;

/**
 * An {@code a=rtpmap:<payload type> <encoding name>/<clock rate>[/<channels>]} value (RFC 4566 §6).
 */
public record RtpMap(int payloadType, String encodingName, int clockRate, int channels) {

    /** Parses an rtpmap value, or returns null when it does not follow §6's syntax. */
    static RtpMap parse(String value) {
        if (value == null) {
            return null;
        }
        int space = value.indexOf(' ');
        if (space <= 0) {
            return null;
        }
        Integer pt = SdpParser.smallInt(value.substring(0, space), 0, 127);
        String[] enc = value.substring(space + 1).trim().split("/", -1);
        if (pt == null || enc.length < 2 || enc.length > 3 || enc[0].isEmpty()) {
            return null;
        }
        Integer clock = SdpParser.smallInt(enc[1], 1, 10_000_000);
        Integer channels = enc.length == 3 ? SdpParser.smallInt(enc[2], 1, 255) : Integer.valueOf(1);
        if (clock == null || channels == null) {
            return null;
        }
        return new RtpMap(pt, enc[0], clock, channels);
    }

    public String format() {
        return payloadType + " " + encodingName + "/" + clockRate + (channels == 1 ? "" : "/" + channels);
    }
}
