package org.voipgw.fxs;

import java.time.Duration;
import org.voipgw.media.callerid.JclipTiming;

/**
 * The timing of NTT's ナンバー・ディスプレイ sequence on an incoming call (issue 11, Caller ID):
 *
 * <ol>
 *   <li>the CAR signal ({@link RingCadence#CAR}: 16 Hz, 0.5 s on / 0.5 s off, repeated) tells the phone
 *       caller ID follows;
 *   <li>the phone answers it with its primary response (一次応答): it goes off-hook, silently;
 *   <li>after {@link #dataDelay()} the data signal (JCLIP over FSK, {@link CallerIdSender}) is sent;
 *   <li>the phone goes back on-hook, and normal ringing ({@link RingCadence#NORMAL}) starts.
 * </ol>
 *
 * <p>The order, the CAR cadence and the 6 s wait for the primary response are NTT's; the data delay and
 * the release wait are chosen. {@link #DEFAULT} takes every figure from media's {@link JclipTiming}, where
 * each is cited (one place for the sequence's figures):
 *
 * @param primaryResponseWait how long CAR is sent waiting for the primary response; a phone that never
 *     answers it (no ナンバー・ディスプレイ function) then gets normal ringing without the data
 * @param dataDelay from the primary response to the data, so the phone's line circuit has settled into its
 *     off-hook state before the first mark bit
 * @param releaseWait from the end of the data to the phone going back on-hook; a phone still off-hook then
 *     is a person who picked up during CAR, and the call is answered
 */
public record CallerIdTiming(Duration primaryResponseWait, Duration dataDelay, Duration releaseWait) {
    public static final CallerIdTiming DEFAULT = new CallerIdTiming(Duration.ofMillis(JclipTiming.PRIMARY_RESPONSE_TIMEOUT_MS),
            Duration.ofMillis(JclipTiming.DATA_DELAY_MS), Duration.ofMillis(JclipTiming.RECEIVE_COMPLETE_TIMEOUT_MS));
}
