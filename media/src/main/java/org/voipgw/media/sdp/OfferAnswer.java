package org.voipgw.media.sdp;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.voipgw.media.g711.G711;

/**
 * RFC 3264 offer/answer for a G.711 call.
 *
 * <p><b>Our offer</b>: one audio stream, {@code RTP/AVP 0 8 101} — PCMU first (the law of the
 * Japanese network), PCMA, and telephone-event 101 for DTMF relay (RFC 4733 §7.1.1, events 0–15),
 * a=ptime:20 (the issue; 160 samples per packet), sendrecv.
 *
 * <p><b>Our answer</b> to an offer: the first audio stream with a G.711 codec is accepted with the
 * first G.711 codec in the offerer's order (RFC 3264 §6.1 lets the answerer pick; keeping the
 * offerer's preference is the courteous choice) plus telephone-event at the offerer's payload
 * type when offered; its direction answers the offered one (§6.1: sendonly → recvonly, inactive →
 * inactive, i.e. hold); every other stream, and a stream offered with port 0, is answered with
 * port 0 (rejected, §6). An offer without any G.711 stream is "488 Not Acceptable Here" (RFC 3261
 * §21.4.26), a value, not an exception.
 */
public final class OfferAnswer {
    /** The dynamic payload type we offer for telephone-event (RFC 4733; 101 is customary). */
    public static final int TELEPHONE_EVENT = 101;
    /** RFC 4733 §3.2: the DTMF events 0–15. */
    public static final String DTMF_EVENTS = "0-15";
    /** The issue: ptime 20 ms. */
    public static final int PTIME = 20;
    static final String USERNAME = "voipgw";
    static final String SESSION_NAME = "voipgw";

    private OfferAnswer() {
    }

    /** The outcome of answering an offer. */
    public sealed interface Answer {
        record Accepted(SessionDescription answer, NegotiatedMedia media) implements Answer {
        }

        /** RFC 3261 §21.4.26 / RFC 3264 §6: no stream we can take. */
        record NotAcceptable(int status, String reason) implements Answer {
        }
    }

    /** The outcome of reading the answer to our offer. */
    public sealed interface AnswerReading {
        record Agreed(NegotiatedMedia media) implements AnswerReading {
        }

        record Failed(String reason) implements AnswerReading {
        }
    }

    public static SessionDescription offer(LocalMedia local) {
        List<Attribute> attributes = List.of(
                new Attribute("rtpmap", "0 PCMU/8000"),
                new Attribute("rtpmap", "8 PCMA/8000"),
                new Attribute("rtpmap", TELEPHONE_EVENT + " telephone-event/8000"),
                new Attribute("fmtp", TELEPHONE_EVENT + " " + DTMF_EVENTS),
                new Attribute("ptime", String.valueOf(PTIME)),
                Attribute.flag(Direction.SENDRECV.attribute()));
        MediaDescription audio = new MediaDescription("audio", local.rtpPort(), 1, "RTP/AVP",
                List.of("0", "8", String.valueOf(TELEPHONE_EVENT)), null, attributes);
        return session(local, List.of(audio));
    }

    /** A re-offer putting the call on hold (RFC 3264 §8.4: sendonly) or back (sendrecv). */
    public static SessionDescription reoffer(LocalMedia local, NegotiatedMedia current, Direction direction) {
        List<Attribute> attributes = new ArrayList<>();
        List<String> formats = new ArrayList<>();
        formats.add(String.valueOf(current.codecPayloadType()));
        attributes.add(new Attribute("rtpmap", current.codecPayloadType() + " " + current.codec().encodingName() + "/8000"));
        if (current.telephoneEventType() >= 0) {
            formats.add(String.valueOf(current.telephoneEventType()));
            attributes.add(new Attribute("rtpmap", current.telephoneEventType() + " telephone-event/8000"));
            attributes.add(new Attribute("fmtp", current.telephoneEventType() + " " + DTMF_EVENTS));
        }
        attributes.add(new Attribute("ptime", String.valueOf(PTIME)));
        attributes.add(Attribute.flag(direction.attribute()));
        return session(local, List.of(new MediaDescription("audio", local.rtpPort(), 1, "RTP/AVP", formats, null,
                attributes)));
    }

    private static SessionDescription session(LocalMedia local, List<MediaDescription> media) {
        Connection c = Connection.of(local.address());
        return new SessionDescription(new SessionDescription.Origin(USERNAME, Long.toString(local.sessionId()),
                Long.toString(local.sessionVersion()), c.addressType(), local.address().getHostAddress()),
                SESSION_NAME, c, List.of("0 0"), List.of(), media);
    }

