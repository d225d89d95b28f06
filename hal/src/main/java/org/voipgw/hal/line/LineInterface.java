package org.voipgw.hal.line;

/**
 * One FXS line as the SLIC presents it. The device logic decides all timing (debounce, dial pulses,
 * hook flash, ring cadence, caller-ID sequence); this port only reports and obeys, so every
 * implementation stays thin:
 *
 * <ul>
 *   <li>simulated: {@link org.voipgw.hal.line.sim.SimulatedLineInterface}, wired to a simulated phone;
 *   <li>live: a SLIC on SPI with its PCM highway on the Pi's PCM/I2S pins — loop-closure detection
 *       interrupt → {@link HookListener}; linefeed mode "ringing" with the ring oscillator programmed to
 *       the frequency given → {@link #ringOn}; linefeed forward/reverse active → {@link #polarity}; the PCM
 *       timeslot enabled → {@link #startPcm}.
 * </ul>
 *
 * <p>All callbacks run on the device's event loop (hal {@code Scheduler}): a live driver posts its
 * interrupt handling there with {@code Scheduler.execute}.
 */
public interface LineInterface {

    /** Raw loop-current edges, undebounced: {@code offHook} is true when loop current starts flowing. */
    @FunctionalInterface
    interface HookListener {
        void hookChanged(boolean offHook);
    }

    /**
     * The 20 ms PCM exchange: each period the line hands over the frame it received from the phone and
     * takes the frame it sends toward the phone (one in, one out, like a PCM highway timeslot).
     */
    @FunctionalInterface
    interface PcmExchange {
        /**
         * @param fromPhone {@link Pcm#FRAME_SAMPLES} samples heard on the line (read only)
         * @return {@link Pcm#FRAME_SAMPLES} samples to send toward the phone
         */
        short[] exchange(short[] fromPhone);
    }

    /** Sets the one listener for hook edges (replacing any earlier one). */
    void listen(HookListener listener);

    /** The raw hook state now (loop current flowing). */
    boolean offHook();

    /** Applies ringing voltage at {@code frequencyHz} until {@link #ringOff()}. */
    void ringOn(int frequencyHz);

    /** Removes ringing voltage; does nothing when not ringing. */
    void ringOff();

    /** Whether ringing voltage is applied now. */
    boolean ringing();

    /** Sets the feed polarity. */
    void polarity(Polarity polarity);

    Polarity polarity();

    /** Starts exchanging 20 ms frames through {@code exchange} (replaces a running exchange). */
    void startPcm(PcmExchange exchange);

    /** Stops the PCM exchange; the phone then hears nothing from us. */
    void stopPcm();
}
