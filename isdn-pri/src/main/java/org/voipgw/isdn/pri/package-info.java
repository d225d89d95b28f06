/**
 * The Ⅷ PRI span (INS-Net 1500, 23B+D): PriSpan, its layer-1 alarms and its NT/TE mode.
 *
 * <p>May use: call, dchan, lapd, q931, the isdn package, hal time.
 */
package org.voipgw.isdn.pri;
