package org.voipgw.isdn.call;

import java.util.List;
import java.util.function.Consumer;
import org.tinylog.Logger;
import org.voipgw.hal.time.Scheduler;
import org.voipgw.isdn.TimerSlot;
import org.voipgw.isdn.q931.CallRef;
import org.voipgw.isdn.q931.Ie;
import org.voipgw.isdn.q931.Message;
import org.voipgw.isdn.q931.MessageType;

/**
 * The restart procedure on the global call reference (Q.931 §5.5): answering a RESTART from the
 * PBX with RESTART ACKNOWLEDGE after clearing the indicated channels, and sending our own RESTART
 * under T316 (sent at most twice).
 */
final class Restarts {
    private final Q931Timers timers;
    private final int callRefLength;
    private final Consumer<Message> send;
    private final TimerSlot t316;
    private int attempts;

    Restarts(Scheduler scheduler, Q931Timers timers, int callRefLength, Consumer<Message> send) {
        this.timers = timers;
        this.callRefLength = callRefLength;
        this.send = send;
        this.t316 = new TimerSlot(scheduler);
    }

    /** §5.5.2: clear what the restart indicator names, then acknowledge with the same elements. */
    void received(Message m, Consumer<List<Integer>> clearChannels, Consumer<Message> reply) {
        int cls = m.find(Ie.RestartIndicator.class).map(Ie.RestartIndicator::restartClass).orElse(-1);
        var channelId = m.find(Ie.ChannelId.class);
        if (cls == Ie.RestartIndicator.INDICATED_CHANNELS && channelId.isPresent()) {
            List<Integer> chs = channelId.get().pri() ? channelId.get().channels() : List.of(channelId.get().selection());
            clearChannels.accept(chs);
        } else {
            clearChannels.accept(List.of());
        }
        Message ack = new Message(m.callRef().reply(), MessageType.RESTART_ACKNOWLEDGE,
                m.ies().stream().filter(ie -> ie instanceof Ie.ChannelId || ie instanceof Ie.RestartIndicator).toList());
        reply.accept(ack);
    }

    void restartAll() {
        attempts = 0;
        sendRestart();
    }

    private void sendRestart() {
        attempts++;
        send.accept(Message.of(CallRef.global(callRefLength), MessageType.RESTART,
                new Ie.RestartIndicator(Ie.RestartIndicator.ALL_INTERFACES)));
        t316.start(timers.t316(), () -> {
            if (attempts < 2) {
                sendRestart();
            } else {
                Logger.warn("RESTART not acknowledged after {} attempts", attempts);
            }
        });
    }

    void acknowledged() {
        t316.stop();
    }
}
