/**
 * The analog line-interface port of an FXS line (Ⅲ SG1000an4 / Ⅳ SG1000an8, guide 4236–4260: "FXS",
 * 232D two-pin quick connector): what a SLIC (subscriber line interface circuit) gives the device logic.
 *
 * <ul>
 *   <li>{@link org.voipgw.hal.line.LineInterface} — hook (loop-current) edges in, ringing on/off,
 *       feed polarity, and the PCM exchange of 8 kHz samples in 20 ms frames;
 *   <li>{@link org.voipgw.hal.line.Polarity}, {@link org.voipgw.hal.line.Pcm} — the feed polarity and
 *       the PCM frame format;
 *   <li>{@code sim} — the simulated line used by scenarios and tests, driven by a simulated phone.
 * </ul>
 *
 * <p>Timing decisions (debounce, pulse, flash, ring cadence) are not made here: the port reports raw
 * edges and obeys on/off commands, so a SLIC on SPI with a PCM highway (e.g. a Silicon Labs ProSLIC on a
 * Raspberry Pi) can implement it without policy. May use: {@code org.voipgw.hal.time} only.
 */
package org.voipgw.hal.line;
