/**
 * The analog FXS line of Ⅲ (SG1000an4, 4 ports) and Ⅳ (SG1000an8, 8 ports) (guide 4236–4260): each port
 * behaves toward its phone, FAX machine or key system like a Japanese exchange line (issue 11).
 *
 * <ul>
 *   <li>{@link org.voipgw.fxs.FxsPorts} — the box's ports (4 on Ⅲ, 8 on Ⅳ), each an
 *       {@link org.voipgw.fxs.FxsLine}: one port's state machine ({@link org.voipgw.fxs.LineState}) on the
 *       device's scheduler, over hal's {@link org.voipgw.hal.line.LineInterface}, with its
 *       {@link org.voipgw.fxs.FxsPortSettings} ({@code fxs.N.number|callerid|digitmap|polarity-reversal});
 *   <li>hook signals: {@link org.voipgw.fxs.HookDebouncer}, {@link org.voipgw.fxs.HookTiming} (dial pulse,
 *       hook flash, hang-up), {@link org.voipgw.fxs.HookSignalDecoder};
 *   <li>ringing and caller ID: {@link org.voipgw.fxs.RingCadence}, {@link org.voipgw.fxs.CallerIdTiming},
 *       {@link org.voipgw.fxs.CallerIdentity};
 *   <li>dialling: {@link org.voipgw.fxs.DigitCollector} against a {@link org.voipgw.fxs.DigitMap} (RFC 3435
 *       syntax), by default {@link org.voipgw.fxs.JapaneseNumberingPlan}; the result is a
 *       {@link org.voipgw.fxs.DialledNumber} with its 184/186 {@link org.voipgw.fxs.Presentation};
 *   <li>which port rings for an incoming call: {@link org.voipgw.fxs.PortSelection} (dial-in number, else
 *       the 代表 hunt from port 1);
 *   <li>the signals the line sends and reads, as small interfaces: {@link org.voipgw.fxs.DigitDetector}
 *       (DTMF), {@link org.voipgw.fxs.ToneSource} (call-progress tones), {@link org.voipgw.fxs.CallerIdSender}
 *       (JCLIP over V.23 FSK), grouped per line as {@link org.voipgw.fxs.LineSignalling}, all streaming
 *       {@link org.voipgw.fxs.AudioStream}s; {@code org.voipgw.fxs.signal} implements them with the
 *       {@code media} module;
 *   <li>toward the call core: {@link org.voipgw.fxs.FxsLineEvents} and each port's talk path
 *       {@link org.voipgw.fxs.LineAudio} (fixed gains, echo canceller, FAX detection: {@code PortAudio}).
 * </ul>
 *
 * <p>May use: {@code org.voipgw.hal.line}, {@code org.voipgw.hal.time}, and media's figures and talk-path
 * blocks ({@code org.voipgw.media.level}, {@code .echo}, {@code .fax}, {@code .tone}, {@code .callerid}).
 * No wall clock, no sleeping; tone, DTMF and FSK signal processing stays behind the interfaces above.
 */
package org.voipgw.fxs;
