package org.voipgw.agent.scenario;

/**
 * How one expectation ended: passed or not, at which virtual time it was decided, and for a
 * failure what was seen instead and since when (when that subject last changed).
 */
public record Outcome(String file, Expectation expectation, boolean passed, long decidedAtMillis,
                      String actual, String detail) {
}
