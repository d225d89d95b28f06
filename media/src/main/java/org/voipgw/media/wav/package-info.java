/**
 * WAV files of call audio: 8 kHz, 16-bit, mono, linear PCM only — what {@code scenario run --audio DIR}
 * writes for QA (Audacity opens it as is) and what {@code phone N play FILE.wav} reads. Any other format is
 * refused with a message saying what was found and what is needed.
 *
 * <p>May use: the JDK only. Used by the scenario runner and the simulated phones.
 */
package org.voipgw.media.wav;
