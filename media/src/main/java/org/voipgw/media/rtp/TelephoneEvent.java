package org.voipgw.media.rtp;

/**
 * One RFC 4733 telephone-event payload (§2.3): event code, end bit, volume and duration.
 *
 * @param event    the event code; 0–15 are the DTMF digits of §3.2 Table 3
 * @param end      E bit: the event has ended (§2.5.1.3)
 * @param volume   power level in −dBm0, 0–63 (§2.3.4; 0 is loudest)
 * @param duration samples since the event started, 16 bits (§2.3.5)
 */
public record TelephoneEvent(int event, boolean end, int volume, int duration) {
    /** §2.3: event (8), E R volume (8), duration (16). */
    public static final int LENGTH = 4;
    /** §3.2 Table 3: events 0–9 digits, 10 *, 11 #, 12–15 A–D. */
    private static final String DTMF = "0123456789*#ABCD";

    public TelephoneEvent {
        if (event < 0 || event > 255) {
            throw new IllegalArgumentException("an event code is 8 bits (0-255), not " + event);
        }
        if (volume < 0 || volume > 63) {
            throw new IllegalArgumentException("volume is 0-63 (-dBm0), not " + volume);
        }
        if (duration < 0 || duration > 0xFFFF) {
            throw new IllegalArgumentException("duration is 16 bits (0-65535 samples), not " + duration);
        }
    }

    public byte[] encode() {
        byte[] b = new byte[LENGTH];
        b[0] = (byte) event;
        b[1] = (byte) ((end ? 0x80 : 0) | volume); // R bit (0x40) always 0 on send (§2.3.3)
        Bytes.put16(b, 2, duration);
        return b;
    }

    /** Decodes a payload; §2.3 defines exactly 4 octets. Never throws on bad bytes. */
    public static Decoded<TelephoneEvent> decode(byte[] payload) {
        if (payload.length != LENGTH) {
            return Decoded.bad(DecodeProblem.BAD_EVENT, payload.length + " octets, a telephone-event payload is 4");
        }
        return Decoded.ok(new TelephoneEvent(payload[0] & 0xFF, (payload[1] & 0x80) != 0, payload[1] & 0x3F,
                Bytes.get16(payload, 2)));
    }

    /** Whether this is a DTMF digit (events 0–15, §3.2). */
    public boolean isDtmf() {
        return event < DTMF.length();
    }

    /** The DTMF digit of this event (§3.2 Table 3). */
    public char digit() {
        if (!isDtmf()) {
            throw new IllegalStateException("event " + event + " is not a DTMF digit (0-15)");
        }
        return DTMF.charAt(event);
    }

    /** The event code of a DTMF digit: 0–9, *, #, A–D (§3.2 Table 3). */
    public static int eventFor(char digit) {
        int i = DTMF.indexOf(Character.toUpperCase(digit));
        if (i < 0) {
            throw new IllegalArgumentException("'" + digit + "' is not a DTMF digit; valid: 0-9 * # A-D");
        }
        return i;
    }
}
