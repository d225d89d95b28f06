package org.voipgw.media.dtmf;

/**
 * A key the detector accepted.
 *
 * @param key    the key
 * @param sample the index (from the detector's first sample) of the frame that confirmed it
 */
public record DtmfEvent(DtmfKey key, long sample) {
    public char symbol() {
        return key.symbol();
    }
}
