/**
 * The line echo canceller of the analog ports (guide 4866–4903: エコーキャンセラ 自動設定 recommended on
 * Ⅲ–Ⅶ; Ⅷ's figure is a 32 ms tail): an NLMS adaptive filter with a 64 ms tail and Geigel double-talk
 * detection, in ITU-T G.168's terms (R<sub>in</sub>, S<sub>in</sub>, S<sub>out</sub>).
 *
 * <p>May use: the JDK only. Used by the FXS line's audio path.
 */
package org.voipgw.media.echo;
