package org.voipgw.webui;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;

/**
 * What every page handler shares: the device, the account, the sessions, the login form's token, the
 * names this box answers to, the security log and the time source.
 */
record Web(GatewayView device, Account account, Sessions sessions, LoginToken loginToken, HostPolicy hosts,
           AuditTrail audit, Clock clock, ObjectMapper json) {
}
