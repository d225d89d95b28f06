/**
 * FAX tone detection on a call's audio (the guide's FAX page, lines 4962–5076: G3 only): the calling
 * machine's CNG and the answering machine's CED/ANS, which switch a call to FAX mode (echo canceller off,
 * fixed jitter buffer — issue 11).
 *
 * <p>May use: {@code org.voipgw.media.tone} (Goertzel), {@code org.voipgw.media.level}. Used by the call core.
 */
package org.voipgw.media.fax;
