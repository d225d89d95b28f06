package org.voipgw.agent.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BootRecordTest {
    @Test
    void aRecordReadsBackAsWritten() {
        for (BootRecord r : new BootRecord[] {BootRecord.FACTORY, BootRecord.trying(Slot.B).withAttempts(2),
                BootRecord.confirmed(Slot.B).withPending(Slot.A)}) {
            assertEquals(r, BootRecord.decode(r.encode()));
        }
    }

    @Test
    void anyChangedByteIsCaught() {
        byte[] good = BootRecord.trying(Slot.B).withAttempts(1).encode();
        for (int i = 0; i < good.length; i++) {
            byte[] bad = good.clone();
            bad[i] ^= 0x01;
            int at = i;
            assertThrows(IllegalArgumentException.class, () -> BootRecord.decode(bad), () -> "byte " + at);
        }
    }
}
