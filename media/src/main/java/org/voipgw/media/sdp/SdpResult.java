package org.voipgw.media.sdp;

/** A parsed session description, or why there is none. */
public sealed interface SdpResult {
    record Parsed(SessionDescription description) implements SdpResult {
    }

    record Refused(SdpError error) implements SdpResult {
    }
}
