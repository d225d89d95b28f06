/**
 * ISDN for the gateway's PBX side: LAPD/Q.921 and Q.931, three layers per protocol (DESIGN.md).
 *
 * <ul>
 *   <li>codecs: {@link org.voipgw.isdn.lapd.LapdCodec}, {@link org.voipgw.isdn.lapd.Hdlc},
 *       {@link org.voipgw.isdn.lapd.TeiMessage}, {@link org.voipgw.isdn.q931.Q931Codec} — bytes to
 *       records and back; bad input gives a {@link org.voipgw.isdn.Decoded.Failed}, never an exception;
 *   <li>state machines: {@link org.voipgw.isdn.lapd.DataLink} (Q.921 §5),
 *       {@link org.voipgw.isdn.lapd.TeiManager} (§5.3), {@link org.voipgw.isdn.call.CallControl} and
 *       {@link org.voipgw.isdn.call.IsdnCall} (Q.931 §5, network side) — timers on the injected
 *       {@link org.voipgw.hal.time.Scheduler};
 *   <li>I/O edge: the hal port {@link org.voipgw.hal.dchan.DChannel}, simulated by
 *       {@link org.voipgw.isdn.dchan.DChannelWire}; out of the process over UDP
 *       ({@link org.voipgw.isdn.dchan.UdpDChannel}, one LAPD frame per datagram) or a serial line in
 *       octet-stuffed async HDLC ({@link org.voipgw.isdn.dchan.SerialDChannel},
 *       {@link org.voipgw.isdn.lapd.AsyncHdlc}); a bit-synchronous HDLC line
 *       ({@link org.voipgw.isdn.dchan.HdlcDChannel}); captures via {@link org.voipgw.isdn.pcap.PcapWriter}.
 * </ul>
 *
 * <p>Putting a PRI span together (what the device runtime does):
 *
 * <pre>{@code
 * DChannelWire wire = new DChannelWire(scheduler);                 // the cable to the PBX
 * PriSpan span = new PriSpan(scheduler, wire.gatewayEnd(), PriSpan.Config.of(SpanMode.NT), farEnd);
 * span.onLineState(state -> ...);                                  // PRI lamp
 * span.addTap(new PcapWriter(out, scheduler.clock()));             // optional capture
 * span.start();
 * SimulatedPbx pbx = new SimulatedPbx(scheduler, wire, SimulatedPbx.Config.forPri());
 * pbx.start();
 * PbxCall c = pbx.call("0312345678");                              // SETUP from the PBX
 * span.setBlocked(true);                                           // REGISTER lost
 * pbx.cutCable();                                                  // layer 1 fault
 * }</pre>
 */
package org.voipgw.isdn;
