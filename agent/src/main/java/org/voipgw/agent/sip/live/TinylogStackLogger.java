package org.voipgw.agent.sip.live;

import gov.nist.core.StackLogger;
import java.util.Properties;
import org.tinylog.Logger;

/**
 * jain-sip-ri's logging, forwarded to tinylog (PITFALLS.md: without this, jain-sip wants log4j). Named in
 * the stack property {@code gov.nist.javax.sip.STACK_LOGGER}; jain-sip creates it with the no-arg
 * constructor. Its chatter is debug/trace here: our own classes log what matters for the field.
 */
public final class TinylogStackLogger implements StackLogger {
    private volatile boolean enabled = true;

    public TinylogStackLogger() {
        // jain-sip instantiates it by class name
    }

    @Override
    public void logStackTrace() {
        // jain-sip calls this for diagnostics only; a stack trace of this thread tells nothing useful
    }

    @Override
    public void logStackTrace(int traceLevel) {
        // as above
    }

    @Override
    public int getLineCount() {
        return 0;
    }

    @Override
    public void logException(Throwable ex) {
        Logger.debug(ex, "jain-sip");
    }

    @Override
    public void logDebug(String message) {
        trace(message, null);
    }

    @Override
    public void logDebug(String message, Exception ex) {
        trace(message, ex);
    }

    @Override
    public void logTrace(String message) {
        trace(message, null);
    }

    @Override
    public void logFatalError(String message) {
        Logger.error("jain-sip: {}", message);
    }

    @Override
    public void logError(String message) {
        logError(message, null);
    }

    @Override
    public void logError(String message, Exception ex) {
        Logger.warn(ex, "jain-sip: {}", message);
    }

    private static void trace(String message, Throwable ex) {
        Logger.trace(ex, "jain-sip: {}", message);
    }

    @Override
    public boolean isLoggingEnabled() {
        return enabled;
    }

    @Override
    public boolean isLoggingEnabled(int logLevel) {
        // Levels above INFO (16) build large strings (message dumps) on every packet: only when tracing.
        if (!enabled) {
            return false;
        }
        return logLevel <= TRACE_WARN || (logLevel <= TRACE_INFO ? Logger.isDebugEnabled() : Logger.isTraceEnabled());
    }

    @Override
    public void logWarning(String message) {
        // its warnings are start-up chatter (TLS defaults unused here); real trouble comes as errors
        Logger.debug("jain-sip: {}", message);
    }

    @Override
    public void logInfo(String message) {
        Logger.debug("jain-sip: {}", message);
    }

    @Override
    public void disableLogging() {
        enabled = false;
    }

    @Override
    public void enableLogging() {
        enabled = true;
    }

    @Override
    public void setBuildTimeStamp(String buildTimeStamp) {
        // not needed
    }

    @Override
    public void setStackProperties(Properties stackProperties) {
        // configuration comes from tinylog.properties
    }

    @Override
    public String getLoggerName() {
        return "tinylog";
    }
}
