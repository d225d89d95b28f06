/**
 * The FXS line's signals made by the {@code media} module: the Japanese call-progress tones toward the
 * phone ({@link org.voipgw.fxs.signal.CallProgressTones}), the line's DTMF receiver
 * ({@link org.voipgw.fxs.signal.LineDtmfDetector}) and the ナンバー・ディスプレイ data signal
 * ({@link org.voipgw.fxs.signal.JclipCallerIdSender}), put together for one port by
 * {@link org.voipgw.fxs.signal.MediaSignalling#forLine()} — what the device passes to
 * {@link org.voipgw.fxs.FxsPorts} for each port.
 *
 * <p>May use: {@code org.voipgw.fxs} (the interfaces it implements), {@code org.voipgw.media.tone},
 * {@code .dtmf}, {@code .callerid}. Holds no figures of its own: each comes from media, where it is cited.
 */
package org.voipgw.fxs.signal;
