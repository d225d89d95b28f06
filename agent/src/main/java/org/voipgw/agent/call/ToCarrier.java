package org.voipgw.agent.call;

/**
 * Where calls from the PBX go: an INVITE to the carrier. The implementation attaches the SIP leg it
 * starts, or clears the call at once with a Q.850 cause.
 */
@FunctionalInterface
public interface ToCarrier {
    void offer(Call call);
}
