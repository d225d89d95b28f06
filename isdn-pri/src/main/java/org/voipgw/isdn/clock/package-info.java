/**
 * The box's communication clock (guide "clock synchronisation" 4866–4903, CLK lamp 4600–4640, 4800–4820):
 * {@link org.voipgw.isdn.clock.ClockSync} — which source it follows (PRI, BRI clock port, internal) and
 * whether it is locked — slaved to a {@link org.voipgw.isdn.clock.ClockReference} (the PRI span here, the
 * BRI clock port in fxs-bri). Next to the spans it follows.
 *
 * <p>May use: the isdn package (state cells). Not pri or fxs-bri: the references implement the interface.
 */
package org.voipgw.isdn.clock;
