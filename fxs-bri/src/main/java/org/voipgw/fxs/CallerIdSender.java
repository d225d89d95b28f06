package org.voipgw.fxs;

/**
 * Makes the caller-ID data signal of NTT's ナンバー・ディスプレイ: the JCLIP message for a caller, with its
 * checksum, as V.23-style FSK (implemented with the {@code media} module by
 * {@link org.voipgw.fxs.signal.JclipCallerIdSender}). The line decides when it is sent ({@link CallerIdTiming}).
 */
@FunctionalInterface
public interface CallerIdSender {
    /** The whole data signal for {@code caller}, from its first mark bit to its last stop bit; the stream then ends. */
    AudioStream message(CallerIdentity caller);
}
