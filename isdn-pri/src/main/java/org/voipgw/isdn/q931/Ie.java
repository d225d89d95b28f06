package org.voipgw.isdn.q931;

import java.util.List;
import org.voipgw.isdn.Octets;

/**
 * Q.931 information elements (Q.931 §4.5). Elements this implementation interprets are typed
 * records in codeset 0; anything else — other codesets after a shift, unknown identifiers, or a
 * known element with a coding we do not model — is kept as {@link Unknown} and re-encoded as
 * received (§5.8.7.1: unrecognised IEs are not fatal).
 */
public sealed interface Ie {
    /** Information element identifier (table 4-3). */
    int id();

    int BEARER_CAPABILITY = 0x04;
    int CAUSE = 0x08;
    int CALL_STATE = 0x14;
    int CHANNEL_ID = 0x18;
    int PROGRESS_INDICATOR = 0x1E;
    int DISPLAY = 0x28;
    int CALLING_PARTY_NUMBER = 0x6C;
    int CALLED_PARTY_NUMBER = 0x70;
    int RESTART_INDICATOR = 0x79;
    int SENDING_COMPLETE = 0xA1;

    /**
     * Bearer capability (§4.5.5): octet 3 coding standard + information transfer capability
     * (0x00 speech, 0x08 unrestricted digital, 0x10 3.1 kHz audio), octet 4 transfer mode + rate
     * (0x10 = 64 kbit/s), optional octet 5 user information layer 1 protocol (2 = G.711 µ-law,
     * 3 = A-law), or -1 when absent.
     */
    record BearerCapability(int codingStandard, int capability, int mode, int rate, int layer1) implements Ie {
        public static final int SPEECH = 0x00;
        public static final int UNRESTRICTED_DIGITAL = 0x08;
        public static final int AUDIO_3_1K = 0x10;
        public static final int G711_ULAW = 2;

        /** Speech, circuit mode, 64 kbit/s, G.711 µ-law — what the gateway offers (G.711 only). */
        public static BearerCapability speech() {
            return new BearerCapability(0, SPEECH, 0, 0x10, G711_ULAW);
        }

        @Override
        public int id() {
            return BEARER_CAPABILITY;
        }
    }

    /**
     * Channel identification (§4.5.13). {@code pri} is the interface type bit; {@code selection} is
     * the information channel selection (PRI: 0 none, 1 as indicated, 3 any; BRI: 1 B1, 2 B2, 3
     * any); on a PRI with selection 1, {@code channels} lists the indicated B-channel numbers
     * (octet 3.2 = 0x83: ITU-T coding, channel number, B-channel units).
     */
    record ChannelId(boolean pri, boolean exclusive, boolean dChannel, int selection, List<Integer> channels)
            implements Ie {
        public ChannelId {
            channels = List.copyOf(channels);
        }

        public static ChannelId priExclusive(int channel) {
            return new ChannelId(true, true, false, 1, List.of(channel));
        }

        public static ChannelId bri(int bChannel, boolean exclusive) {
            return new ChannelId(false, exclusive, false, bChannel, List.of());
        }

        @Override
        public int id() {
            return CHANNEL_ID;
        }
    }

    /**
     * Calling party number (§4.5.10): type of number, numbering plan, octet 3a presentation and
     * screening indicators (-1 when octet 3a is absent), IA5 digits.
     */
    record CallingPartyNumber(int type, int plan, int presentation, int screening, String digits) implements Ie {
        @Override
        public int id() {
            return CALLING_PARTY_NUMBER;
        }
    }

    /** Called party number (§4.5.8): type of number, numbering plan, IA5 digits. */
    record CalledPartyNumber(int type, int plan, String digits) implements Ie {
        /** Unknown type, ISDN/telephony numbering plan (E.164) — the usual coding of a dialled number. */
        public static CalledPartyNumber of(String digits) {
            return new CalledPartyNumber(0, 1, digits);
        }

        @Override
        public int id() {
            return CALLED_PARTY_NUMBER;
        }
    }

    /**
     * Cause (§4.5.12, coded as ITU-T Q.850): coding standard, location, optional recommendation
     * (octet 3a; -1 when absent), cause value, diagnostics.
     */
    record Cause(int codingStandard, int location, int recommendation, int value, Octets diagnostics) implements Ie {
        /** Location 2: public network serving the local user (Q.850 §2.2.5) — us, as the network side. */
        public static final int LOCATION_LOCAL_PUBLIC = 2;
        public static final int LOCATION_USER = 0;

        public static Cause of(int value, int location) {
            return new Cause(0, location, -1, value, Octets.EMPTY);
        }

        @Override
        public int id() {
            return CAUSE;
        }
    }

    /** Progress indicator (§4.5.23): coding standard, location, progress description. */
    record ProgressIndicator(int codingStandard, int location, int description) implements Ie {
        @Override
        public int id() {
            return PROGRESS_INDICATOR;
        }
    }

    /** Display (§4.5.16): IA5 characters. */
    record Display(String text) implements Ie {
        @Override
        public int id() {
            return DISPLAY;
        }
    }

    /** Restart indicator (§4.5.25): class 0 indicated channels, 6 single interface, 7 all interfaces. */
    record RestartIndicator(int restartClass) implements Ie {
        public static final int INDICATED_CHANNELS = 0;
        public static final int SINGLE_INTERFACE = 6;
        public static final int ALL_INTERFACES = 7;

        @Override
        public int id() {
            return RESTART_INDICATOR;
        }
    }

    /** Call state (§4.5.7): coding standard and the state value (N0 = 0 … N25 = 25). */
    record CallState(int codingStandard, int value) implements Ie {
        @Override
        public int id() {
            return CALL_STATE;
        }
    }

    /** Sending complete (§4.5.27), single-octet type 2. */
    record SendingComplete() implements Ie {
        @Override
        public int id() {
            return SENDING_COMPLETE;
        }
    }

    /**
     * Any element kept as received: {@code codeset} in force, identifier, single-octet or not,
     * contents (empty for single-octet elements, whose value is inside the identifier octet).
     */
    record Unknown(int codeset, int id, boolean singleOctet, Octets content) implements Ie {}
}
