package org.voipgw.fxs.signal;

import java.util.List;
import java.util.Optional;
import org.voipgw.fxs.DigitDetector;
import org.voipgw.media.dtmf.DtmfDetector;
import org.voipgw.media.dtmf.DtmfEvent;

/**
 * One line's DTMF receiver: media's {@link DtmfDetector} (ITU-T Q.24 practice: ±1.5 % accepted, ±3.5 %
 * rejected, 40 ms, twist and talk-off limits — its constants say which are chosen) fed 20 ms at a time.
 */
public final class LineDtmfDetector implements DigitDetector {
    private DtmfDetector detector = new DtmfDetector();

    @Override
    public Optional<Character> detect(short[] fromPhone) {
        List<DtmfEvent> keys = detector.accept(fromPhone);
        // a 20 ms frame holds at most one acceptance: a key needs 3 judgements 10 ms apart after a release
        return keys.isEmpty() ? Optional.empty() : Optional.of(keys.get(0).symbol());
    }

    @Override
    public void reset() {
        detector = new DtmfDetector();
    }
}
