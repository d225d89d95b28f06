package org.voipgw.agent.call;

/**
 * Where calls from the carrier go: the ISDN ports (a SETUP on a free B channel, hunting as the span
 * does) or the FXS ports (the port whose number matches, else the first free one). The implementation
 * attaches the PBX leg it builds, or clears the call at once with a Q.850 cause (e.g. 17 when every port
 * is busy, 27 when the line is down).
 */
@FunctionalInterface
public interface ToPbx {
    void offer(Call call);
}
