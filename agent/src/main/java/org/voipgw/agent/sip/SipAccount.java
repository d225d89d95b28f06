package org.voipgw.agent.sip;

import java.util.Locale;

/**
 * The one SIP account of the box (guide: "Register 機能 1番号"; the cloud-PBX guide's ユーザID /
 * パスワード / SIPサーバ fields): where it registers and as whom.
 *
 * @param registrar {@code HOST[:PORT]} of the registrar; empty when no account is configured
 * @param proxy     {@code HOST[:PORT]} of the outbound proxy, or empty (then requests go to the registrar)
 * @param domain    the SIP domain of the address of record; empty means the registrar's host
 */
public record SipAccount(String registrar, String proxy, String user, String password, String domain,
                         String number, Transport transport, int expires) {

    public enum Transport {
        UDP, TCP;

        public String token() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A configured account has a registrar and a user; without one nothing registers (a bench set-up). */
    public boolean configured() {
        return !registrar.isEmpty() && !user.isEmpty();
    }

    public HostPort registrarAddress() {
        return HostPort.parse(registrar, 5060);
    }

    /** Where requests go first: the outbound proxy when set (RFC 3261 §8.1.2), else the registrar. */
    public HostPort nextHop() {
        return proxy.isEmpty() ? registrarAddress() : HostPort.parse(proxy, 5060);
    }

    public String effectiveDomain() {
        return domain.isEmpty() ? registrarAddress().host() : domain;
    }

    /**
     * The REGISTER Request-URI names the registrar (RFC 3261 §10.2: "the domain of the location service");
     * the setting {@code sip.registrar} is that name, with its port, so the request also routes there.
     */
    public String requestUri() {
        return "sip:" + registrar;
    }

    /** The address of record, To and From of a REGISTER (RFC 3261 §10.2). */
    public String addressOfRecord() {
        return "sip:" + user + "@" + effectiveDomain();
    }

    @Override
    public String toString() {
        // never log the password
        return "SipAccount[" + user + "@" + effectiveDomain() + " via " + registrar
                + (proxy.isEmpty() ? "" : " proxy " + proxy) + "/" + transport.token() + ", expires " + expires + "]";
    }
}
