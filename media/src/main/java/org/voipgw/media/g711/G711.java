package org.voipgw.media.g711;

/**
 * The two G.711 laws behind one face, so a call holds "its codec" after SDP negotiation.
 * Payload types are the static ones of RFC 3551 §6 Table 4 (PCMU 0, PCMA 8, both 8000 Hz).
 */
public enum G711 {
    /** µ-law: the law of the Japanese and North American networks (G.711 §3). */
    PCMU(0) {
        @Override
        public byte encode(int sample) {
            return MuLaw.encode(sample);
        }

        @Override
        public short decode(byte code) {
            return MuLaw.decode(code);
        }
    },
    /** A-law (G.711 §2). */
    PCMA(8) {
        @Override
        public byte encode(int sample) {
            return ALaw.encode(sample);
        }

        @Override
        public short decode(byte code) {
            return ALaw.decode(code);
        }
    };

    /** G.711 runs at 8000 samples/s; RTP's clock for PCMU/PCMA is the same (RFC 3551 §4.5.14). */
    public static final int SAMPLE_RATE = 8000;

    private final int payloadType;

    G711(int payloadType) {
        this.payloadType = payloadType;
    }

    /** The static RTP payload type (RFC 3551 §6). */
    public int payloadType() {
        return payloadType;
    }

    /** The SDP encoding name, as in {@code a=rtpmap:0 PCMU/8000}. */
    public String encodingName() {
        return name();
    }

    /** Encodes one 16-bit linear sample (values outside the short range saturate). */
    public abstract byte encode(int sample);

    /** Decodes one code word to a 16-bit linear sample. */
    public abstract short decode(byte code);

    /** Encodes {@code count} samples from {@code pcm[from..]} into {@code out[outFrom..]}. */
    public void encode(short[] pcm, int from, byte[] out, int outFrom, int count) {
        for (int i = 0; i < count; i++) {
            out[outFrom + i] = encode(pcm[from + i]);
        }
    }

    /** Decodes {@code count} code words from {@code in[from..]} into {@code pcm[pcmFrom..]}. */
    public void decode(byte[] in, int from, short[] pcm, int pcmFrom, int count) {
        for (int i = 0; i < count; i++) {
            pcm[pcmFrom + i] = decode(in[from + i]);
        }
    }

    /** The law with this static payload type, or null when it is neither 0 nor 8. */
    public static G711 forPayloadType(int payloadType) {
        for (G711 law : values()) {
            if (law.payloadType == payloadType) {
                return law;
            }
        }
        return null;
    }

    /** The law with this SDP encoding name (case-insensitive, RFC 4566 §6 rtpmap), or null. */
    public static G711 forEncodingName(String name) {
        for (G711 law : values()) {
            if (law.name().equalsIgnoreCase(name)) {
                return law;
            }
        }
        return null;
    }
}
