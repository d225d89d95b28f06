package org.voipgw.isdn.codec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.voipgw.isdn.Decoded;
import org.voipgw.isdn.Octets;
import org.voipgw.isdn.lapd.Frame;
import org.voipgw.isdn.lapd.LapdCodec;
import org.voipgw.isdn.q931.Message;
import org.voipgw.isdn.q931.Q931Codec;

/** One golden vector file from {@code src/test/resources/golden}. */
record GoldenVector(String name, String layer, Octets octets, String decoded) {
    static final List<String> FILES = List.of(
            "lapd-disc", "lapd-dm", "lapd-frmr", "lapd-i", "lapd-rej", "lapd-rnr", "lapd-rr", "lapd-sabme",
            "lapd-tei-assigned", "lapd-tei-check", "lapd-tei-request", "lapd-ua", "lapd-xid",
            "q931-alerting", "q931-call-proceeding", "q931-connect-ack", "q931-connect-bri", "q931-connect",
            "q931-disconnect", "q931-information-display", "q931-progress", "q931-release-complete-cause34",
            "q931-release-complete-diagnostics", "q931-release-complete", "q931-release", "q931-restart-ack",
            "q931-restart-channel", "q931-restart", "q931-setup-bri", "q931-setup-codeset6", "q931-setup-pri",
            "q931-setup-unknown-ie", "q931-status-enquiry", "q931-status");

    static Stream<GoldenVector> all() {
        return FILES.stream().map(GoldenVector::load);
    }

    static Stream<GoldenVector> q931() {
        return all().filter(v -> v.layer.equals("q931"));
    }

    static GoldenVector load(String name) {
        try (InputStream in = GoldenVector.class.getResourceAsStream("/golden/" + name + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("missing golden vector " + name);
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return new GoldenVector(name, field(lines, "layer"), Octets.hex(field(lines, "hex")), field(lines, "decoded"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String field(List<String> lines, String key) {
        return lines.stream().filter(l -> l.startsWith(key + ":")).findFirst()
                .map(l -> l.substring(key.length() + 1).strip()).orElseThrow();
    }

    /** The decoder for this vector's layer, result as an untyped {@link Decoded}. */
    Function<byte[], Decoded<?>> decoder() {
        return layer.equals("lapd") ? LapdCodec::decode : Q931Codec::decode;
    }

    byte[] encode(Object value) {
        return layer.equals("lapd") ? LapdCodec.encode((Frame) value) : Q931Codec.encode((Message) value);
    }

    @Override
    public String toString() {
        return name;
    }
}
