package org.voipgw.media.callerid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JclipFrameTest {

    @Test
    void crcIsTheX16X12X5PlusOneCrcWithItsStandardCheckValue() {
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertEquals(0x2189, JclipFrame.crc16(check, 0, check.length));
    }

    @Test
    void everyCharacterCarriesEvenParity() {
        byte[] frame = JclipFrame.encode(JclipMessage.presenting("0312345678"));
        for (int i = 0; i < frame.length - 2; i++) {
            assertEquals(0, Integer.bitCount(frame[i] & 0xFF) % 2, "octet " + i);
        }
        assertEquals(0x90, frame[0] & 0xFF); // DLE: one bit set, parity bit added
        assertEquals(0x81, frame[1] & 0xFF); // SOH
        assertEquals(0x87, frame[2] & 0xFF); // header 07h
        assertEquals(0x90, frame[3] & 0xFF);
        assertEquals(0x82, frame[4] & 0xFF); // STX
        assertEquals(0xC0, frame[5] & 0xFF); // service 40h
        assertEquals(12, frame[6] & 0x7F); // parameters: 02h, 10, ten digits
        assertEquals(0x82, frame[7] & 0xFF);
        StringBuilder digits = new StringBuilder();
        for (int i = 9; i < 19; i++) {
            digits.append((char) (frame[i] & 0x7F));
        }
        assertEquals("0312345678", digits.toString());
        assertEquals(0x90, frame[19] & 0xFF);
        assertEquals(0x03, frame[20] & 0xFF); // ETX: two bits set, no parity bit
        assertEquals(23, frame.length);
        int crc = JclipFrame.crc16(frame, 2, 19);
        assertEquals(crc & 0xFF, frame[21] & 0xFF);
        assertEquals(crc >>> 8, frame[22] & 0xFF);
        // the CRC closes the frame: running it over the CRC octets too leaves zero
        assertEquals(0, JclipFrame.crc16(frame, 2, frame.length - 2));
    }

    @Test
    void messagesRoundTrip() throws JclipFormatException {
        for (JclipMessage m : new JclipMessage[] {
            JclipMessage.presenting("0312345678"),
            JclipMessage.presenting("09012345678"),
            JclipMessage.absent(AbsenceReason.WITHHELD),
            JclipMessage.absent(AbsenceReason.UNAVAILABLE),
            JclipMessage.absent(AbsenceReason.PAYPHONE),
            JclipMessage.absent(AbsenceReason.CONFLICT),
            JclipMessage.presenting("0451234567").withCalledNumber("0451234999"),
        }) {
            assertEquals(m, JclipFrame.decode(JclipFrame.encode(m)));
        }
    }

    @Test
    void anOctetEqualToDleIsDoubled() throws JclipFormatException {
        // 14 digits: the parameters are 2 + 14 = 16 octets, so the message length octet is 10h = DLE
        JclipMessage m = JclipMessage.presenting("01012345678901");
        byte[] frame = JclipFrame.encode(m);
        assertEquals(0x90, frame[6] & 0xFF);
        assertEquals(0x90, frame[7] & 0xFF, "the length 16 is sent as DLE DLE");
        // DLE SOH, header, DLE STX, type, DLE DLE, 02h, 14, fourteen digits, DLE ETX, CRC
        assertEquals(2 + 1 + 2 + 1 + 2 + 2 + 14 + 2 + 2, frame.length);
        assertEquals(m, JclipFrame.decode(frame));
    }

    @Test
    void corruptFramesAreRefusedSayingWhy() {
        byte[] good = JclipFrame.encode(JclipMessage.presenting("0312345678"));
        byte[] parity = good.clone();
        parity[10] ^= 0x01;
        assertTrue(refusal(parity).contains("parity"), refusal(parity));
        byte[] crc = good.clone();
        crc[21] ^= 0x01;
        assertTrue(refusal(crc).contains("CRC"), refusal(crc));
        for (int len = 0; len < good.length; len++) {
            assertThrows(JclipFormatException.class, copyOf(good, len)::decode, "truncated to " + len);
        }
    }

    @Test
    void randomBytesNeverCrashTheDecoder() {
        Random rnd = new Random(17);
        byte[] good = JclipFrame.encode(JclipMessage.absent(AbsenceReason.WITHHELD));
        for (int i = 0; i < 20_000; i++) {
            byte[] b = i % 2 == 0 ? new byte[rnd.nextInt(40)] : good.clone();
            if (i % 2 == 0) {
                rnd.nextBytes(b);
            } else {
                b[rnd.nextInt(b.length)] ^= (byte) (1 << rnd.nextInt(8));
            }
            try {
                JclipFrame.decode(b);
            } catch (JclipFormatException expected) {
                assertTrue(expected.getMessage() != null && !expected.getMessage().isEmpty());
            }
        }
    }

    @Test
    void badNumbersAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JclipMessage.presenting("03-1234"));
        assertTrue(e.getMessage().contains("1 to 20 digits"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> JclipMessage.presenting(""));
        assertThrows(IllegalArgumentException.class, () -> JclipMessage.presenting("123456789012345678901"));
        assertThrows(IllegalArgumentException.class, () -> new JclipMessage("03", AbsenceReason.WITHHELD, null));
    }

    private static String refusal(byte[] frame) {
        return assertThrows(JclipFormatException.class, () -> JclipFrame.decode(frame)).getMessage();
    }

    private record Truncated(byte[] bytes) {
        void decode() throws JclipFormatException {
            JclipFrame.decode(bytes);
        }
    }

    private static Truncated copyOf(byte[] b, int len) {
        return new Truncated(Arrays.copyOf(b, len));
    }
}
