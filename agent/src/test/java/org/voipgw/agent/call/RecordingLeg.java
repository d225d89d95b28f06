package org.voipgw.agent.call;

import java.util.ArrayList;
import java.util.List;

/** A leg that records what the core told it, and fails on what a real leg could never take. */
final class RecordingLeg implements CallLeg {
    final List<String> heard = new ArrayList<>();
    int releases;

    @Override
    public void otherProceeding() {
        note("proceeding");
    }

    @Override
    public void otherAlerting(boolean earlyMedia) {
        note(earlyMedia ? "early-media" : "alerting");
    }

    @Override
    public void otherAnswered() {
        note("answered");
    }

    @Override
    public void otherReleased(int cause) {
        note("released " + cause);
        releases++;
    }

    private void note(String what) {
        if (releases > 0) {
            throw new AssertionError("told '" + what + "' after it was released: " + heard);
        }
        heard.add(what);
    }
}
