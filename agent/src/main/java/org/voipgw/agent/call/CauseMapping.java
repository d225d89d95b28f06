package org.voipgw.agent.call;

import java.util.Map;
import java.util.Optional;

/**
 * RFC 3398's two tables between ISDN/ISUP causes (ITU-T Q.850) and SIP final responses.
 *
 * <ul>
 * <li>§7.2.4.1 "ISDN Cause Code to SIP Status Code Mapping": the PBX (or the box) clears an
 *     incoming SIP call before answer with a cause, and the INVITE gets the status below.
 * <li>§8.2.6.1 "SIP Status Code to ISDN Cause Code Mapping": the carrier rejects our INVITE with a
 *     final response, and the PBX gets the cause below in DISCONNECT.
 * </ul>
 *
 * <p>Q.931 on the PBX side uses the same Q.850 cause values as ISUP, so the tables apply unchanged.
 * Each row below cites its table; the tests check them row by row.
 */
public final class CauseMapping {

    /**
     * RFC 3398 §7.2.4.1, the whole table. Cause 16 (normal call clearing) is listed there with no
     * status ("(*) will usually result in a BYE or CANCEL"); see {@link #sipStatusFor(int,
     * CauseLocation)} for what an unanswered INVITE then gets. Cause 22 maps to 410 without a
     * diagnostic; we never carry the new number, so 301 (with diagnostic) does not arise.
     */
    static final Map<Integer, Integer> CAUSE_TO_STATUS = Map.ofEntries(
            // normal event
            Map.entry(1, 404),   // unallocated number → 404 Not Found
            Map.entry(2, 404),   // no route to network → 404 Not Found
            Map.entry(3, 404),   // no route to destination → 404 Not Found
            Map.entry(17, 486),  // user busy → 486 Busy Here
            Map.entry(18, 408),  // no user responding → 408 Request Timeout
            Map.entry(19, 480),  // no answer from the user → 480 Temporarily Unavailable
            Map.entry(20, 480),  // subscriber absent → 480 Temporarily Unavailable
            Map.entry(21, 403),  // call rejected → 403 Forbidden (+: 603 when the location is the user)
            Map.entry(22, 410),  // number changed (without diagnostic) → 410 Gone
            Map.entry(23, 410),  // redirection to new destination → 410 Gone
            Map.entry(26, 404),  // non-selected user clearing → 404 Not Found (=)
            Map.entry(27, 502),  // destination out of order → 502 Bad Gateway
            Map.entry(28, 484),  // address incomplete → 484 Address Incomplete
            Map.entry(29, 501),  // facility rejected → 501 Not Implemented
            Map.entry(31, 480),  // normal, unspecified → 480 Temporarily Unavailable
            // resource unavailable
            Map.entry(34, 503),  // no circuit available → 503 Service Unavailable
            Map.entry(38, 503),  // network out of order → 503
            Map.entry(41, 503),  // temporary failure → 503
            Map.entry(42, 503),  // switching equipment congestion → 503
            Map.entry(47, 503),  // resource unavailable → 503
            // service or option not available
            Map.entry(55, 403),  // incoming calls barred within CUG → 403 Forbidden
            Map.entry(57, 403),  // bearer capability not authorized → 403 Forbidden
            Map.entry(58, 503),  // bearer capability not presently available → 503
            // service or option not implemented
            Map.entry(65, 488),  // bearer capability not implemented → 488 Not Acceptable Here
            Map.entry(70, 488),  // only restricted digital information available → 488
            Map.entry(79, 501),  // service or option not implemented → 501 Not Implemented
            // invalid message
            Map.entry(87, 403),  // user not member of CUG → 403 Forbidden
            Map.entry(88, 503),  // incompatible destination → 503
            // protocol error
            Map.entry(102, 504), // recovery on timer expiry → 504 Server Time-out
            Map.entry(111, 500), // protocol error → 500 Server Internal Error
            // interworking
            Map.entry(127, 500)  // interworking unspecified → 500 Server Internal Error
    );

    /**
     * What an unanswered INVITE gets for a cause §7.2.4.1 does not list. RFC 3398's table ends
     * with "interworking unspecified → 500"; we give every unlisted cause that same 500 (our
     * reading: an unknown cause is an interworking failure).
     */
    static final int DEFAULT_STATUS = 500;

    /**
     * Cause 16 before answer: §7.2.4.1 expects a BYE/CANCEL, but a PBX may also refuse an offered
     * call with RELEASE COMPLETE cause 16, and the INVITE still needs a final response. We answer
     * 480, the status the table gives 31 (normal, unspecified), the other "normal event" without a
     * more specific meaning. Our choice.
     */
    static final int NORMAL_CLEARING_STATUS = 480;

