package org.voipgw.agent.sip.live;

import gov.nist.core.ServerLogger;
import gov.nist.javax.sip.message.SIPMessage;
import java.util.Properties;
import javax.sip.SipStack;
import org.tinylog.Logger;

/**
 * jain-sip's message trace ({@code gov.nist.javax.sip.SERVER_LOGGER}) to tinylog at trace level; its
 * default writes XML to stdout. Called only when the stack logger enables level 16 (debug here).
 */
public final class TinylogServerLogger implements ServerLogger {
    public TinylogServerLogger() {
        // jain-sip instantiates it by class name
    }

    @Override
    public void closeLogFile() {
        // nothing open
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, boolean sender, long time) {
        trace(message, from, to, sender);
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, String status, boolean sender, long time) {
        trace(message, from, to, sender);
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, String status, boolean sender) {
        trace(message, from, to, sender);
    }

    private static void trace(SIPMessage message, String from, String to, boolean sender) {
        if (Logger.isTraceEnabled()) {
            Logger.trace("SIP {} {} -> {}:\n{}", sender ? "sent" : "received", from, to, message.encode());
        }
    }

    @Override
    public void logException(Exception ex) {
        Logger.debug(ex, "jain-sip");
    }

    @Override
    public void setStackProperties(Properties stackProperties) {
        // configured by tinylog.properties
    }

    @Override
    public void setSipStack(SipStack sipStack) {
        // not needed
    }
}