    /** Answers a peer's offer (RFC 3264 §6). */
    public static Answer answer(SessionDescription offer, LocalMedia local) {
        List<MediaDescription> answered = new ArrayList<>();
        NegotiatedMedia chosen = null;
        for (MediaDescription m : offer.media()) {
            Choice choice = chosen == null && m.port() != 0 && m.media().equals("audio") && m.isRtp()
                    ? choose(m) : null;
            if (choice == null) {
                answered.add(rejected(m));
                continue;
            }
            Direction ours = offer.directionOf(m).answer();
            InetSocketAddress remote = new InetSocketAddress(offer.connectionOf(m).address(), m.port());
            chosen = new NegotiatedMedia(choice.codec, choice.codecType, choice.eventType, remote, ours,
                    m.ptime().orElse(PTIME));
            List<String> formats = new ArrayList<>();
            List<Attribute> attributes = new ArrayList<>();
            formats.add(String.valueOf(choice.codecType));
            attributes.add(new Attribute("rtpmap", choice.codecType + " " + choice.codec.encodingName() + "/8000"));
            if (choice.eventType >= 0) {
                formats.add(String.valueOf(choice.eventType));
                attributes.add(new Attribute("rtpmap", choice.eventType + " telephone-event/8000"));
                attributes.add(new Attribute("fmtp", choice.eventType + " " + DTMF_EVENTS));
            }
            attributes.add(new Attribute("ptime", String.valueOf(PTIME)));
            attributes.add(Attribute.flag(ours.attribute()));
            answered.add(new MediaDescription("audio", local.rtpPort(), 1, m.protocol(), formats, null, attributes));
        }
        if (chosen == null) {
            return new Answer.NotAcceptable(488, "no audio stream offers PCMU or PCMA (G.711 only)");
        }
        return new Answer.Accepted(session(local, answered), chosen);
    }

    /** Reads the peer's answer to our offer (RFC 3264 §6, §7). */
    public static AnswerReading read(SessionDescription ourOffer, SessionDescription answer) {
        if (answer.media().size() != ourOffer.media().size()) {
            return new AnswerReading.Failed("the answer has " + answer.media().size() + " m= lines, the offer "
                    + ourOffer.media().size() + " (RFC 3264 §6: one per offered stream)");
        }
        for (MediaDescription m : answer.media()) {
            if (m.port() == 0 || !m.media().equals("audio") || !m.isRtp()) {
                continue;
            }
            Choice choice = choose(m);
            if (choice == null) {
                continue;
            }
            Direction ours = switch (answer.directionOf(m)) { // their direction seen from our side
                case SENDONLY -> Direction.RECVONLY;
                case RECVONLY -> Direction.SENDONLY;
                case INACTIVE -> Direction.INACTIVE;
                case SENDRECV -> Direction.SENDRECV;
            };
            return new AnswerReading.Agreed(new NegotiatedMedia(choice.codec, choice.codecType, choice.eventType,
                    new InetSocketAddress(answer.connectionOf(m).address(), m.port()), ours, m.ptime().orElse(PTIME)));
        }
        return new AnswerReading.Failed("the answer accepts no audio stream with PCMU or PCMA");
    }

    private record Choice(G711 codec, int codecType, int eventType) {
    }

    /** The first G.711 format in the stream's order, and telephone-event if listed; null if no G.711. */
    private static Choice choose(MediaDescription m) {
        G711 codec = null;
        int codecType = -1;
        int eventType = -1;
        for (String f : m.formats()) {
            int pt = Integer.parseInt(f); // the parser checked RTP formats are 0-127
            RtpMap map = m.rtpMap(pt);
            if (map == null) {
                G711 law = G711.forPayloadType(pt); // RFC 3551 static types need no rtpmap
                if (codec == null && law != null) {
                    codec = law;
                    codecType = pt;
                }
                continue;
            }
            if (map.clockRate() != G711.SAMPLE_RATE || map.channels() != 1) {
                continue;
            }
            G711 law = G711.forEncodingName(map.encodingName());
            if (codec == null && law != null) {
                codec = law;
                codecType = pt;
            } else if (eventType < 0 && map.encodingName().equalsIgnoreCase("telephone-event")) {
                eventType = pt;
            }
        }
        return codec == null ? null : new Choice(codec, codecType, eventType);
    }

    private static MediaDescription rejected(MediaDescription m) {
        return new MediaDescription(m.media(), 0, 1, m.protocol(), m.formats(), null, List.of());
    }
}
