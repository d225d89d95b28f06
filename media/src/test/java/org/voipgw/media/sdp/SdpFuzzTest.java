package org.voipgw.media.sdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Random mutations of valid SDPs (seeded, ≥ 100,000 runs): the parser and the answerer give a
 * value every time — a description, an {@link SdpError} or a 488 — and nothing else escapes.
 */
class SdpFuzzTest {
    static final long SEED = 4566;
    static final int RUNS = 120_000;
    static final String[] SEEDS = {"baresip-offer.sdp", "rfc4566-example.sdp", "carrier-video-and-audio.sdp",
            "ipv6-rejected-then-inactive.sdp"};
    static final String[] TOKENS = {"v=", "o=", "s=", "c=", "t=", "m=", "a=", "IN", "IP4", "IP6", "0.0.0.0",
            "::", "255.255.255.255", "RTP/AVP", "rtpmap:", "fmtp:", "ptime:", "0", "8", "101", "127", "128",
            "65535", "65536", "-1", "/", ":", " ", "\r\n", "\n", "\r", "\u0000", "\u00e9", "telephone-event/8000",
            "PCMU/8000", "PCMA/8000/2", "sendonly", "inactive", "999999999999", "audio", "video"};

    @Test
    void onlyTypedOutcomesEscape() {
        List<String> seeds = Arrays.stream(SEEDS).map(SdpParserTest::resource).toList();
        SplittableRandom random = new SplittableRandom(SEED);
        int parsed = 0;
        int refused = 0;
        for (int run = 0; run < RUNS; run++) {
            String input = mutate(seeds.get(random.nextInt(seeds.size())), random);
            try {
                SdpResult r = SdpParser.parse(input);
                if (r instanceof SdpResult.Parsed p) {
                    parsed++;
                    OfferAnswer.Answer a = OfferAnswer.answer(p.description(), OfferAnswerTest.LOCAL);
                    assertTrue(a instanceof OfferAnswer.Answer.Accepted || a instanceof OfferAnswer.Answer.NotAcceptable);
                    SdpResult again = SdpParser.parse(p.description().format());
                    assertEquals(p, again, "a parsed description formats to text that parses the same");
                } else {
                    refused++;
                }
            } catch (RuntimeException e) {
                fail("run " + run + " (seed " + SEED + ") threw " + e + " for input:\n" + input, e);
            }
        }
        assertEquals(RUNS, parsed + refused);
        assertTrue(parsed > RUNS / 50, "the mutations keep some descriptions valid: " + parsed);
        assertTrue(refused > RUNS / 2, "and break most: " + refused);
    }

    static String mutate(String sdp, SplittableRandom r) {
        List<String> lines = new ArrayList<>(Arrays.asList(sdp.split("\r\n|\n", -1)));
        int edits = 1 + r.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int i = r.nextInt(lines.size());
            String line = lines.get(i);
            switch (r.nextInt(8)) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(r.nextInt(lines.size() + 1), line);
                case 2 -> lines.set(i, line.substring(0, r.nextInt(line.length() + 1)));
                case 3 -> { // replace a character
                    if (!line.isEmpty()) {
                        int at = r.nextInt(line.length());
                        lines.set(i, line.substring(0, at) + (char) r.nextInt(0x20, 0x7F) + line.substring(at + 1));
                    }
                }
                case 4 -> { // insert a token
                    int at = r.nextInt(line.length() + 1);
                    lines.set(i, line.substring(0, at) + TOKENS[r.nextInt(TOKENS.length)] + line.substring(at));
                }
                case 5 -> { // swap two lines
                    int j = r.nextInt(lines.size());
                    lines.set(i, lines.get(j));
                    lines.set(j, line);
                }
                case 6 -> { // replace a field
                    String[] f = line.split(" ", -1);
                    f[r.nextInt(f.length)] = TOKENS[r.nextInt(TOKENS.length)];
                    lines.set(i, String.join(" ", f));
                }
                default -> { // random bytes
                    char[] junk = new char[r.nextInt(1, 12)];
                    for (int k = 0; k < junk.length; k++) {
                        junk[k] = (char) r.nextInt(0, 0x250);
                    }
                    lines.add(r.nextInt(lines.size() + 1), new String(junk));
                }
            }
            if (lines.isEmpty()) {
                lines.add("");
            }
        }
        return String.join(r.nextBoolean() ? "\r\n" : "\n", lines);
    }
}
