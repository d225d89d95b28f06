package org.voipgw.webui;

/**
 * The SIP account (issue 5's {@code sip.*} settings) for display: the password appears only as
 * {@code passwordSet}, so the page can mask it without ever holding it. Strings are "" when unset.
 */
public record SipAccountView(String user, boolean passwordSet, String domain, String registrar, String proxy,
                             String number, String transport, int expires) {
}