    /**
     * RFC 3398 §8.2.6.1, the whole table. 487 Request Terminated is listed with no mapping (it
     * answers our own CANCEL, so the PBX already cleared); 488 and 606 are "by Warning header",
     * which we do not interpret, so they take the section's default, 31.
     */
    static final Map<Integer, Integer> STATUS_TO_CAUSE = Map.ofEntries(
            Map.entry(400, 41),  // Bad Request → 41 temporary failure
            Map.entry(401, 21),  // Unauthorized → 21 call rejected (*)
            Map.entry(402, 21),  // Payment Required → 21 call rejected
            Map.entry(403, 21),  // Forbidden → 21 call rejected
            Map.entry(404, 1),   // Not Found → 1 unallocated number
            Map.entry(405, 63),  // Method Not Allowed → 63 service or option unavailable
            Map.entry(406, 79),  // Not Acceptable → 79 service/option not implemented (+)
            Map.entry(407, 21),  // Proxy Authentication Required → 21 call rejected (*)
            Map.entry(408, 102), // Request Timeout → 102 recovery on timer expiry
            Map.entry(410, 22),  // Gone → 22 number changed (without diagnostic)
            Map.entry(413, 127), // Request Entity Too Long → 127 interworking (+)
            Map.entry(414, 127), // Request-URI Too Long → 127 interworking (+)
            Map.entry(415, 79),  // Unsupported Media Type → 79 (+)
            Map.entry(416, 127), // Unsupported URI Scheme → 127 (+)
            Map.entry(420, 127), // Bad Extension → 127 (+)
            Map.entry(421, 127), // Extension Required → 127 (+)
            Map.entry(423, 127), // Interval Too Brief → 127 (+)
            Map.entry(480, 18),  // Temporarily Unavailable → 18 no user responding
            Map.entry(481, 41),  // Call/Transaction Does Not Exist → 41 temporary failure
            Map.entry(482, 25),  // Loop Detected → 25 exchange routing error
            Map.entry(483, 25),  // Too Many Hops → 25 exchange routing error
            Map.entry(484, 28),  // Address Incomplete → 28 invalid number format (+)
            Map.entry(485, 1),   // Ambiguous → 1 unallocated number
            Map.entry(486, 17),  // Busy Here → 17 user busy
            Map.entry(500, 41),  // Server Internal Error → 41 temporary failure
            Map.entry(501, 79),  // Not Implemented → 79 not implemented, unspecified
            Map.entry(502, 38),  // Bad Gateway → 38 network out of order
            Map.entry(503, 41),  // Service Unavailable → 41 temporary failure
            Map.entry(504, 102), // Server Time-out → 102 recovery on timer expiry
            Map.entry(505, 127), // Version Not Supported → 127 interworking (+)
            Map.entry(513, 127), // Message Too Large → 127 interworking (+)
            Map.entry(600, 17),  // Busy Everywhere → 17 user busy
            Map.entry(603, 21),  // Decline → 21 call rejected
            Map.entry(604, 1)    // Does Not Exist Anywhere → 1 unallocated number
    );

    /** §8.2.6.1: "Any SIP status codes not listed below … should be mapped to cause code 31". */
    static final int DEFAULT_CAUSE = 31;

    /** §8.2.6.1: 487 Request Terminated has no cause: the gateway cancelled, the PBX side is gone. */
    static final int REQUEST_TERMINATED = 487;

    private CauseMapping() {
    }

    /** The SIP final status for a cause from a network location (RFC 3398 §7.2.4.1). */
    public static int sipStatusFor(int cause) {
        return sipStatusFor(cause, CauseLocation.NETWORK);
    }

    /**
     * The SIP final status for a Q.850 cause (RFC 3398 §7.2.4.1). Note (+) of that table: cause 21
     * from the user is 603 Decline rather than 403 Forbidden.
     *
     * @throws IllegalArgumentException when the cause is not a Q.850 value (0–127)
     */
    public static int sipStatusFor(int cause, CauseLocation location) {
        if (cause < 0 || cause > 127) {
            throw new IllegalArgumentException("a Q.850 cause value is 0-127, not " + cause);
        }
        if (cause == 21 && location == CauseLocation.USER) {
            return 603;
        }
        if (cause == 16) {
            return NORMAL_CLEARING_STATUS;
        }
        return CAUSE_TO_STATUS.getOrDefault(cause, DEFAULT_STATUS);
    }

    /**
     * The cause for the PBX when the carrier answers our INVITE with this final status
     * (RFC 3398 §8.2.6.1), or empty for 487 (our own CANCEL: nothing to tell the PBX). Its location
     * follows the section's default: 6xx from the user, 4xx and 5xx from the network.
     *
     * @throws IllegalArgumentException when the status is not a final failure (400–699)
     */
    public static Optional<ReleaseCause> releaseCauseFor(int sipStatus) {
        if (sipStatus < 400 || sipStatus > 699) {
            throw new IllegalArgumentException(
                    "only a final failure response (400-699) maps to a release cause, not " + sipStatus);
        }
        if (sipStatus == REQUEST_TERMINATED) {
            return Optional.empty();
        }
        CauseLocation location = sipStatus >= 600 ? CauseLocation.USER : CauseLocation.NETWORK;
        return Optional.of(new ReleaseCause(STATUS_TO_CAUSE.getOrDefault(sipStatus, DEFAULT_CAUSE), location));
    }
}
