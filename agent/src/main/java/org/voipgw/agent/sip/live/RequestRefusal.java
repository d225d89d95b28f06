package org.voipgw.agent.sip.live;

import gov.nist.javax.sip.message.SIPRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.sip.header.AcceptHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.RequireHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * The checks a UAS makes on a request from the proxy before any method handling, and the status each
 * failure is answered with (issue 13 finding 7; RFC 3261 §8.2 gives the order: version, then the
 * Request-URI, then the message itself):
 * <ul>
 *   <li>a SIP-Version other than {@code SIP/2.0}: 505 (RFC 3261 §7.1, §21.5.6);</li>
 *   <li>a Request-URI whose scheme is not {@code sip}, {@code sips} or {@code tel}: 416 (RFC 3261 §8.2.2.1);</li>
 *   <li>two Content-Length headers (a single-valued header, RFC 3261 §7.3.1, §20.14): 400 (§21.4.1);</li>
 *   <li>a Require naming an extension we do not support: 420 with those tags in Unsupported (§8.2.2.3);</li>
 *   <li>an INVITE whose body is not SDP: 415 with {@code Accept: application/sdp} (§8.2.3; RFC 4475 §3.3.6);</li>
 *   <li>an INVITE whose Accept does not take SDP, when every answer to it carries SDP (RFC 3264 §6): 406
 *       (§21.4.7; RFC 4475 §3.3.15);</li>
 *   <li>BYE, CANCEL or an in-dialog INVITE (To tag) that no dialog or transaction here knows: 481
 *       (RFC 3261 §15.1.2, §9.2, §12.2.2) — only for the port without calls; JainSipCalls answers these itself.</li>
 * </ul>
 * jain-sip hides the first and the last (it reads any version as SIP/2.0 and keeps the last Content-Length),
 * so {@link GuardedParserFactory} finds them on the bytes ({@link RawSipText}) and leaves the refusal on the
 * parsed message as its application data. An ACK is never answered (RFC 3261 §17.2.3: ACK has no response), so its checks return nothing.
 */
record RequestRefusal(int status, String reason, List<String> unsupported, boolean listAccept) {
    /** URI schemes this UA handles; tel: as carriers send it (RFC 3966). */
    private static final Set<String> SCHEMES = Set.of("sip", "sips", "tel");
    /** Option tags we do: session timers (RFC 4028), as JainSipCalls' Supported header says. */
    private static final Set<String> SUPPORTED = Set.of("timer");
    /** The one body type this UA reads and writes: SDP (RFC 4566 §5, its media type application/sdp). */
    static final String SDP_TYPE = "application";
    static final String SDP_SUBTYPE = "sdp";

    RequestRefusal {
        unsupported = List.copyOf(unsupported);
    }

    RequestRefusal(int status, String reason) {
        this(status, reason, List.of(), false);
    }

    /** What must refuse {@code req} before any method handling, if anything. */
    static Optional<RequestRefusal> of(SIPRequest req) {
        // 505 first, whatever else is wrong (RFC 3261 §8.2: the version decides how the rest is read)
        if (Request.ACK.equals(req.getMethod())) {
            return Optional.empty();
        }
        if (req.getApplicationData() instanceof RequestRefusal r && r.status() == Response.VERSION_NOT_SUPPORTED) {
            return Optional.of(r);
        }
        String scheme = req.getRequestURI() == null ? "" : req.getRequestURI().getScheme();
        if (scheme == null || !SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
            return Optional.of(new RequestRefusal(Response.UNSUPPORTED_URI_SCHEME, "Request-URI scheme " + scheme));
        }
        if (req.getApplicationData() instanceof RequestRefusal r) {
            return Optional.of(r);
        }
        return unsupportedRequire(req).or(() -> unsupportedBody(req)).or(() -> unacceptable(req));
    }

    /**
     * RFC 3261 §8.2.3: an INVITE body this UA does not understand gets 415, whose Accept lists what it does
     * (§21.4.13). Only SDP is understood here (RFC 3264 offer/answer); the other methods carry no body we read.
     */
    private static Optional<RequestRefusal> unsupportedBody(SIPRequest req) {
        if (!Request.INVITE.equals(req.getMethod()) || req.getContentLength() == null
                || req.getContentLength().getContentLength() == 0) {
            return Optional.empty();
        }
        ContentTypeHeader type = req.getContentTypeHeader();
        boolean sdp = type != null && SDP_TYPE.equalsIgnoreCase(type.getContentType())
                && SDP_SUBTYPE.equalsIgnoreCase(type.getContentSubType());
        return sdp ? Optional.empty() : Optional.of(new RequestRefusal(Response.UNSUPPORTED_MEDIA_TYPE,
                "INVITE body " + (type == null ? "without Content-Type" : type.getContentType() + "/" + type.getContentSubType()),
                List.of(), true));
    }

    /**
     * An INVITE is answered with SDP (RFC 3264 §6), so an Accept that admits no SDP cannot be met: 406
     * (RFC 3261 §21.4.7; RFC 4475 §3.3.15). Without Accept, SDP is assumed (RFC 3261 §20.1).
     */
    private static Optional<RequestRefusal> unacceptable(SIPRequest req) {
        if (!Request.INVITE.equals(req.getMethod())) {
            return Optional.empty();
        }
        ListIterator<?> it = req.getHeaders(AcceptHeader.NAME);
        if (it == null || !it.hasNext()) {
            return Optional.empty();
        }
        List<String> offered = new ArrayList<>();
        while (it.hasNext()) {
            AcceptHeader a = (AcceptHeader) it.next();
            String type = a.getContentType() == null ? "" : a.getContentType().trim();
            String sub = a.getContentSubType() == null ? "" : a.getContentSubType().trim();
            if ((type.equals("*") || type.equalsIgnoreCase(SDP_TYPE)) && (sub.equals("*") || sub.equalsIgnoreCase(SDP_SUBTYPE))) {
                return Optional.empty();
            }
            offered.add(type + "/" + sub);
        }
        return Optional.of(new RequestRefusal(Response.NOT_ACCEPTABLE, "Accept " + offered + " admits no SDP answer"));
    }

    /** RFC 3261 §8.2.2.3: a Require we do not support gets 420 naming the tags in Unsupported; never for CANCEL. */
    private static Optional<RequestRefusal> unsupportedRequire(SIPRequest req) {
        if (Request.CANCEL.equals(req.getMethod())) {
            return Optional.empty();
        }
        List<String> unknown = new ArrayList<>();
        ListIterator<?> it = req.getHeaders(RequireHeader.NAME);
        while (it != null && it.hasNext()) {
            String tag = ((RequireHeader) it.next()).getOptionTag();
            if (tag != null && !SUPPORTED.contains(tag.trim().toLowerCase(Locale.ROOT))) {
                unknown.add(tag.trim());
            }
        }
        return unknown.isEmpty() ? Optional.empty()
                : Optional.of(new RequestRefusal(Response.BAD_EXTENSION, "Require " + unknown, unknown, false));
    }

    /** For the port without calls: a dialog request that cannot be ours (RFC 3261 §15.1.2, §9.2, §12.2.2). */
    static Optional<RequestRefusal> outsideAnyDialog(SIPRequest req) {
        boolean inDialog = req.getToTag() != null;
        return switch (req.getMethod()) {
            case Request.BYE, Request.CANCEL -> Optional.of(new RequestRefusal(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST,
                    req.getMethod() + " for no dialog here"));
            case Request.INVITE -> inDialog ? Optional.of(new RequestRefusal(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST,
                    "re-INVITE for no dialog here")) : Optional.empty();
            default -> Optional.empty();
        };
    }
}
