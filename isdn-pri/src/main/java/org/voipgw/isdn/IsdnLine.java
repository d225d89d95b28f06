package org.voipgw.isdn;

import java.util.function.Consumer;
import org.voipgw.isdn.call.CallObserver;
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

    /** A call toward the PBX (from the SIP side). */
    IsdnCall placeCall(String called, String calling, CallObserver observer);

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
