package org.voipgw.agent.sip.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.text.ParseException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import javax.sip.InvalidArgumentException;
import javax.sip.SipException;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.tinylog.Logger;
import org.voipgw.agent.sip.live.JainSipStack;

/**
 * The demo carrier's far end (issue 11: {@code voipgw demo --model III} lets a user lift a handset, dial the
 * far end and hang up): every INVITE that reaches the embedded registrar is answered at once, 180 then 200
 * with an SDP answer of G.711 µ-law (RFC 3264; PCMU is the Japanese law, ITU-T G.711), its RTP going to a
 * socket that takes and discards it (a silent far end). Stateless, like the registrar: the demo runs on
 * 127.0.0.1, where nothing is lost.
 */
final class DemoFarEnd implements AutoCloseable {
    private final JainSipStack sip;
    private final DatagramSocket rtp;
    private final Thread sink;

    DemoFarEnd(JainSipStack sip, String host) {
        this.sip = sip;
        try {
            this.rtp = new DatagramSocket(0, InetAddress.getByName(host));
        } catch (IOException e) {
            throw new UncheckedIOException("demo far end: no RTP socket on " + host, e);
        }
        this.sink = Thread.ofPlatform().daemon().name("demo-far-end-rtp").start(this::discard);
    }

    private void discard() {
        DatagramPacket p = new DatagramPacket(new byte[2048], 2048);
        while (!rtp.isClosed()) {
            try {
                rtp.receive(p);
            } catch (SocketException e) {
                return; // closed
            } catch (IOException e) {
                Logger.debug("demo far end: RTP receive: {}", e.getMessage());
            }
        }
    }

    /** Rings, then answers. */
    void invite(Request req) throws ParseException, SipException, InvalidArgumentException {
        String tag = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        Response ringing = sip.messages().createResponse(Response.RINGING, req);
        ((ToHeader) ringing.getHeader(ToHeader.NAME)).setTag(tag);
        sip.provider().sendResponse(ringing);
        Response ok = sip.messages().createResponse(Response.OK, req);
        ((ToHeader) ok.getHeader(ToHeader.NAME)).setTag(tag);
        ok.addHeader(sip.headers().createHeader("Contact", "<sip:far@" + sip.host() + ":" + sip.port() + ">"));
        ContentTypeHeader sdp = sip.headers().createContentTypeHeader("application", "sdp");
        ok.setContent(answer(), sdp);
        sip.provider().sendResponse(ok);
        Logger.info("demo far end: answered {}", req.getRequestURI());
    }

    /** The SDP answer: PCMU only, 20 ms packets (RFC 3551 §4.5.14, ptime as the gateway offers). */
    private String answer() {
        String host = sip.host();
        return "v=0\r\no=far 1 1 IN IP4 " + host + "\r\ns=-\r\nc=IN IP4 " + host + "\r\nt=0 0\r\nm=audio "
                + rtp.getLocalPort() + " RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\na=ptime:20\r\n";
    }

    @Override
    public void close() {
        rtp.close();
        try {
            sink.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
