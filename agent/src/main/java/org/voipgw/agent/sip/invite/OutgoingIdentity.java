package org.voipgw.agent.sip.invite;

import java.util.Optional;
import java.util.Set;
import org.voipgw.agent.call.CallingParty;

/**
 * The identity headers of an INVITE from the PBX. The choice, documented here and in the README:
 * <ul>
 * <li>{@code P-Preferred-Identity} (RFC 3325 §9.2) names the number the carrier should assert: the PBX's
 *     calling number when it is one of the box's own numbers (the registered {@code sip.number} or a
 *     ダイヤルイン number the carrier delivers over the same registration), else the registered number — a
 *     box may only claim numbers its contract holds, and the carrier's proxy checks exactly that.
 * <li>{@code From} carries the same identity when it may be shown. When the PBX restricted presentation
 *     (Q.931 §4.5.10 presentation indicator, e.g. a 184 prefix), From is the anonymous URI of RFC 3323
 *     §4.1.1.3 ({@code "Anonymous" <sip:anonymous@anonymous.invalid>}) and {@code Privacy: id} (RFC 3325
 *     §9.3) asks the carrier to withhold the asserted identity from the called party.
 * <li>Presentation allowed: {@code Privacy: none} (RFC 3323 §4.2), which also overrides a line's default
 *     withholding, as 186 does on a Japanese line. Number unavailable: no Privacy header; the network's
 *     default for the line applies.
 * </ul>
 *
 * @param fromDisplay the From display name (empty for none)
 * @param fromUri     the From URI
 * @param preferred   the P-Preferred-Identity URI
 * @param privacy     the Privacy header value, when one is sent
 */
public record OutgoingIdentity(String fromDisplay, String fromUri, String preferred, Optional<String> privacy) {
    /** RFC 3323 §4.1.1.3: the URI a UA uses to hide who it is. */
    public static final String ANONYMOUS_URI = "sip:anonymous@anonymous.invalid";

    /**
     * @param registeredNumber the account's number ({@code sip.number}, else its user)
     * @param ownNumbers       every number the box may claim (registered and dial-in numbers)
     * @param domain           the account's SIP domain
     * @param caller           the calling party the PBX gave
     */
    public static OutgoingIdentity of(String registeredNumber, Set<String> ownNumbers, String domain,
                                      CallingParty caller) {
        String number = ownNumbers.contains(caller.number()) ? caller.number() : registeredNumber;
        String uri = "sip:" + number + "@" + domain;
        return switch (caller.presentation()) {
            case ALLOWED -> new OutgoingIdentity("", uri, uri, Optional.of("none"));
            case RESTRICTED -> new OutgoingIdentity("Anonymous", ANONYMOUS_URI, uri, Optional.of("id"));
            case UNAVAILABLE -> new OutgoingIdentity("", uri, uri, Optional.empty());
        };
    }
}
