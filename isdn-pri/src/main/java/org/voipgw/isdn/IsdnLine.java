package org.voipgw.isdn;

import java.util.Collection;
import java.util.function.Consumer;
import org.voipgw.isdn.call.CallControl;
import org.voipgw.isdn.call.CallObserver;
import org.voipgw.isdn.call.FarEnd;
import org.voipgw.isdn.call.IsdnCall;
import org.voipgw.isdn.dchan.FrameTap;

/**
 * What the device runtime sees of any PBX-side ISDN line — the Ⅷ PRI span or a Ⅵ/Ⅶ BRI port:
 * start it, block it while the SIP registration is down, place calls toward the PBX, capture its
 * D channel, and follow its {@link IsdnLineState} for the lamp.
 */
public interface IsdnLine {
    /** Configured and running: from now on the line is no longer {@link IsdnLineState#UNCONFIGURED}. */
    void start();

    /** While blocked, SETUPs from the PBX are refused and the line shows {@link IsdnLineState#BLOCKED}. */
    void setBlocked(boolean blocked);

    /** The line's network-side Q.931 call control. */
    CallControl callControl();

    /** A call toward the PBX (from the SIP side). */
    default IsdnCall placeCall(String called, String calling, CallObserver observer) {
        return callControl().placeCall(called, calling, observer);
    }

    /** Who answers calls from the PBX (the SIP side; a stand-in in simulation). */
    default void setFarEnd(FarEnd farEnd) {
        callControl().setFarEnd(farEnd);
    }

    /** The calls in progress. */
    default Collection<IsdnCall> calls() {
        return callControl().calls();
    }

    /** Every D-channel frame sent or received goes to {@code tap} (e.g. a pcap writer). */
    void addTap(FrameTap tap);

    /** The observed line state (implementations keep it current). */
    StateCell<IsdnLineState> lineStateCell();

    default IsdnLineState lineState() {
        return lineStateCell().get();
    }

    default void onLineState(Consumer<IsdnLineState> listener) {
        lineStateCell().onChange(listener);
    }
}
