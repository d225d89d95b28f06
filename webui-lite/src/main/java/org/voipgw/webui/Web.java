package org.voipgw.webui;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;

/** What every page handler shares: the device, the account, the sessions and the time source. */
record Web(GatewayView device, Account account, Sessions sessions, Clock clock, ObjectMapper json) {
}
