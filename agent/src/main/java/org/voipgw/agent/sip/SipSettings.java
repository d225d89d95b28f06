package org.voipgw.agent.sip;

import java.util.ArrayList;
import java.util.List;
import org.voipgw.agent.settings.SettingKey;
import org.voipgw.agent.settings.Settings;
import org.voipgw.agent.settings.Validators;
import java.util.Locale;

/**
 * The SIP account settings (issue 5; the cloud-PBX guide's ユーザID / パスワード / SIPサーバ fields) and
 * how they become a {@link SipAccount} and a {@link SipEndpoint}.
 */
public final class SipSettings {
    public static final String REGISTRAR = "sip.registrar";
    public static final String PROXY = "sip.proxy";
    public static final String USER = "sip.user";
    public static final String PASSWORD = "sip.password";
    public static final String DOMAIN = "sip.domain";
    public static final String NUMBER = "sip.number";
    public static final String TRANSPORT = "sip.transport";
    public static final String EXPIRES = "sip.expires";
    public static final String LOCAL = "sip.local";
    public static final String ACCEPT_FROM_PROXY_ONLY = "sip.accept-from-proxy-only";
    /** Which PPPoE session carries SIP (e.g. OCN, guide 4777 "OCN利用時にはPPPランプが緑点灯"), or none. */
    public static final String PPPOE_SESSION = "sip.pppoe-session";

    /** Characters of a SIP user part we accept: RFC 3261 §25.1 unreserved plus the usual user-unreserved marks. */
    private static final String USER_CHARS = "A-Za-z0-9._~!$&'*+=-";
    /** Printable ASCII without space, quote and backslash, which would need escaping in a digest header. */
    private static final String PASSWORD_CHARS = "\\x21\\x23-\\x5B\\x5D-\\x7E";

    private SipSettings() {
    }

    public static List<SettingKey> keys() {
        List<SettingKey> k = new ArrayList<>();
        k.add(new SettingKey(REGISTRAR, "HOST[:PORT] of the carrier's registrar (SIPサーバ); empty: no SIP account",
                "", false, Validators.hostPort(false, true)));
        k.add(new SettingKey(PROXY, "HOST[:PORT] of the outbound proxy; empty: send to the registrar", "", false,
                Validators.hostPort(false, true)));
        k.add(new SettingKey(USER, "SIP user (the carrier's SIP-ID / ユーザID), up to 64 of A-Z a-z 0-9 ._~!$&'*+=-",
                "", false, Validators.text(64, USER_CHARS, "A-Z a-z 0-9 ._~!$&'*+=-", true)));
        k.add(new SettingKey(PASSWORD, "SIP password (パスワード), up to 64 printable ASCII characters without space, \" or \\",
                "", true, Validators.text(64, PASSWORD_CHARS, "printable ASCII except space, \" and \\", true)));
        k.add(new SettingKey(DOMAIN, "SIP domain of the account; empty: the registrar's host", "", false,
                Validators.text(253, "A-Za-z0-9.-", "a host name (A-Z a-z 0-9 . -)", true)));
        k.add(new SettingKey(NUMBER, "the registered telephone number, up to 32 digits", "", false,
                Validators.text(32, "0-9", "digits 0-9", true)));
        k.add(new SettingKey(TRANSPORT, "udp|tcp", "udp", false, Validators.oneOf(List.of("udp", "tcp"))));
        k.add(new SettingKey(EXPIRES, "requested registration lifetime in seconds, 10–86400", "3600", false,
                Validators.integer(10, 86400)));
        k.add(new SettingKey(LOCAL, "HOST:PORT where the gateway's SIP listens", "0.0.0.0:5060", false,
                Validators.hostPort(true, false)));
        k.add(new SettingKey(ACCEPT_FROM_PROXY_ONLY,
                "true|false: answer requests only from the registrar / outbound proxy (drop others silently)",
                "true", false, Validators.bool()));
        // On a closed carrier network SIP goes straight out of the WAN, and a PPPoE session the site
        // sets up is its own internet (Ⅷ: PPP off is normal when only VoIP is used, guide 4421); only
        // when the carrier is reached over PPPoE does registration wait for that session.
        k.add(new SettingKey(PPPOE_SESSION, "none|1|2|3|4|5: the PPPoE session SIP is carried over (none: the WAN directly)",
                "none", false, Validators.oneOf(List.of("none", "1", "2", "3", "4", "5"))));
        return List.copyOf(k);
    }

    public static SipAccount account(Settings s) {
        return new SipAccount(s.get(REGISTRAR), s.get(PROXY), s.get(USER), s.get(PASSWORD), s.get(DOMAIN),
                s.get(NUMBER), SipAccount.Transport.valueOf(s.get(TRANSPORT).toUpperCase(Locale.ROOT)),
                s.getInt(EXPIRES));
    }

    public static SipEndpoint endpoint(Settings s) {
        SipAccount a = account(s);
        List<HostPort> trusted = new ArrayList<>();
        if (!a.registrar().isEmpty()) {
            trusted.add(a.registrarAddress());
        }
        if (!a.proxy().isEmpty()) {
            trusted.add(a.nextHop());
        }
        return new SipEndpoint(HostPort.parse(s.get(LOCAL), 5060), a.transport(), trusted,
                s.getBool(ACCEPT_FROM_PROXY_ONLY));
    }
}
