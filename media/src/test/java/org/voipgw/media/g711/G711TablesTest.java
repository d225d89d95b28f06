package org.voipgw.media.g711;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * G.711 against its reference tables (testdata g711/table1a-alaw.csv and table2a-mulaw.csv, one row
 * per segment typed from Tables 1a/1b and 2a/2b): every interval's reconstruction value, every
 * integer input inside every interval (both signs) and the character signal.
 */
class G711TablesTest {

    record Segment(int segment, int decisionLow, int decisionHigh, int width, int firstReconstruction,
                   int firstCharacter) {
        /** Lower decision value of interval {@code k} (0..15) of this segment. */
        int low(boolean muLawFirst, int k) {
            if (muLawFirst) { // Table 2a: [0,1) then 2-wide intervals from 1
                return k == 0 ? 0 : 1 + (k - 1) * width;
            }
            return decisionLow + k * width;
        }

        int high(boolean muLawFirst, int k) {
            return k == 15 ? decisionHigh : low(muLawFirst, k + 1);
        }
    }

    static List<Segment> alaw() throws IOException {
        return read("/g711/table1a-alaw.csv");
    }

    static List<Segment> mulaw() throws IOException {
        return read("/g711/table2a-mulaw.csv");
    }

    private static List<Segment> read(String resource) throws IOException {
        List<Segment> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                G711TablesTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",");
                rows.add(new Segment(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                        Integer.parseInt(f[3]), Integer.parseInt(f[4]), Integer.parseInt(f[5], 16)));
            }
        }
        assertEquals(8, rows.size(), resource + " must hold 8 segments");
        return rows;
    }

    @ParameterizedTest(name = "A-law segment {0}")
    @MethodSource("alaw")
    void alawSegmentMatchesTable1a(Segment s) {
        assertEquals(s.firstCharacter(), ALaw.encode(8 * s.decisionLow()) & 0xFF, "Table 1b character");
        for (int k = 0; k < 16; k++) {
            int expected = s.firstReconstruction() + k * s.width();
            int positive = ((0x80 | s.segment() << 4 | k) ^ 0x55);
            int negative = ((s.segment() << 4 | k) ^ 0x55);
            assertEquals(expected, ALaw.reconstruction(positive), "reconstruction +" + s.segment() + "/" + k);
            assertEquals(-expected, ALaw.reconstruction(negative), "reconstruction -" + s.segment() + "/" + k);
            assertEquals(8 * expected, ALaw.decode((byte) positive));
            assertEquals(-8 * expected, ALaw.decode((byte) negative));
            for (int m = s.low(false, k); m < s.high(false, k); m++) {
                for (int sub = 0; sub < 8; sub++) { // every 16-bit input that lands on m
                    assertEquals(positive, ALaw.encode(8 * m + sub) & 0xFF, "encode +" + (8 * m + sub));
                    if (8 * m + sub != 0) { // -0 is 0, a positive input
                        assertEquals(negative, ALaw.encode(-(8 * m + sub)) & 0xFF, "encode -" + (8 * m + sub));
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "µ-law segment {0}")
    @MethodSource("mulaw")
    void mulawSegmentMatchesTable2a(Segment s) {
        assertEquals(s.firstCharacter(), MuLaw.encode(4 * s.decisionLow()) & 0xFF, "Table 2b character");
        boolean first = s.segment() == 0;
        for (int k = 0; k < 16; k++) {
            // Table 2a segment 0: 0, 2, 4, …, 30 (its first interval is 1 wide, the others 2)
            int expected = first ? 2 * k : s.firstReconstruction() + k * s.width();
            int positive = ~(s.segment() << 4 | k) & 0xFF;
            int negative = ~(0x80 | s.segment() << 4 | k) & 0xFF;
            assertEquals(expected, MuLaw.reconstruction(positive), "reconstruction +" + s.segment() + "/" + k);
            assertEquals(-expected, MuLaw.reconstruction(negative), "reconstruction -" + s.segment() + "/" + k);
            assertEquals(4 * expected, MuLaw.decode((byte) positive));
            assertEquals(-4 * expected, MuLaw.decode((byte) negative));
            for (int m = s.low(first, k); m < s.high(first, k); m++) {
                for (int sub = 0; sub < 4; sub++) {
                    assertEquals(positive, MuLaw.encode(4 * m + sub) & 0xFF, "encode +" + (4 * m + sub));
                    if (4 * m + sub != 0) {
                        assertEquals(negative, MuLaw.encode(-(4 * m + sub)) & 0xFF, "encode -" + (4 * m + sub));
                    }
                }
            }
        }
    }
}
