package org.voipgw.isdn.call;

/**
 * Whatever lies beyond the gateway for calls from the PBX (the SIP side in the device; a stand-in
 * in simulation). The gateway has already sent CALL PROCEEDING; the far end then drives the call
 * with {@link IsdnCall#alert()}, {@link IsdnCall#answer()} or {@link IsdnCall#hangup(int)}, and
 * may {@link IsdnCall#observe observe} it to hear when the PBX clears.
 */
@FunctionalInterface
public interface FarEnd {
    void offer(IsdnCall call);
}
