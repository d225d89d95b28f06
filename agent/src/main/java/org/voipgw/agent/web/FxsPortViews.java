package org.voipgw.agent.web;

import java.util.List;
import org.voipgw.fxs.FxsLine;
import org.voipgw.fxs.FxsPorts;
import org.voipgw.fxs.LineState;
import org.voipgw.webui.FxsPortState;
import org.voipgw.webui.FxsPortView;

/**
 * The FXS lines as VoIP状態 shows them. The line's own states are finer than the page's (issue 11 asks for
 * on-hook, dial tone, dialling, ringing, talking, FAX): the caller-ID phases of an incoming call are all
 * 着信中, and the far end ringing is 呼出中 like the call being placed.
 */
final class FxsPortViews {
    private FxsPortViews() {
    }

    /** Every port in order. Event loop only: the lines are the device's. */
    static List<FxsPortView> of(FxsPorts ports) {
        return ports.lines().stream().map(FxsPortViews::of).toList();
    }

    static FxsPortView of(FxsLine line) {
        return new FxsPortView(line.port(), state(line.state()), line.lastDialled());
    }

    static FxsPortState state(LineState s) {
        return switch (s) {
            case IDLE -> FxsPortState.ON_HOOK;
            case DIAL_TONE -> FxsPortState.DIAL_TONE;
            case DIALLING -> FxsPortState.DIALLING;
            case CALLING, RINGBACK -> FxsPortState.CALLING;
            case CALLER_ID_CAR, CALLER_ID_DATA, CALLER_ID_RELEASE, RINGING -> FxsPortState.RINGING;
            case TALKING -> FxsPortState.TALKING;
            case BUSY -> FxsPortState.BUSY;
            case FAX -> FxsPortState.FAX;
        };
    }
}
