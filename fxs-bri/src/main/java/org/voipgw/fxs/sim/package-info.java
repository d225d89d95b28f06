/**
 * The simulated phone on an FXS port, for scenarios and tests ({@code phone N offhook|onhook|flash},
 * {@code phone N dial DIGITS [pulse]}, {@code phone N play …}, {@code phone N tone HZ|off}, and what it
 * hears, rings and displays): {@link org.voipgw.fxs.sim.SimulatedPhone} plugged into hal's simulated line,
 * a whole box's ports with their phones ({@link org.voipgw.fxs.sim.SimulatedFxsPorts}), and the scenario
 * words ({@link org.voipgw.fxs.sim.PhoneWords}).
 * It makes its own hook timing for pulse dialling and flash; its audio (DTMF keys, a sine) and its
 * ナンバー・ディスプレイ receiver come through {@link org.voipgw.fxs.sim.PhoneSignals} and
 * {@link org.voipgw.fxs.sim.CallerIdReceiver}, implemented with the {@code media} module by
 * {@link org.voipgw.fxs.sim.MediaPhoneSignals} and {@link org.voipgw.fxs.sim.JclipPhoneReceiver};
 * {@code expect tone phone} is judged by {@link org.voipgw.fxs.sim.AnalyserToneJudge}, and
 * {@code phone N play FILE.wav} reads its file with {@link org.voipgw.fxs.sim.WavPlayback}.
 *
 * <p>Never on a live device's path. May use: {@code org.voipgw.fxs}, {@code org.voipgw.hal.line},
 * {@code org.voipgw.hal.line.sim}, {@code org.voipgw.hal.time}, {@code org.voipgw.media.tone}, {@code .dtmf},
 * {@code .callerid}, {@code .wav}.
 */
package org.voipgw.fxs.sim;
